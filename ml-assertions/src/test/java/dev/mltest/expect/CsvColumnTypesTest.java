package dev.mltest.expect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataAccessException;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.data.FileDataset;
import dev.mltest.expect.ExpectationResult.Status;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A yes/no column, which DuckDB's CSV sniffer reads as BOOLEAN: text checks see the words in the
 * file, {@code types} forces a column's type, and type mismatches say what was detected and how to
 * override it.
 */
class CsvColumnTypesTest {
  @TempDir Path dir;

  private FileDataset flags() throws IOException {
    Path file = dir.resolve("flags.csv");
    Files.writeString(file, "id,flag,amount\n1,yes,10\n2,no,20\n3,Yes,x\n");
    return Dataset.csv(file);
  }

  private static List<ExpectationResult> run(Dataset dataset, ExpectationSpec... specs) {
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable table = TextComparedColumns.open(backend, dataset, List.of(specs))) {
      return Evaluator.evaluate(table, List.of(specs), false);
    }
  }

  @Test
  void theSnifferReadsYesNoAsBoolean() throws IOException {
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable table = backend.open(flags())) {
      assertThat(table.schema().column("flag").orElseThrow().nativeType()).isEqualTo("BOOLEAN");
    }
  }

  @Test
  void inSetWithWordsJudgesTheWordsInTheFile() throws IOException {
    List<ExpectationResult> results =
        run(
            flags(),
            ExpectationSpec.of("inSet", Map.of("column", "flag", "values", List.of("yes", "no"))),
            ExpectationSpec.of("matchesRegex", Map.of("column", "flag", "regex", "^(yes|no)$")));

    assertThat(results).extracting(ExpectationResult::status).containsOnly(Status.FAILED);
    assertThat(results.get(0).message())
        .isEqualTo(
            "flag: 33.3% of 3 non-null values are not in ['yes', 'no'] (mostly 1 allows none);"
                + " e.g. 'Yes' (row 3)");
  }

  @Test
  void inSetWithWordsPassesOnACleanColumn() throws IOException {
    Path file = dir.resolve("clean.csv");
    Files.writeString(file, "flag\nyes\nno\nno\n");
    ExpectationResult result =
        run(
                Dataset.csv(file),
                ExpectationSpec.of(
                    "inSet", Map.of("column", "flag", "values", List.of("yes", "no"))))
            .get(0);
    assertThat(result.status()).isEqualTo(Status.PASSED);
  }

  @Test
  void booleanValuesKeepTheColumnBoolean() throws IOException {
    ExpectationResult result =
        run(
                flags(),
                ExpectationSpec.of(
                    "inSet", Map.of("column", "flag", "values", List.of(true, false))))
            .get(0);
    assertThat(result.status()).isEqualTo(Status.PASSED);
  }

  @Test
  void typesForceAColumnsTypeAndTheMessageSaysWhereItWasSet() throws IOException {
    FileDataset typed = flags().withTypes(Map.of("flag", "boolean"));
    assertThat(typed.types()).containsExactly(Map.entry("flag", "BOOLEAN"));

    ExpectationResult result =
        run(
                typed,
                ExpectationSpec.of(
                    "inSet", Map.of("column", "flag", "values", List.of("yes", "no"))))
            .get(0);

    assertThat(result.status()).isEqualTo(Status.ERROR);
    assertThat(result.message())
        .isEqualTo(
            "'values' is compared with column 'flag' of type boolean (BOOLEAN), so it must be true"
                + " or false; found 'yes'; 'flag' is read as BOOLEAN because the dataset's options"
                + " set types: {flag: BOOLEAN}; change it there");
  }

  @Test
  void aMismatchNamesTheDetectedTypeAndHowToOverrideIt() throws IOException {
    ExpectationResult result =
        run(flags(), ExpectationSpec.of("meanBetween", Map.of("column", "amount", "min", 0)))
            .get(0);

    assertThat(result.message())
        .isEqualTo(
            "'meanBetween' needs a numeric or boolean column, but 'amount' is string (VARCHAR); DuckDB's CSV"
                + " reader detected VARCHAR for 'amount'; to read it as another type, set it in"
                + " the dataset's options, e.g. options: {types: {amount: DOUBLE}}");
  }

  @Test
  void aColumnReadAsTextForAnotherCheckSaysSoRatherThanBlamingAnOptionNobodySet()
      throws IOException {
    List<ExpectationResult> results =
        run(
            flags(),
            ExpectationSpec.of("inSet", Map.of("column", "flag", "values", List.of("yes", "no"))),
            ExpectationSpec.of("meanBetween", Map.of("column", "flag", "min", 0)));

    assertThat(results.get(1).message())
        .isEqualTo(
            "'meanBetween' needs a numeric or boolean column, but 'flag' is string (VARCHAR);"
                + " 'flag' is read as text because a check of this suite compares it with text"
                + " values (a yes/no column is otherwise read as BOOLEAN); compare it with"
                + " true/false there to keep it BOOLEAN")
        .doesNotContain("options set");
  }

  @Test
  void aForcedTypeThatTheDataDoesNotFitFailsTheRead() throws IOException {
    FileDataset typed = flags().withTypes(Map.of("amount", "DOUBLE"));
    assertThatThrownBy(
            () ->
                run(typed, ExpectationSpec.of("meanBetween", Map.of("column", "amount", "min", 0))))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("Could not convert string \"x\" to 'DOUBLE'")
        .hasMessageEndingWith(
            "; the dataset's options set types: {amount: DOUBLE}; change or remove it");
  }

  @Test
  void aTypedColumnThatTheFileLacksIsNamedWithTheFilesColumns() throws IOException {
    FileDataset typed = flags().withTypes(Map.of("flga", "VARCHAR"));
    try (DataBackend backend = DataBackend.duckDb()) {
      assertThatThrownBy(() -> backend.open(typed))
          .isInstanceOf(DataAccessException.class)
          .hasMessage(
              "'types' names column 'flga' that flags.csv does not have; its columns: id, flag,"
                  + " amount");
    }
  }

  @Test
  void hostileTypeNamesAreRefusedBeforeAnySql() throws IOException {
    FileDataset file = flags();
    for (String hostile :
        List.of(
            "VARCHAR'); DROP TABLE x; --",
            "VARCHAR}, filename = true, x := {'a': 'INT'",
            "STRUCT(a INT)",
            "DECIMAL(99,2)",
            "VARCHAR[]")) {
      assertThatThrownBy(() -> file.withTypes(Map.of("flag", hostile)))
          .as(hostile)
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("unknown column type")
          .hasMessageContaining("accepted types: VARCHAR, BOOLEAN,");
    }
  }

  @Test
  void hostileColumnNamesAreQuoted() throws IOException {
    Path file = dir.resolve("quotes.csv");
    Files.writeString(file, "\"it's\",\"a\"\"b\"\nyes,1\nno,2\n");
    FileDataset typed = Dataset.csv(file).withTypes(Map.of("it's", "VARCHAR", "a\"b", "VARCHAR"));
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable table = backend.open(typed)) {
      assertThat(table.schema().columns())
          .extracting(c -> c.name() + ":" + c.nativeType())
          .containsExactly("it's:VARCHAR", "a\"b:VARCHAR");
    }
  }
}
