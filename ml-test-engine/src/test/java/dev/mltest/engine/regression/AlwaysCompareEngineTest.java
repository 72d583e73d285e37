package dev.mltest.engine.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.mltest.engine.MlTestEngine;
import dev.mltest.regression.EvaluationRowsStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.opentest4j.AssertionFailedError;

/**
 * Every outcome across the changes pull requests make: a metric is always compared with its
 * baseline, what changed is listed as context, and only a changed evaluation protocol makes values
 * not comparable.
 */
class AlwaysCompareEngineTest {
  @TempDir static Path data;
  static Path churn;
  @TempDir Path roots;
  @TempDir Path out;

  @BeforeAll
  static void writeData() throws IOException {
    churn = ChurnFiles.write(data.resolve("churn.csv"), 5_000);
  }

  @BeforeEach
  void reset() {
    ChangingModels.reset(churn);
  }

  private Path baselineFile() {
    return roots.resolve("dev/mltest/engine/regression/ChangingModels.churn.baseline.json");
  }

  private EngineTestKit.Builder kit(boolean update) {
    return EngineTestKit.engine(new MlTestEngine())
        .enableImplicitConfigurationParameters(false)
        .configurationParameter("mltest.ide.source-roots", roots.toString())
        .configurationParameter("mltest.baseline.update", Boolean.toString(update))
        .outputDirectoryCreator(new TempDirOutput(out))
        .selectors(selectMethod(ChangingModels.class, "churn"));
  }

  private EngineExecutionResults run() {
    return kit(false).execute();
  }

  private void createBaseline() {
    kit(true).execute().testEvents().assertStatistics(s -> s.failed(0));
    assertThat(baselineFile()).exists();
  }

  private static List<Map<String, String>> entries(EngineExecutionResults results) {
    return results
        .allEvents()
        .reportingEntryPublished()
        .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
        .toList();
  }

  private static Map<String, String> metricEntries(EngineExecutionResults results, String metric) {
    return entries(results).stream()
        .filter(e -> metric.equals(e.get("mltest.metric")))
        .findFirst()
        .orElseThrow();
  }

  @Test
  void updatingWritesTheEvaluationRowsBesideTheBaseline() {
    createBaseline();
    Path rows = EvaluationRowsStore.pathFor(baselineFile());
    assertThat(rows).exists();
    assertThat((long) EvaluationRowsStore.readIfExists(rows).orElseThrow().size())
        .isEqualTo(dev.mltest.regression.BaselineStore.read(baselineFile()).lineage().testRows());
  }

