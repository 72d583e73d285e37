package dev.mltest.engine;

import static dev.mltest.engine.MlTestEvents.expectation;
import static dev.mltest.engine.MlTestEvents.reportEntry;
import static dev.mltest.engine.MlTestEvents.reportEntryWithKeys;
import static dev.mltest.engine.MlTestEvents.suite;
import static dev.mltest.engine.MlTestKit.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.started;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.mltest.engine.suite.ExpectationErrorException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.CompositeTestSource;
import org.junit.platform.engine.support.descriptor.FilePosition;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.launcher.TagFilter;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;

/**
 * Running a suite: one test per expectation with its status, message, report entries, source, tags
 * and display name. The fixture {@code fixtures/execution/people.mltest.yaml} holds one expectation
 * of each outcome over an eight-row dataset.
 */
class ExecutionTest {
  private static final String PEOPLE = "fixtures/execution/people.mltest.yaml";

  @TempDir Path out;

  @Test
  void eachExpectationIsATestWithItsOwnOutcome() {
    EngineExecutionResults results = run();

    results.containerEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    results.testEvents().assertStatistics(stats -> stats.started(4).succeeded(2).failed(2));
  }

  @Test
  void suiteRunsAroundItsExpectations() {
    run()
        .allEvents()
        .assertEventsMatchLooselyInOrder(
            event(suite("people.mltest.yaml"), started()),
            event(expectation("rowCount"), started()),
            event(expectation("notNull[agee]"), started()),
            event(suite("people.mltest.yaml"), finishedSuccessfully()));
  }

