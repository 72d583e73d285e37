package dev.mltest.engine.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.abortedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.mltest.engine.MlTestEngine;
import dev.mltest.lineage.ModelProvenance;
import dev.mltest.regression.Baseline;
import dev.mltest.regression.BaselineMetric;
import dev.mltest.regression.BaselineStore;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.opentest4j.AssertionFailedError;

class RegressionEngineTest {
  @TempDir static Path data;
  @TempDir Path roots;
  @TempDir Path out;

  @BeforeAll
  static void writeData() throws IOException {
    ChurnModels.data = ChurnFiles.write(data.resolve("churn.csv"), 5_000);
  }

  @BeforeEach
  @AfterEach
  void resetSeed() {
    ChurnModels.seed = 42;
  }

  private Path baselineFile(String method) {
    return roots.resolve("dev/mltest/engine/regression/ChurnModels." + method + ".baseline.json");
  }

  private EngineTestKit.Builder kit(boolean update, DiscoverySelector... selectors) {
    return EngineTestKit.engine(new MlTestEngine())
        .enableImplicitConfigurationParameters(false)
        .configurationParameter("mltest.ide.source-roots", roots.toString())
        .configurationParameter("mltest.baseline.update", Boolean.toString(update))
        .outputDirectoryCreator(new TempDirOutput(out))
        .selectors(selectors);
  }

  private String summary() {
    try {
      return java.nio.file.Files.readString(out.resolve("mltest/summary.md"));
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private EngineExecutionResults run(boolean update, DiscoverySelector... selectors) {
    return kit(update, selectors).execute();
  }

  private void createBaselines() {
    run(true, selectClass(ChurnModels.class)).testEvents().assertStatistics(s -> s.failed(0));
  }

  private static UniqueId classId(Class<?> type) {
    return UniqueId.forEngine("ml-test").append("class", type.getName());
  }

  @Test
  void discoversOneContainerPerMethodAndOneTestPerMetric() {
    TestDescriptor engine =
        kit(false, selectClass(ChurnModels.class)).discover().getEngineDescriptor();
    TestDescriptor type = engine.getChildren().iterator().next();
    assertThat(type.getUniqueId()).isEqualTo(classId(ChurnModels.class));
    assertThat(type.getChildren())
        .extracting(TestDescriptor::getDisplayName)
        .containsExactlyInAnyOrder("logistic()", "tree()");
    TestDescriptor logistic =
        type.getChildren().stream()
            .filter(d -> d.getDisplayName().equals("logistic()"))
            .findFirst()
            .orElseThrow();
    assertThat(logistic.getUniqueId())
        .isEqualTo(classId(ChurnModels.class).append("regression", "logistic()"));
    assertThat(logistic.isContainer()).isTrue();
    assertThat(logistic.getChildren())
        .extracting(
            d ->
                d.getUniqueId().getLastSegment().getType()
                    + ":"
                    + d.getUniqueId().getLastSegment().getValue())
        .containsExactly("metric:accuracy", "metric:macroF1", "metric:auc");
  }

  @Test
  void metricsInTheBaselineFileBecomeTestsToo() {
    createBaselines();
    Baseline b = BaselineStore.read(baselineFile("tree"));
    Map<String, BaselineMetric> metrics = new LinkedHashMap<>(b.metrics());
    metrics.put(
        "macroRecall", new BaselineMetric(0.5, dev.mltest.regression.MetricSpec.of("macroRecall")));
    BaselineStore.write(
        baselineFile("tree"), new Baseline(b.test(), b.updated(), metrics, b.lineage()));
    TestDescriptor tree =
        kit(false, selectMethod(ChurnModels.class, "tree"))
            .discover()
            .getEngineDescriptor()
            .getDescendants()
            .stream()
            .filter(d -> d.getDisplayName().equals("tree()"))
            .findFirst()
            .orElseThrow();
    assertThat(tree.getChildren())
        .extracting(TestDescriptor::getDisplayName)
        .containsExactly("tree() › accuracy", "tree() › macroRecall");
  }

  @Test
  void aMissingBaselineFailsEachMetricExplainingHowToCreateIt() {
    EngineExecutionResults results = run(false, selectMethod(ChurnModels.class, "logistic"));
    results.testEvents().assertStatistics(s -> s.started(3).failed(3));
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            3,
            event(
                test(),
                finishedWithFailure(
                    instanceOf(MissingBaselineException.class),
                    message(
                        m ->
                            m.startsWith("NO BASELINE:")
                                && m.contains("-Dmltest.baseline.update=true")
                                && m.contains("ChurnModels.logistic.baseline.json")))));
  }

  @Test
  void updatingWritesTheBaselineAndPublishesTheDiff() throws IOException {
    EngineExecutionResults results = run(true, selectMethod(ChurnModels.class, "logistic"));
    results.testEvents().assertStatistics(s -> s.started(3).succeeded(3));
    assertThat(baselineFile("logistic")).exists();
    Baseline written = BaselineStore.read(baselineFile("logistic"));
    assertThat(written.metrics()).containsOnlyKeys("accuracy", "macroF1", "auc");
    assertThat(written.metric("accuracy").orElseThrow().spec().absTol()).isEqualTo(0.01);
    assertThat(written.test()).isEqualTo(ChurnModels.class.getName() + "#logistic()");
    assertThat(written.lineage().seed()).isEqualTo(42);
    List<Map<String, String>> entries = entries(results);
    assertThat(entries)
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("mltest.baseline.updated", baselineFile("logistic").toString())
                    .containsKey("mltest.baseline.diff.1"));
    assertThat(entries)
        .anySatisfy(
            e -> assertThat(e).containsEntry("mltest.outcome", "UPDATED (was NO_BASELINE)"));
    try (var files = Files.list(baselineFile("logistic").getParent())) {
      assertThat(files)
          .allSatisfy(f -> assertThat(f.getFileName().toString()).doesNotEndWith(".tmp"));
    }
  }

