package dev.mltest.engine;

import static dev.mltest.engine.MlTestEvents.expectation;
import static dev.mltest.engine.MlTestEvents.suite;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.mltest.engine.suite.ExpectationErrorException;
import dev.mltest.engine.suite.SuiteDefinitionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * A suite over a CSV file with a yes/no column, which DuckDB's sniffer reads as BOOLEAN: text
 * checks judge the words in the file, {@code options: {types: ...}} forces a column's type, and bad
 * type names fail the suite with the file, line and the accepted types.
 */
class CsvTypesExecutionTest {
  private static final String CSV = "id,flag,amount\n1,yes,10\n2,no,n/a\n3,no,30\n";

  @TempDir Path dir;
  @TempDir Path out;

  private EngineExecutionResults run(String suite) throws IOException {
    Files.writeString(dir.resolve("flags.csv"), CSV);
    Path file = Files.writeString(dir.resolve("flags.mltest.yaml"), suite);
    return MlTestKit.engine(out).selectors(selectFile(file.toString())).execute();
  }

  private String location() {
    return dir.resolve("flags.mltest.yaml").toAbsolutePath().normalize().toString();
  }

  @Test
  void yesNoColumnMeetsInSetWithItsWordsAndMismatchesSayHowToOverride() throws IOException {
    EngineExecutionResults results =
        run(
            """
            dataset: flags.csv
            expectations:
              - expect: inSet
                column: flag
                values: [yes, no]
              - expect: matchesRegex
                column: flag
                regex: "^(yes|no)$"
              - expect: meanBetween
                column: amount
                min: 0
            """);

    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(expectation("inSet[flag]"), finishedSuccessfully()))
        .haveExactly(1, event(expectation("matchesRegex[flag]"), finishedSuccessfully()))
        .haveExactly(
            1,
            event(
                expectation("meanBetween[amount]"),
                finishedWithFailure(
                    instanceOf(ExpectationErrorException.class),
                    message(
                        location()
                            + ":9:5 meanBetween[amount]: 'meanBetween' needs a numeric or boolean column, but"
                            + " 'amount' is string (VARCHAR); DuckDB's CSV reader detected VARCHAR"
                            + " for 'amount'; to read it as another type, set it in the dataset's"
                            + " options, e.g. options: {types: {amount: DOUBLE}}"))));
  }

  @Test
  void typesForceTheTypeOfAColumn() throws IOException {
    EngineExecutionResults results =
        run(
            """
            dataset:
              path: flags.csv
              options:
                nullString: n/a
                types: {flag: VARCHAR, amount: DOUBLE}
            expectations:
              - expect: columnType
                column: flag
                type: string
              - expect: meanBetween
                column: amount
                min: 19.9
                max: 20.1
            """);

    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(2, event(finishedSuccessfully()))
        .haveExactly(0, event(finishedWithFailure()));
  }

  @Test
  void aHostileTypeNameFailsTheSuiteWithFileLineAndTheAcceptedTypes() throws IOException {
    EngineExecutionResults results =
        run(
            """
            dataset:
              path: flags.csv
              options:
                types:
                  flag: "VARCHAR'}); COPY (SELECT 1) TO '/tmp/x'; --"
            expectations:
              - expect: rowCount
                min: 1
            """);

    results
        .allEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                suite("flags.mltest.yaml"),
                finishedWithFailure(
                    instanceOf(SuiteDefinitionException.class),
                    message(
                        location()
                            + ":5:13: unknown column type 'VARCHAR'}); COPY (SELECT 1) TO"
                            + " '/tmp/x'; --' for column 'flag' in 'types'; accepted types:"
                            + " VARCHAR, BOOLEAN, TINYINT, SMALLINT, INTEGER, BIGINT, HUGEINT,"
                            + " FLOAT, DOUBLE, DECIMAL(p,s), DATE, TIMESTAMP, TIMESTAMPTZ"))));
  }

  @Test
  void aMisspeltTypeNameSuggestsTheNearestOne() throws IOException {
    EngineExecutionResults results =
        run(
            """
            dataset: {path: flags.csv, options: {types: {flag: VARCHR}}}
            expectations:
              - expect: rowCount
                min: 1
            """);

    results
        .allEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                suite("flags.mltest.yaml"),
                finishedWithFailure(
                    message(
                        m ->
                            m.startsWith(
                                location()
                                    + ":1:52: unknown column type 'VARCHR' for column 'flag' in"
                                    + " 'types'; did you mean 'VARCHAR'?; accepted types: ")))));
  }
}