  @Test
  void passedExpectationReportsWhatItObserved() {
    EngineExecutionResults results = run();

    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(expectation("rowCount"), finishedSuccessfully()))
        .haveExactly(
            1,
            event(
                expectation("rowCount"),
                reportEntry("mltest.status", "PASSED"),
                reportEntry("mltest.observed", "8"),
                reportEntry("mltest.message", "row count is 8 (expected ≥ 5)")));
  }

  @Test
  void failedExpectationThrowsAnAssertionErrorNamingFileLineRuleAndOffendingRows() {
    Event finished =
        single(
            run()
                .testEvents()
                .filter(event(expectation("adults"), finishedWithFailure())::matches)
                .toList());

    Throwable thrown =
        finished.getRequiredPayload(TestExecutionResult.class).getThrowable().orElseThrow();
    assertThat(thrown)
        .isExactlyInstanceOf(AssertionFailedError.class)
        .hasMessage(
            PEOPLE
                + ":7:5 adults: age: 25% of 8 non-null values are not ≥ 18 (mostly 1 allows"
                + " none); e.g. 12 (row 2), 15 (row 4)");
    AssertionFailedError failure = (AssertionFailedError) thrown;
    assertThat(failure.getExpected().getStringRepresentation())
        .isEqualTo("at most 0% unexpected values (mostly 1)");
    assertThat(failure.getActual().getStringRepresentation()).isEqualTo("25% unexpected (2 of 8)");
  }

  @Test
  void failedExpectationReportsCountsAndSamples() {
    run()
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                expectation("adults"),
                reportEntry("mltest.status", "FAILED"),
                reportEntry("mltest.observed", "0.25"),
                reportEntry("mltest.elementCount", "8"),
                reportEntry("mltest.missingCount", "0"),
                reportEntry("mltest.unexpectedCount", "2"),
                reportEntry("mltest.unexpectedPercent", "25%"),
                reportEntry("mltest.sample.1", "12 x1 (first row 2)"),
                reportEntry("mltest.sample.2", "15 x1 (first row 4)")));
  }

  @Test
  void warnSeverityPassesWithAWarningEntry() {
    String message =
        "country: 25% of 8 non-null values are not in ['DE', 'FR'] (mostly 1 allows none);"
            + " e.g. 'IT' (row 4), 'ES' (row 7)";

    run()
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(expectation("inSet[country]"), finishedSuccessfully()))
        .haveExactly(
            1,
            event(
                expectation("inSet[country]"),
                reportEntry("mltest.status", "WARNING"),
                reportEntry("mltest.message", message)))
        .haveExactly(
            1, event(expectation("inSet[country]"), reportEntry("mltest.warning", message)));
  }

  @Test
  void expectationThatCannotBeEvaluatedIsAnErrorNotAFailure() {
    run()
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                expectation("notNull[agee]"),
                finishedWithFailure(
                    instanceOf(ExpectationErrorException.class),
                    message(
                        PEOPLE
                            + ":16:5 notNull[agee]: unknown column 'agee' in notNull[agee]; did"
                            + " you mean 'age'?; columns: id, name, age, country, score"))))
        .haveExactly(1, event(expectation("notNull[agee]"), reportEntry("mltest.status", "ERROR")))
        .noneMatch(
            event(
                    expectation("notNull[agee]"),
                    finishedWithFailure(instanceOf(AssertionError.class)))
                ::matches);
  }

  @Test
  void everyExpectationPublishesOneReportEntryAndAWarningOneMore() {
    EngineExecutionResults results = run();

    assertThat(results.testEvents().reportingEntryPublished().count()).isEqualTo(4 + 1);
    assertThat(
            results
                .testEvents()
                .reportingEntryPublished()
                .filter(
                    reportEntryWithKeys(
                            "mltest.expectation",
                            "mltest.status",
                            "mltest.observed",
                            "mltest.message")
                        ::matches)
                .count())
        .isEqualTo(4);
    assertThat(results.containerEvents().reportingEntryPublished().count()).isZero();
  }

  @Test
  void sourcesPointAtTheSuiteAndEachItemsLineAndColumn() {
    TestDescriptor suite =
        single(
            MlTestKit.engine(out)
                .configurationParameter(Constants.SOURCE_ROOTS, "")
                .selectors(selectClasspathResource(PEOPLE))
                .discover()
                .getEngineDescriptor()
                .getChildren());

    assertThat(suite.getSource()).contains(ClasspathResourceSource.from(PEOPLE));
    assertThat(suite.getChildren())
        .extracting(d -> d.getSource().orElseThrow())
        .containsExactly(
            ClasspathResourceSource.from(PEOPLE, FilePosition.from(5, 5)),
            ClasspathResourceSource.from(PEOPLE, FilePosition.from(7, 5)),
            ClasspathResourceSource.from(PEOPLE, FilePosition.from(12, 5)),
            ClasspathResourceSource.from(PEOPLE, FilePosition.from(16, 5)));
  }

  @Test
  void sourcesAlsoPointAtTheSourceCopyWhenItExistsForIdes() {
    // Surefire and IDEs run tests in the module folder, where the source copy lies.
    Path copy = Path.of("src/test/resources").resolve(PEOPLE).toAbsolutePath();
    assertThat(copy).isRegularFile();

    TestDescriptor suite =
        single(
            MlTestKit.engine(out)
                .selectors(selectClasspathResource(PEOPLE))
                .discover()
                .getEngineDescriptor()
                .getChildren());

    assertThat(suite.getSource())
        .contains(
            CompositeTestSource.from(
                List.of(FileSource.from(copy.toFile()), ClasspathResourceSource.from(PEOPLE))));
    FilePosition adults = FilePosition.from(7, 5);
    assertThat(suite.getChildren().stream().filter(d -> d.getDisplayName().startsWith("adults")))
        .singleElement()
        .extracting(d -> d.getSource().orElseThrow())
        .isEqualTo(
            CompositeTestSource.from(
                List.of(
                    FileSource.from(copy.toFile(), adults),
                    ClasspathResourceSource.from(PEOPLE, adults))));
  }

  @Test
  void suiteTagsApplyToTheSuiteAndEveryExpectation() {
    TestDescriptor suite =
        single(
            MlTestKit.engine(out)
                .selectors(selectClasspathResource(PEOPLE))
                .discover()
                .getEngineDescriptor()
                .getChildren());

    assertThat(suite.getTags())
        .containsExactlyInAnyOrder(TestTag.create("nightly"), TestTag.create("pii"));
    assertThat(suite.getChildren())
        .hasSize(4)
        .allSatisfy(
            d ->
                assertThat(d.getTags())
                    .containsExactlyInAnyOrder(TestTag.create("nightly"), TestTag.create("pii")));
  }

  @Test
  void tagFilterRunsOnlySuitesWithThatTag() {
    EngineExecutionResults results =
        MlTestKit.engine(out)
            .selectors(
                selectClasspathResource(PEOPLE),
                selectClasspathResource("fixtures/basic/customers.mltest.yaml"))
            .filters(TagFilter.includeTags("data-quality"))
            .execute();

    results.testEvents().assertStatistics(stats -> stats.started(6));
    results.allEvents().assertThatEvents().noneMatch(suite("people.mltest.yaml")::matches);
  }

  @Test
  void displayNamesAreTheSuiteNameWithItsFileAndTheExpectationNameWithItsDescription() {
    TestDescriptor suite =
        single(
            MlTestKit.engine(out)
                .selectors(selectClasspathResource(PEOPLE))
                .discover()
                .getEngineDescriptor()
                .getChildren());

    assertThat(suite.getDisplayName()).isEqualTo("people (people.mltest.yaml)");
    assertThat(suite.getChildren())
        .extracting(TestDescriptor::getDisplayName)
        .containsExactly(
            "rowCount", "adults — everyone is of age", "inSet[country]", "notNull[agee]");
  }

  @Test
  void suiteWithoutANameIsShownByItsFileName() {
    TestDescriptor engine =
        MlTestKit.engine(out)
            .selectors(selectClasspathResource("fixtures/basic/broken.mltest.yaml"))
            .discover()
            .getEngineDescriptor();

    assertThat(engine.getDisplayName()).isEqualTo("MLTest");
    assertThat(single(engine.getChildren()).getDisplayName()).isEqualTo("broken.mltest.yaml");
  }

  private EngineExecutionResults run() {
    return MlTestKit.engine(out).selectors(selectClasspathResource(PEOPLE)).execute();
  }
}