  @Test
  void theSameRunPassesEveryMetricWithReportEntries() {
    createBaselines();
    EngineExecutionResults results = run(false, selectClass(ChurnModels.class));
    results.testEvents().assertStatistics(s -> s.started(4).succeeded(4));
    assertThat(entries(results))
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("mltest.metric", "accuracy")
                    .containsEntry("mltest.outcome", "PASSED")
                    .containsEntry("mltest.delta", "+0.0")
                    .containsEntry("mltest.direction", "higher")
                    .containsKeys("mltest.baseline", "mltest.current", "mltest.tolerance"));
    assertThat(entries(results))
        .anySatisfy(
            e ->
                assertThat(e)
                    .containsEntry("mltest.seed", "42")
                    .containsKey("mltest.data.churn.csv"));
  }

  @Test
  void aRegressedMetricFailsAloneWithDeltaAndTolerance() {
    createBaselines();
    Baseline b = BaselineStore.read(baselineFile("logistic"));
    Map<String, BaselineMetric> metrics = new LinkedHashMap<>(b.metrics());
    BaselineMetric accuracy = metrics.get("accuracy");
    metrics.put("accuracy", new BaselineMetric(accuracy.value() + 0.05, accuracy.spec()));
    BaselineStore.write(
        baselineFile("logistic"), new Baseline(b.test(), b.updated(), metrics, b.lineage()));
    EngineExecutionResults results = run(false, selectMethod(ChurnModels.class, "logistic"));
    results.testEvents().assertStatistics(s -> s.started(3).succeeded(2).failed(1));
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test(),
                displayName("logistic() › accuracy"),
                finishedWithFailure(
                    instanceOf(AssertionFailedError.class),
                    message(
                        m ->
                            m.startsWith("REGRESSION: accuracy")
                                && m.contains("allowed -0.0100")))));
  }

  @Test
  void aChangedSeedMakesTheValuesNotComparable() {
    createBaselines();
    ChurnModels.seed = 7;
    EngineExecutionResults results = run(false, selectMethod(ChurnModels.class, "logistic"));
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            3,
            event(
                test(),
                finishedWithFailure(
                    instanceOf(NotComparableException.class),
                    message(m -> m.startsWith("NOT COMPARABLE:") && m.contains("seed 42 → 7")))));
  }

  @Test
  void aCorruptBaselineFailsTheMethodNamingFileAndLine() throws IOException {
    createBaselines();
    Files.writeString(
        baselineFile("logistic"), "{\n  \"metrics\": {\n    \"accuracy\": 0.8,,\n  }\n}\n");
    EngineExecutionResults results = run(false, selectMethod(ChurnModels.class, "logistic"));
    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                displayName("logistic()"),
                finishedWithFailure(
                    instanceOf(RegressionDefinitionException.class),
                    message(
                        m ->
                            m.contains(baselineFile("logistic") + ":3:")
                                && m.contains("not valid JSON")))));
  }

  @Test
  void selectingOneMetricByUniqueIdRunsOnlyThatMetric() {
    createBaselines();
    UniqueId auc =
        classId(ChurnModels.class).append("regression", "logistic()").append("metric", "auc");
    TestDescriptor engine = kit(false, selectUniqueId(auc)).discover().getEngineDescriptor();
    assertThat(engine.getDescendants())
        .extracting(TestDescriptor::getUniqueId)
        .containsExactlyInAnyOrder(classId(ChurnModels.class), auc.removeLastSegment(), auc);
    EngineExecutionResults results = run(false, selectUniqueId(auc));
    results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(test(), displayName("logistic() › auc"), finishedSuccessfully()));
  }

  @Test
  void everyDiscoveredUniqueIdSelectsExactlyItselfAndItsFamily() {
    createBaselines();
    TestDescriptor all =
        kit(false, selectClass(ChurnModels.class)).discover().getEngineDescriptor();
    for (TestDescriptor node : all.getDescendants()) {
      TestDescriptor engine =
          kit(false, selectUniqueId(node.getUniqueId())).discover().getEngineDescriptor();
      List<UniqueId> expected = new java.util.ArrayList<>();
      for (TestDescriptor d = node; d.getParent().isPresent(); d = d.getParent().get()) {
        expected.add(d.getUniqueId());
      }
      node.getDescendants().forEach(d -> expected.add(d.getUniqueId()));
      assertThat(engine.getDescendants())
          .as("selecting %s", node.getUniqueId())
          .extracting(TestDescriptor::getUniqueId)
          .containsExactlyInAnyOrderElementsOf(expected);
    }
  }

  @Test
  void badMetricNamesAndReturnTypesFailTheirOwnNodes() {
    EngineExecutionResults results = run(true, selectClass(BrokenModels.class));
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test(),
                displayName("typo() › acuracy"),
                finishedWithFailure(
                    message(
                        m -> m.contains("unknown metric 'acuracy'; did you mean 'accuracy'?")))))
        .haveExactly(
            1,
            event(
                test(),
                displayName("typo() › rmse"),
                finishedWithFailure(message(m -> m.contains("'rmse' is a regression metric")))))
        .haveExactly(1, event(test(), displayName("typo() › accuracy"), finishedSuccessfully()));
    results
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                displayName("wrongReturnType()"),
                finishedWithFailure(
                    message(
                        m ->
                            m.contains(
                                "must return a TrainingSpec (or a TrainingSpec.Builder), not java.lang.String")))));
  }

  @Test
  void aDatasetThatFailedItsSuiteAbortsTheRegressionTestsOnIt() throws IOException {
    createBaselines();
    Path suite =
        Files.writeString(
            data.resolve("churn.mltest.yaml"),
            "suite: churn\ndataset: churn.csv\nexpectations:\n  - expect: rowCount\n    min: 1000000\n");
    try {
      EngineExecutionResults results =
          run(false, selectMethod(ChurnModels.class, "logistic"), selectFile(suite.toFile()));
      results.testEvents().assertStatistics(s -> s.failed(1).aborted(3));
      results
          .testEvents()
          .assertThatEvents()
          .haveExactly(
              3,
              event(
                  test(),
                  abortedWithReason(
                      message(
                          m ->
                              m.startsWith("not training: the dataset")
                                  && m.contains("rowCount")))));
    } finally {
      Files.delete(suite);
    }
  }

  @Test
  void suitesRunBeforeRegressionTestsUnlessConfiguredOtherwise() throws IOException {
    Path suite =
        Files.writeString(
            data.resolve("order.mltest.yaml"),
            "suite: order\ndataset: churn.csv\nexpectations:\n  - expect: rowCount\n    min: 1\n");
    try {
      DiscoverySelector[] selectors = {selectClass(ChurnModels.class), selectFile(suite.toFile())};
      assertThat(kit(false, selectors).discover().getEngineDescriptor().getChildren())
          .extracting(d -> d.getUniqueId().getLastSegment().getType())
          .containsExactly("suite-file", "class");
      assertThat(
              kit(false, selectors)
                  .configurationParameter("mltest.execution.order", "discovery")
                  .discover()
                  .getEngineDescriptor()
                  .getChildren())
          .extracting(d -> d.getUniqueId().getLastSegment().getType())
          .containsExactly("class", "suite-file");
    } finally {
      Files.delete(suite);
    }
  }

  @Test
  void writesTheTrainedModelWithItsLineageWhenAsked() throws IOException {
    createBaselines();
    EngineExecutionResults results =
        kit(false, selectMethod(ChurnModels.class, "tree"))
            .configurationParameter("mltest.regression.model-output", "true")
            .execute();
    results.testEvents().assertStatistics(s -> s.succeeded(1));
    assertThat(results.allEvents().fileEntryPublished().count()).isEqualTo(2);
    try (var files = Files.walk(out)) {
      // The run's own reports (summary.md, results.json and the build's parts) sit in their
      // folder beside the model.
      List<Path> written =
          files
              .filter(Files::isRegularFile)
              .filter(p -> !p.startsWith(out.resolve("mltest")))
              .toList();
      assertThat(written)
          .extracting(p -> p.getFileName().toString())
          .containsExactlyInAnyOrder("model.tribuo", "model.json");
      Path json =
          written.stream().filter(p -> p.toString().endsWith(".json")).findFirst().orElseThrow();
      assertThat(BaselineStore.read(json).lineage().seed()).isEqualTo(42);
      Path model =
          written.stream().filter(p -> p.toString().endsWith(".tribuo")).findFirst().orElseThrow();
      assertThat(
              org.tribuo.Model.deserializeFromFile(model)
                  .getProvenance()
                  .getTrainerProvenance()
                  .getClassName())
          .endsWith("CARTClassificationTrainer");
    }
  }

  @Test
  void withoutMetricsOrBaselineTheMethodFailsUntilAnUpdateRecordsTheDefaults() {
    EngineExecutionResults first = run(false, selectMethod(BareModels.class, "bare"));
    first
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                displayName("bare()"),
                finishedWithFailure(
                    message(
                        m ->
                            m.startsWith("no metrics to compare: no baseline file")
                                && m.contains("-Dmltest.baseline.update=true")))));
    // The failing method is a test of its own: the run's summary counts and lists it.
    assertThat(summary()).contains("bare()").contains("no metrics to compare");
    run(true, selectMethod(BareModels.class, "bare"));
    Path file = roots.resolve("dev/mltest/engine/regression/BareModels.bare.baseline.json");
    assertThat(BaselineStore.read(file).metrics())
        .containsOnlyKeys("accuracy", "macroF1", "microF1", "macroPrecision", "macroRecall");
    EngineExecutionResults again = run(false, selectMethod(BareModels.class, "bare"));
    again.testEvents().assertStatistics(s -> s.started(5).succeeded(5));
  }

  @Test
  void anUpdateIsRefusedWhenAHardBoundIsViolated() {
    EngineExecutionResults results = run(true, selectMethod(BareModels.class, "bounded"));
    assertThat(roots.resolve("dev/mltest/engine/regression/BareModels.bounded.baseline.json"))
        .doesNotExist();
    assertThat(entries(results))
        .anySatisfy(e -> assertThat(e).containsKey("mltest.baseline.refused"));
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                test(),
                displayName("bounded() › accuracy"),
                finishedWithFailure(
                    instanceOf(AssertionFailedError.class),
                    message(m -> m.startsWith("BOUND: accuracy")))))
        .haveExactly(
            1,
            event(
                test(),
                displayName("bounded() › macroF1"),
                finishedWithFailure(instanceOf(MissingBaselineException.class))));
  }

  @Test
  void anImprovementPassesWithAWarning() {
    createBaselines();
    Baseline b = BaselineStore.read(baselineFile("logistic"));
    Map<String, BaselineMetric> metrics = new LinkedHashMap<>(b.metrics());
    BaselineMetric accuracy = metrics.get("accuracy");
    metrics.put("accuracy", new BaselineMetric(accuracy.value() - 0.05, accuracy.spec()));
    BaselineStore.write(
        baselineFile("logistic"), new Baseline(b.test(), b.updated(), metrics, b.lineage()));
    EngineExecutionResults results = run(false, selectMethod(ChurnModels.class, "logistic"));
    results.testEvents().assertStatistics(s -> s.started(3).succeeded(3));
    assertThat(entries(results))
        .anySatisfy(e -> assertThat(e).containsEntry("mltest.outcome", "IMPROVED"))
        .anySatisfy(
            e -> assertThat(e.getOrDefault("mltest.warning", "")).startsWith("IMPROVED: accuracy"));
  }

  private static List<Map<String, String>> entries(EngineExecutionResults results) {
    return results.allEvents().reportingEntryPublished().stream()
        .map(Event::getPayload)
        .map(
            p -> p.map(ReportEntry.class::cast).map(ReportEntry::getKeyValuePairs).orElse(Map.of()))
        .toList();
  }

  @SuppressWarnings("unused")
  private static ModelProvenance lineage(Baseline baseline) {
    return baseline.lineage();
  }
}