  @Test
  void aDroppedFeatureIsComparedAndFailsAsARegressionNamingTheChange() {
    createBaseline();
    ChangingModels.excluded = List.of("support_calls", "contract");
    EngineExecutionResults results = run();
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test(),
                displayName("churn() › auc"),
                finishedWithFailure(
                    instanceOf(AssertionFailedError.class),
                    message(
                        m ->
                            m.startsWith("REGRESSION: auc")
                                && m.contains("with 95% confidence")
                                && m.contains("CI [")
                                && m.contains("delong")
                                && m.contains("changed since the baseline: features")
                                && m.contains("(dropped contract, support_calls)")))));
    assertThat(metricEntries(results, "auc"))
        .containsEntry("mltest.outcome", "REGRESSED")
        .containsKeys("mltest.interval", "mltest.interval.lower", "mltest.interval.upper");
  }

  @Test
  void aHarmlessTrainerSettingChangePassesWithinToleranceAndListsIt() {
    createBaseline();
    ChangingModels.epochs = 6;
    EngineExecutionResults results = run();
    results.testEvents().assertStatistics(s -> s.started(3).succeeded(3));
    assertThat(metricEntries(results, "accuracy"))
        .containsEntry("mltest.outcome", "PASSED")
        .containsEntry("mltest.changes", "trainer epochs 5 → 6");
    assertThat(metricEntries(results, "accuracy").get("mltest.message"))
        .startsWith("WITHIN TOLERANCE: accuracy")
        .contains("paired-proportions")
        .contains("changed since the baseline: trainer epochs 5 → 6");
    assertThat(entries(results))
        .anySatisfy(
            e -> assertThat(e).containsEntry("mltest.comparison", "statistical (paired rows)"));
  }

  @Test
  void changedDataWithTheSameProtocolIsComparedAndTheChangeNamed() throws IOException {
    createBaseline();
    Path grown = data.resolve("grown/churn.csv");
    Files.createDirectories(grown.getParent());
    Files.copy(churn, grown, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
    Files.writeString(
        grown, "5001,40,12,70.00,monthly,2,yes\n", java.nio.file.StandardOpenOption.APPEND);
    ChangingModels.data = grown;
    EngineExecutionResults results = run();
    results.testEvents().assertStatistics(s -> s.started(3).succeeded(3));
    assertThat(metricEntries(results, "auc").get("mltest.changes"))
        .startsWith("data churn.csv changed (sha256 ");
    assertThat(metricEntries(results, "auc")).containsEntry("mltest.outcome", "PASSED");
  }

  @Test
  void aBetterModelPassesAsImprovedSuggestingAnUpdate() {
    ChangingModels.excluded = List.of("support_calls", "contract");
    createBaseline();
    ChangingModels.excluded = List.of();
    EngineExecutionResults results = run();
    results.testEvents().assertStatistics(s -> s.failed(0));
    assertThat(metricEntries(results, "auc")).containsEntry("mltest.outcome", "IMPROVED");
    assertThat(entries(results))
        .anySatisfy(
            e ->
                assertThat(e.get("mltest.warning"))
                    .isNotNull()
                    .startsWith("IMPROVED: auc")
                    .contains("update the baseline")
                    .contains("(added contract, support_calls)"));
  }

  @Test
  void aChangedProtocolIsNotComparableFailsByDefaultAndSaysHowToAcceptIt() {
    ChangingModels.excluded = List.of("support_calls", "contract");
    createBaseline();
    ChangingModels.excluded = List.of("support_calls", "contract", "tenure_months");
    ChangingModels.fraction = 0.3;
    EngineExecutionResults results = run();
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            3,
            event(
                test(),
                finishedWithFailure(
                    instanceOf(NotComparableException.class),
                    message(
                        m ->
                            m.startsWith("NOT COMPARABLE:")
                                && m.contains("sample fraction 0.4 → 0.3")
                                && m.contains("taken at face value")
                                && m.contains(
                                    "mvn test -Dtest='ChangingModels#churn'"
                                        + " -Dmltest.baseline.update=true")))));
  }

  @Test
  void aMetricComputedAnotherWayIsNotComparableWhileTheOthersAreCompared() throws IOException {
    createBaseline();
    // What a baseline written by a version that computed log loss differently looks like.
    String json = Files.readString(baselineFile());
    String now = dev.mltest.regression.MetricCatalog.definition("logLoss").orElseThrow();
    assertThat(json).contains(now);
    Files.writeString(
        baselineFile(), json.replace(now, "mean -ln p(true class), p clipped to [1e-7, 1] [v0]"));
    EngineExecutionResults results = run();
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test(),
                displayName("churn() › logLoss"),
                finishedWithFailure(
                    instanceOf(NotComparableException.class),
                    message(
                        m ->
                            m.startsWith("NOT COMPARABLE: logLoss")
                                && m.contains("definition of logLoss")
                                && m.contains("[v0]")))));
    results.testEvents().assertStatistics(s -> s.started(3).failed(1).succeeded(2));
    assertThat(metricEntries(results, "auc")).containsEntry("mltest.outcome", "PASSED");
  }

  @Test
  void acceptedProtocolChangesWarnAndStillSayWhetherTheMetricWouldHaveRegressed() {
    createBaseline();
    ChangingModels.seed = 7;
    ChangingModels.excluded = List.of("support_calls", "contract");
    EngineExecutionResults results =
        kit(false).configurationParameter("mltest.regression.protocol-change", "warn").execute();
    results.testEvents().assertStatistics(s -> s.started(3).succeeded(3));
    assertThat(entries(results))
        .anySatisfy(
            e ->
                assertThat(e.get("mltest.warning"))
                    .isNotNull()
                    .startsWith("NOT COMPARABLE: auc")
                    .contains("seed 42 → 7")
                    .contains("WOULD HAVE REGRESSED")
                    .contains("accepted as a warning"));
  }

  @Test
  void theFixedModeComparesThePointChangeWithoutAnInterval() {
    createBaseline();
    ChangingModels.epochs = 6;
    EngineExecutionResults results =
        kit(false).configurationParameter("mltest.regression.tolerance", "fixed").execute();
    assertThat(metricEntries(results, "auc")).doesNotContainKey("mltest.interval");
    assertThat(entries(results))
        .anySatisfy(e -> assertThat(e).containsEntry("mltest.comparison", "fixed tolerance"));
  }

  @Test
  void anInvalidToleranceModeFailsTheMethodNamingKeyValueAndChoices() {
    EngineExecutionResults results =
        kit(false).configurationParameter("mltest.regression.tolerance", "strict").execute();
    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                displayName("churn()"),
                finishedWithFailure(
                    message(
                        m ->
                            m.contains("mltest.regression.tolerance")
                                && m.contains("'strict'")
                                && m.contains("statistical, fixed")))));
  }

  @Test
  void aFlagThatIsNotTrueOrFalseFailsTheMethodInsteadOfReadingAsFalse() {
    EngineExecutionResults results =
        kit(false).configurationParameter("mltest.baseline.update", "yes").execute();
    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                displayName("churn()"),
                finishedWithFailure(
                    message(
                        m ->
                            m.contains("mltest.baseline.update")
                                && m.contains("'yes'")
                                && m.contains("true, false")))));
  }

  @Test
  void theNoBaselineHintUpdatesOnlyThisTest() {
    EngineExecutionResults results = run();
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            3,
            event(
                test(),
                finishedWithFailure(
                    message(
                        m ->
                            m.startsWith("NO BASELINE:")
                                && m.contains(
                                    "`mvn test -Dtest='ChangingModels#churn'"
                                        + " -Dmltest.baseline.update=true`")))));
  }

  @Test
  void aUselessBaselineIsRefusedUnlessForced() {
    ChangingModels.dummy = true;
    EngineExecutionResults refused = kit(true).execute();
    assertThat(baselineFile()).doesNotExist();
    assertThat(entries(refused))
        .anySatisfy(
            e ->
                assertThat(e.get("mltest.baseline.refused"))
                    .isNotNull()
                    .contains("no better than always predicting the most frequent class")
                    .contains("-Dmltest.baseline.force=true"));
    EngineExecutionResults forced =
        kit(true).configurationParameter("mltest.baseline.force", "true").execute();
    assertThat(baselineFile()).exists();
    assertThat(entries(forced))
        .anySatisfy(
            e ->
                assertThat(e.get("mltest.baseline.useless"))
                    .isNotNull()
                    .startsWith("USELESS BASELINE written (forced)"));
  }

  @Test
  void aBaselineFromDataThatFailedItsSuiteIsRefusedUnlessForced() throws IOException {
    Path suite =
        Files.writeString(
            data.resolve("churn.mltest.yaml"),
            "suite: churn\ndataset: churn.csv\nexpectations:\n  - expect: rowCount\n    min: 1000000\n");
    try {
      EngineExecutionResults refused = kit(true).selectors(selectFile(suite.toFile())).execute();
      assertThat(baselineFile()).doesNotExist();
      refused
          .testEvents()
          .assertThatEvents()
          .haveExactly(
              3,
              event(
                  test(),
                  abortedWithReason(
                      message(
                          m ->
                              m.contains("baseline not updated")
                                  && m.contains("rowCount")
                                  && m.contains("-Dmltest.baseline.force=true")))));
      kit(true)
          .configurationParameter("mltest.baseline.force", "true")
          .selectors(selectFile(suite.toFile()))
          .execute();
      assertThat(baselineFile()).exists();
    } finally {
      Files.delete(suite);
    }
  }
}
