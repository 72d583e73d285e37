package dev.mltest.engine;

import static dev.mltest.engine.MlTestEvents.expectation;
import static dev.mltest.engine.MlTestEvents.suite;
import static dev.mltest.engine.MlTestKit.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.testkit.engine.EventConditions.engine;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.started;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.mltest.engine.suite.ExpectationErrorException;
import dev.mltest.engine.suite.SuiteDefinitionException;
import java.nio.file.Path;
import java.util.List;
import org.assertj.core.api.Condition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.CompositeTestSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;

/**
 * Wrong suite files and data: each problem fails the one node it concerns with a message naming
 * file, line, column and the nearest valid name, and everything else still runs. Each fixture in
 * {@code fixtures/badinput} holds one problem; {@code healthy.mltest.yaml} runs beside it.
 */
class BadInputTest {
  private static final String DIR = "fixtures/badinput/";
  private static final String EMPTY_ALLOWED = "empty-allowed.mltest.yaml";

  @TempDir Path out;

  @Test
  void badInputIsReportedAsWarningsSoThatTheEngineStillRuns() {
    List<DiscoveryIssue> issues =
        MlTestKit.engine(out)
            .selectors(selectPackage("fixtures.badinput"))
            .discover()
            .getDiscoveryIssues();

    assertThat(issues)
        .hasSizeGreaterThanOrEqualTo(9)
        .allSatisfy(issue -> assertThat(issue.severity()).isLessThanOrEqualTo(Severity.WARNING))
        .allSatisfy(issue -> assertThat(position(issue.source().orElseThrow())).isNotNull());
    EngineExecutionResults results =
        MlTestKit.engine(out).selectors(selectPackage("fixtures.badinput")).execute();
    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(1, event(engine(), finishedSuccessfully()));
    assertHealthyRan(results);
  }

