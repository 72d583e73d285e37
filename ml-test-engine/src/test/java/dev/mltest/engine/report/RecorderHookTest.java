package dev.mltest.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.report.CheckKind;
import dev.mltest.report.MarkdownSummary;
import dev.mltest.report.MetricRecord;
import dev.mltest.report.Outcome;
import dev.mltest.report.PropertyRecord;
import dev.mltest.report.ReportedTest;
import dev.mltest.report.RunReport;
import dev.mltest.report.SummaryOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.opentest4j.AssertionFailedError;

/**
 * The recording hook as regression and property tests will use it: nodes of their own kinds record
 * a {@link MetricRecord} or a {@link PropertyRecord} and report how they finished.
 */
class RecorderHookTest {
  private static final UniqueId ENGINE = UniqueId.forEngine("ml-test");

  @TempDir Path dir;

  private final NodeReports nodes = new NodeReports(name -> null);

  @Test
  void metricsOfARegressionTestBecomeTheMetricDeltaTable() throws IOException {
    Path train = Files.writeString(dir.resolve("train.csv"), "a,b\n1,2\n");
    EngineDescriptor engine = new EngineDescriptor(ENGINE, "MLTest");
    TestDescriptor method =
        node(engine, "class", "com.acme.ChurnModelTest", TestDescriptor.Type.CONTAINER);
    TestDescriptor training = node(method, "regression", "gbm()", TestDescriptor.Type.CONTAINER);
    TestDescriptor f1 = node(training, "metric", "f1", TestDescriptor.Type.TEST);
    TestDescriptor auc = node(training, "metric", "auc", TestDescriptor.Type.TEST);

    nodes.record(
        f1,
        MetricRecord.of(
                "f1",
                0.812,
                0.781,
                0.0162,
                MetricRecord.Direction.HIGHER_IS_BETTER,
                MetricRecord.Status.REGRESSION,
                "REGRESSION: f1 0.812 -> 0.781")
            .withRun(42L, 5_000L, List.of(train)));
    nodes.finished(f1, TestExecutionResult.failed(new AssertionFailedError("REGRESSION: f1")));
    nodes.record(
        auc,
        MetricRecord.of(
            "auc",
            0.90,
            0.95,
            0.018,
            MetricRecord.Direction.HIGHER_IS_BETTER,
            MetricRecord.Status.IMPROVED,
            "IMPROVED: auc"));
    nodes.finished(auc, TestExecutionResult.successful());

    RunReport report = nodes.report(engine, Instant.EPOCH);
    assertThat(report.tests()).extracting(ReportedTest::name).containsExactly("f1", "auc");
    ReportedTest f1Test = report.tests().get(0);
    assertThat(f1Test.kind()).isEqualTo(CheckKind.REGRESSION);
    assertThat(f1Test.outcome()).isEqualTo(Outcome.FAILED);
    assertThat(f1Test.feature()).isEqualTo("com.acme.ChurnModelTest");
    assertThat(f1Test.story()).isEqualTo("f1");
    assertThat(f1Test.parameters())
        .containsEntry("dataset", train.toString())
        .containsEntry("seed", "42")
        .containsEntry("sample size", "5,000 rows")
        .containsKey("dataset SHA-256");
    assertThat(report.tests().get(1).outcome()).isEqualTo(Outcome.IMPROVED);
    assertThat(report.lineage().datasets()).hasSize(1);

    String markdown = MarkdownSummary.render(report, SummaryOptions.defaults());
    assertThat(markdown)
        .containsSubsequence(
            "#### Model regression",
            "**com.acme.ChurnModelTest.gbm()**",
            "| ❌ | f1 | 0.8120 | 0.7810 | -0.0310 | -3.82% |  | -0.0162 | ↑ |",
            "| 🔼 | auc | 0.9000 | 0.9500 | +0.0500 | +5.56% |  | -0.0180 | ↑ |");
  }

  @Test
  void aDatasetThatCannotBeHashedIsSaidInTheLineageNotLeftOut() {
    Path gone = dir.resolve("deleted-after-training.csv");
    EngineDescriptor engine = new EngineDescriptor(ENGINE, "MLTest");
    TestDescriptor method =
        node(engine, "class", "com.acme.ChurnModelTest", TestDescriptor.Type.CONTAINER);
    TestDescriptor training = node(method, "regression", "gbm()", TestDescriptor.Type.CONTAINER);
    TestDescriptor auc = node(training, "metric", "auc", TestDescriptor.Type.TEST);

    nodes.record(
        auc,
        MetricRecord.of(
                "auc",
                0.90,
                0.90,
                0.018,
                MetricRecord.Direction.HIGHER_IS_BETTER,
                MetricRecord.Status.OK,
                "OK: auc")
            .withRun(7L, 100L, List.of(gone)));
    nodes.finished(auc, TestExecutionResult.successful());

    ReportedTest test = nodes.report(engine, Instant.EPOCH).tests().get(0);
    assertThat(test.parameters().get("dataset SHA-256"))
        .startsWith("not computed: ")
        .contains("deleted-after-training.csv");
  }