  @Test
  void malformedYamlFailsTheSuiteNodeAndReportsWhere() {
    String message =
        DIR
            + "malformed.mltest.yaml:5:11: malformed YAML: expected ',' or ']', but got :"
            + " (while parsing a flow sequence)";

    assertThat(single(issues("malformed.mltest.yaml")))
        .satisfies(issue -> assertWarning(issue, message, FilePosition.from(5, 11)));
    EngineExecutionResults results = runWithHealthy("malformed.mltest.yaml");
    results
        .allEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                suite("malformed.mltest.yaml"),
                finishedWithFailure(instanceOf(SuiteDefinitionException.class), message(message))));
    assertHealthyRan(results);
  }

  @Test
  void yamlTagOnTheDatasetFailsTheSuiteNode() {
    String message =
        DIR
            + "yaml-tag-dataset.mltest.yaml:1:10: YAML tags such as tag:yaml.org,2002:java.net.URL"
            + " are not allowed in suite files";

    EngineExecutionResults results = runWithHealthy("yaml-tag-dataset.mltest.yaml");

    results
        .allEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                suite("yaml-tag-dataset.mltest.yaml"),
                finishedWithFailure(instanceOf(SuiteDefinitionException.class), message(message))));
    assertHealthyRan(results);
  }

  @Test
  void yamlTagInAnExpectationFailsOnlyThatExpectation() {
    String message =
        DIR
            + "yaml-tag.mltest.yaml:6:13: YAML tags such as tag:yaml.org,2002:java.io.File are not"
            + " allowed in suite files";

    assertThat(single(issues("yaml-tag.mltest.yaml")))
        .satisfies(issue -> assertWarning(issue, message, FilePosition.from(6, 13)));
    assertDefinitionFailure("yaml-tag.mltest.yaml", "expectation", message, "rowCount");
  }

  @Test
  void unknownExpectationSuggestsTheNearestName() {
    String message =
        DIR
            + "unknown-expectation.mltest.yaml:5:13: 'expect': unknown expectation 'notNul'; did"
            + " you mean 'notNull'?";

    assertThat(single(issues("unknown-expectation.mltest.yaml")))
        .satisfies(issue -> assertWarning(issue, message, FilePosition.from(5, 13)));
    assertDefinitionFailure("unknown-expectation.mltest.yaml", "notNul[name]", message, "rowCount");
  }

  @Test
  void missingRequiredParameterNamesItAndWhatItTakes() {
    String message =
        DIR
            + "missing-parameter.mltest.yaml:5:5: 'inSet' needs 'values' (a list of values): The"
            + " accepted values.";

    assertThat(single(issues("missing-parameter.mltest.yaml")))
        .satisfies(issue -> assertWarning(issue, message, FilePosition.from(5, 5)));
    assertDefinitionFailure("missing-parameter.mltest.yaml", "inSet[country]", message, "rowCount");
  }

  @Test
  void mistypedParameterSaysWhatWasExpectedAndFound() {
    String message =
        DIR
            + "mistyped-parameter.mltest.yaml:6:10: 'min': expected a whole number, found the"
            + " string 'many'";

    assertThat(single(issues("mistyped-parameter.mltest.yaml")))
        .satisfies(issue -> assertWarning(issue, message, FilePosition.from(6, 10)));
    assertDefinitionFailure("mistyped-parameter.mltest.yaml", "rowCount", message, "notNull[name]");
  }

  @Test
  void strftimeSpecifierDuckDbLacksFailsItsExpectationAtDefinitionTime() {
    String message =
        DIR
            + "unsupported-date-pattern.mltest.yaml:8:14: 'pattern': strftime pattern '%D' uses %D"
            + " (at character 1), which DuckDB does not support; supported: %a %A %b %B %c %d %-d"
            + " %f %g %G %H %-H %I %-I %j %-j %m %-m %M %-M %n %p %S %-S %u %U %V %w %W %x %X %y"
            + " %-y %Y %z %Z %%";

    assertThat(single(issues("unsupported-date-pattern.mltest.yaml")))
        .satisfies(issue -> assertWarning(issue, message, FilePosition.from(8, 14)));
    assertDefinitionFailure(
        "unsupported-date-pattern.mltest.yaml", "format[name]", message, "notNull[name]");
  }

  @Test
  void unknownParameterSuggestsTheNearestName() {
    String message =
        DIR
            + "unknown-parameter.mltest.yaml:7:13: 'mostyl': unknown parameter 'mostyl' for"
            + " 'notNull'; did you mean 'mostly'?; its parameters: column";

    assertThat(single(issues("unknown-parameter.mltest.yaml")))
        .satisfies(issue -> assertWarning(issue, message, FilePosition.from(7, 13)));
    assertDefinitionFailure("unknown-parameter.mltest.yaml", "notNull[name]", message, "rowCount");
  }

  @Test
  void duplicateIdFailsTheSecondExpectationAndRunsTheFirst() {
    String message =
        DIR
            + "duplicate-ids.mltest.yaml:7:9: duplicate expectation id 'sane-age' (first used on"
            + " line 3); ids must be unique within a suite";

    assertThat(single(issues("duplicate-ids.mltest.yaml")))
        .satisfies(issue -> assertWarning(issue, message, FilePosition.from(7, 9)));
    assertDefinitionFailure("duplicate-ids.mltest.yaml", "sane-age#2", message, "sane-age");
  }

  @Test
  void unknownTopLevelKeyFailsTheSuiteAndSuggestsTheNearestKey() {
    String message =
        DIR
            + "unknown-key.mltest.yaml:2:1: unknown key 'sutie'; did you mean 'suite'?; suite"
            + " files have: suite, description, dataset, backend, allowEmpty, tags, expectations, drift";

    assertThat(single(issues("unknown-key.mltest.yaml")))
        .satisfies(issue -> assertWarning(issue, message, FilePosition.from(2, 1)));
    EngineExecutionResults results = runWithHealthy("unknown-key.mltest.yaml");
    results
        .allEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                suite("unknown-key.mltest.yaml"),
                finishedWithFailure(instanceOf(SuiteDefinitionException.class), message(message))));
    assertNotRun(results, "unknown-key.mltest.yaml");
    assertHealthyRan(results);
  }

  @Test
  void unknownColumnIsAnErrorThatSuggestsTheNearestColumn() {
    assertThat(issues("unknown-column.mltest.yaml")).isEmpty();
    assertEvaluationError(
        "unknown-column.mltest.yaml",
        "notNull[nmae]",
        DIR
            + "unknown-column.mltest.yaml:5:5 notNull[nmae]: unknown column 'nmae' in"
            + " notNull[nmae]; did you mean 'name'?; columns: id, name, age, country, score");
  }

  @Test
  void columnOfTheWrongTypeIsAnError() {
    assertEvaluationError(
        "wrong-column-type.mltest.yaml",
        "between[country]",
        DIR
            + "wrong-column-type.mltest.yaml:5:5 between[country]: 'between' needs a numeric,"
            + " date or timestamp column, but 'country' is string (VARCHAR); DuckDB's CSV reader"
            + " detected VARCHAR for 'country'; to read it as another type, set it in the"
            + " dataset's options, e.g. options: {types: {country: DOUBLE}}");
  }

  @Test
  void missingDatasetFailsTheSuiteNamingThePathsTriedAndSkipsItsExpectations() {
    Path tried = MlTestKit.resourcePath(DIR + "data").resolve("nowhere.csv");

    EngineExecutionResults results = runWithHealthy("missing-dataset.mltest.yaml");

    results
        .allEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                suite("missing-dataset.mltest.yaml"),
                finishedWithFailure(
                    instanceOf(SuiteDefinitionException.class),
                    message(
                        DIR
                            + "missing-dataset.mltest.yaml:1:10: dataset file 'data/nowhere.csv'"
                            + " not found; looked for ["
                            + tried
                            + "]"))));
    assertNotRun(results, "missing-dataset.mltest.yaml");
    assertHealthyRan(results);
  }

  @Test
  void aCatalogTableOnDuckDbFailsItsSuiteAtTheTableLineNamingTheBackendAndTheFix() {
    EngineExecutionResults results = runWithHealthy("catalog-table.mltest.yaml");

    results
        .allEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                suite("catalog-table.mltest.yaml"),
                finishedWithFailure(
                    instanceOf(ExpectationErrorException.class),
                    message(
                        DIR
                            + "catalog-table.mltest.yaml:2:10: the DuckDB backend cannot read"
                            + " catalog table analytics.events: catalog tables (Delta, Iceberg,"
                            + " Hive, Spark views) are read by the Spark backend; add 'backend:"
                            + " spark' to the suite (or set mltest.backend=spark) with"
                            + " ml-test-spark on the test classpath"))));
    assertNotRun(results, "catalog-table.mltest.yaml");
    assertHealthyRan(results);
  }

  @Test
  void aUriFailsItsSuiteAtItsLineNamingTheSettingThatAllowsItWhenTheRunAllowsNone() {
    EngineExecutionResults results = runWithHealthy("uri-not-allowed.mltest.yaml");

    results
        .allEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                suite("uri-not-allowed.mltest.yaml"),
                finishedWithFailure(
                    instanceOf(SuiteDefinitionException.class),
                    message(
                        DIR
                            + "uri-not-allowed.mltest.yaml:2:3: dataset URI"
                            + " 's3a://lake/events/2026/' is not allowed: suite files may name"
                            + " URIs only under the prefixes the run allows, and"
                            + " mltest.spark.allowed-locations is not set; to allow it, set"
                            + " mltest.spark.allowed-locations=s3a://lake/events/2026/"
                            + " (comma-separated prefixes, e.g. in junit-platform.properties)"))));
    assertNotRun(results, "uri-not-allowed.mltest.yaml");
    assertHealthyRan(results);
  }

  @Test
  void raggedCsvFailsTheSuiteNamingTheFileAndTheOddLine() {
    Path csv = MlTestKit.resourcePath(DIR + "data/ragged.csv");

    EngineExecutionResults results = runWithHealthy("ragged-csv.mltest.yaml");

    results
        .allEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                suite("ragged-csv.mltest.yaml"),
                finishedWithFailure(
                    instanceOf(ExpectationErrorException.class),
                    message(
                        DIR
                            + "ragged-csv.mltest.yaml:1:10: cannot read csv file "
                            + csv
                            + ": its lines do not have the same number of ','-separated fields;"
                            + " line 4 has 2 fields where the header (line 1) has 3: 3,Cem"))));
    assertNotRun(results, "ragged-csv.mltest.yaml");
    assertHealthyRan(results);
  }

  @Test
  void emptyDatasetFailsEveryDataJudgingExpectationAndRowCountJudgesIt() {
    String noRows =
        "dataset 'empty.csv' has no rows, so %s cannot be judged (set 'allowEmpty: true' on the"
            + " suite if empty data is valid)";

    EngineExecutionResults results = runWithHealthy("empty-dataset.mltest.yaml");

    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            failedWith(
                "rowCount",
                AssertionFailedError.class,
                DIR + "empty-dataset.mltest.yaml:3:5 rowCount: row count is 0 (expected ≥ 1)"))
        .haveExactly(
            1,
            failedWith(
                "notNull[name]",
                AssertionFailedError.class,
                DIR
                    + "empty-dataset.mltest.yaml:5:5 notNull[name]: "
                    + noRows.formatted("notNull[name]")))
        // The column types of an empty CSV file are guesses: the empty data is the news.
        .haveExactly(
            1,
            failedWith(
                "between[age]",
                AssertionFailedError.class,
                DIR
                    + "empty-dataset.mltest.yaml:7:5 between[age]: "
                    + noRows.formatted("between[age]")));
    assertHealthyRan(results);
  }

  @Test
  void emptyDatasetPassesWhereAllowed() {
    EngineExecutionResults results = runWithHealthy(EMPTY_ALLOWED);

    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1, event(expectation("rowCount"), inSuite(EMPTY_ALLOWED), finishedSuccessfully()))
        .haveExactly(
            1, event(expectation("notNull[name]"), inSuite(EMPTY_ALLOWED), finishedSuccessfully()))
        // Type checks cannot be trusted without rows; the error says why it may be spurious.
        .haveExactly(
            1,
            failedWith(
                "between[age]",
                ExpectationErrorException.class,
                DIR
                    + "empty-allowed.mltest.yaml:8:5 between[age]: 'between' needs a numeric,"
                    + " date or timestamp column, but 'age' is string (VARCHAR) (the dataset has"
                    + " no rows to infer column types from); DuckDB's CSV reader detected"
                    + " VARCHAR for 'age'; to read it as another type, set it in the dataset's"
                    + " options, e.g. options: {types: {age: DOUBLE}}"));
  }

  private List<DiscoveryIssue> issues(String fixture) {
    return MlTestKit.engine(out)
        .selectors(selectClasspathResource(DIR + fixture))
        .discover()
        .getDiscoveryIssues();
  }

  private EngineExecutionResults runWithHealthy(String fixture) {
    return MlTestKit.engine(out)
        .selectors(
            selectClasspathResource(DIR + fixture),
            selectClasspathResource(DIR + "healthy.mltest.yaml"))
        .execute();
  }

  /** The named expectation fails as a broken definition; the other one in its suite passes. */
  private void assertDefinitionFailure(
      String fixture, String failing, String message, String passing) {
    EngineExecutionResults results = runWithHealthy(fixture);

    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, failedWith(failing, SuiteDefinitionException.class, message))
        .haveExactly(1, event(expectation(passing), inSuite(fixture), finishedSuccessfully()));
    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(1, event(suite(fixture), finishedSuccessfully()));
    assertHealthyRan(results);
  }

  private void assertEvaluationError(String fixture, String failing, String message) {
    EngineExecutionResults results = runWithHealthy(fixture);

    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, failedWith(failing, ExpectationErrorException.class, message))
        .haveExactly(1, event(expectation("rowCount"), inSuite(fixture), finishedSuccessfully()));
    assertHealthyRan(results);
  }

  private static Condition<Event> failedWith(
      String expectation, Class<? extends Throwable> type, String message) {
    return event(expectation(expectation), finishedWithFailure(instanceOf(type), message(message)));
  }

  private static Condition<Event> inSuite(String fixture) {
    return new Condition<>(
        e -> e.getTestDescriptor().getUniqueId().toString().contains(fixture), "in %s", fixture);
  }

  private static void assertHealthyRan(EngineExecutionResults results) {
    assertThat(
            results
                .testEvents()
                .succeeded()
                .filter(inSuite("healthy.mltest.yaml")::matches)
                .count())
        .isEqualTo(2);
  }

  private static void assertNotRun(EngineExecutionResults results, String fixture) {
    results.testEvents().assertThatEvents().noneMatch(event(inSuite(fixture), started())::matches);
  }

  private static void assertWarning(DiscoveryIssue issue, String message, FilePosition position) {
    assertThat(issue.severity()).isEqualTo(Severity.WARNING);
    assertThat(issue.message()).isEqualTo(message);
    assertThat(position(issue.source().orElseThrow())).isEqualTo(position);
  }

  /** The position of a classpath source, alone or inside the composite that IDEs navigate. */
  private static FilePosition position(TestSource source) {
    if (source instanceof CompositeTestSource composite) {
      return composite.getSources().stream()
          .filter(ClasspathResourceSource.class::isInstance)
          .map(s -> position(s))
          .findFirst()
          .orElse(null);
    }
    return ((ClasspathResourceSource) source).getPosition().orElse(null);
  }
}