  @Test
  void aPropertyTestAndATestThatBrokeBeforeRecording() {
    EngineDescriptor engine = new EngineDescriptor(ENGINE, "MLTest");
    TestDescriptor property = node(engine, "property", "trimKeepsRows()", TestDescriptor.Type.TEST);
    TestDescriptor broken = node(engine, "metric", "rmse", TestDescriptor.Type.TEST);
    nodes.record(
        property,
        new PropertyRecord(
            "trimKeepsRows",
            Outcome.FAILED,
            100,
            7L,
            "name\n\" a \"\n",
            "name\n\" \"\n",
            "lost a row"));
    nodes.finished(property, TestExecutionResult.failed(new AssertionFailedError("lost a row")));
    nodes.finished(
        broken, TestExecutionResult.failed(new IllegalStateException("training failed")));

    RunReport report = nodes.report(engine, Instant.EPOCH);
    assertThat(report.tests().get(0).kind()).isEqualTo(CheckKind.PROPERTY);
    assertThat(report.tests().get(0).parameters())
        .containsEntry("seed", "7")
        .containsEntry("sample size", "100 tries");
    ReportedTest rmse = report.tests().get(1);
    assertThat(rmse.kind()).isEqualTo(CheckKind.REGRESSION);
    assertThat(rmse.outcome()).isEqualTo(Outcome.BROKEN);
    assertThat(rmse.message()).isEqualTo("training failed");
    assertThat(rmse.record()).isNull();
    assertThat(MarkdownSummary.render(report, SummaryOptions.defaults()))
        .contains("#### Failed properties")
        .contains("```csv\nname\n\" \"\n```");
  }

  @Test
  void theKindOfANodeThatRecordedNothingComesFromItsUniqueId() {
    assertThat(
            NodeFacts.kindFromSegments(
                ENGINE.append("suite", "a.mltest.yaml").append("expectation", "x")))
        .isEqualTo(CheckKind.EXPECTATION);
    assertThat(
            NodeFacts.kindFromSegments(
                ENGINE.append("suite", "a").append("drift", "drift").append("column", "c")))
        .isEqualTo(CheckKind.DRIFT);
    assertThat(NodeFacts.kindFromSegments(ENGINE.append("class", "C").append("regression", "m()")))
        .isEqualTo(CheckKind.REGRESSION);
    assertThat(NodeFacts.kindFromSegments(ENGINE.append("class", "C").append("property", "p()")))
        .isEqualTo(CheckKind.PROPERTY);
  }

  @Test
  void settingsComeFromParametersAndTheEnvironment() {
    Map<String, String> env =
        Map.of(
            "GITHUB_STEP_SUMMARY", dir.resolve("step.md").toString(),
            "GITHUB_SERVER_URL", "https://github.com",
            "GITHUB_REPOSITORY", "acme/churn",
            "GITHUB_RUN_ID", "42");
    ReportSettings settings = ReportSettings.from(parameters(Map.of()), env::get);
    assertThat(settings.stepSummary()).isEqualTo(dir.resolve("step.md"));
    assertThat(settings.summary().allureReport())
        .isEqualTo("https://github.com/acme/churn/actions/runs/42");
    ReportSettings bad =
        ReportSettings.from(
            parameters(Map.of("mltest.report.max-chars", "12", "mltest.report.step-summary", "no")),
            env::get);
    assertThat(bad.summary().maxChars()).isEqualTo(65_000);
    assertThat(bad.stepSummary()).isEqualTo(dir.resolve("step.md"));
  }

  @Test
  void theStepSummaryIsAppendedTo() throws IOException {
    Path step = Files.writeString(dir.resolve("step.md"), "# earlier step\n");
    EngineDescriptor engine = new EngineDescriptor(ENGINE, "MLTest");
    RunReport report = nodes.report(engine, Instant.EPOCH);
    ReportFiles.write(dir.resolve("out"), report, SummaryOptions.defaults(), step, null);
    assertThat(Files.readString(step))
        .startsWith("# earlier step\n<!-- mltest-report id=mltest -->")
        .isEqualTo("# earlier step\n" + Files.readString(dir.resolve("out/summary.md")) + "\n");
  }

  /** Configuration parameters holding exactly these values. */
  static ConfigurationParameters parameters(Map<String, String> values) {
    return new ConfigurationParameters() {
      @Override
      public Optional<String> get(String key) {
        return Optional.ofNullable(values.get(key));
      }

      @Override
      public Optional<Boolean> getBoolean(String key) {
        return get(key).map(Boolean::parseBoolean);
      }

      @Override
      public Set<String> keySet() {
        return values.keySet();
      }
    };
  }

  private static TestDescriptor node(
      TestDescriptor parent, String segment, String value, TestDescriptor.Type type) {
    TestSource source = segment.equals("class") ? ClassSource.from(value) : null;
    TestDescriptor node =
        new AbstractTestDescriptor(parent.getUniqueId().append(segment, value), value, source) {
          @Override
          public Type getType() {
            return type;
          }
        };
    parent.addChild(node);
    return node;
  }
}
