package dev.mltest.regression;

import static dev.mltest.regression.RegressionAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mltest.data.Dataset;
import dev.mltest.lineage.ModelProvenance;
import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.classification.dtree.CARTClassificationTrainer;

class RegressionAssertionsTest {
  @TempDir static Path dir;
  static ModelEvaluation evaluation;
  static Baseline baseline;

  @BeforeAll
  static void train() throws IOException {
    Path churn = ChurnData.write(dir.resolve("churn.csv"), 5_000, 3);
    evaluation =
        SampleTraining.run(
            TrainingSpec.classification(new CARTClassificationTrainer(5))
                .data(Dataset.csv(churn))
                .label("churned")
                .exclude("customer_id", "spend")
                .sampleFraction(0.5)
                .stratified()
                .metric(MetricSpec.of("accuracy").absTol(0.01).relTol(0))
                .metrics("macroF1")
                .build());
    baseline =
        Baseline.of("t", evaluation, BaselineComparison.compare(evaluation, null).criteria());
  }

  private static Baseline withAccuracy(double value) {
    Map<String, BaselineMetric> metrics = new LinkedHashMap<>(baseline.metrics());
    metrics.put("accuracy", new BaselineMetric(value, metrics.get("accuracy").spec()));
    return new Baseline("t", "now", metrics, baseline.lineage());
  }

  @Test
  void theSameRunHasNoRegression() {
    assertThat(evaluation).comparedTo(baseline).hasNoRegression().isComparable().hasNoNewMetrics();
  }

  @Test
  void aHigherBaselineIsAReportedRegression() {
    double accuracy = evaluation.metric("accuracy").getAsDouble();
    assertThatThrownBy(
            () ->
                assertThat(evaluation).comparedTo(withAccuracy(accuracy + 0.05)).hasNoRegression())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("1 of 2 metrics failed")
        .hasMessageContaining("REGRESSION: accuracy");
  }

  @Test
  void aLowerBaselineIsAnImprovement() {
    double accuracy = evaluation.metric("accuracy").getAsDouble();
    Baseline lower = withAccuracy(accuracy - 0.05);
    assertThat(evaluation)
        .comparedTo(lower)
        .hasNoRegression()
        .hasOutcome("accuracy", MetricOutcome.Kind.IMPROVED);
    assertThatThrownBy(
            () -> assertThat(evaluation).comparedTo(lower).hasNoImprovementBeyondTolerance())
        .hasMessageContaining("IMPROVED: accuracy");
  }

  @Test
  void noBaselineFails() {
    assertThatThrownBy(() -> assertThat(evaluation).comparedTo(null).hasNoRegression())
        .hasMessageContaining("NO BASELINE: accuracy");
  }

  @Test
  void aBaselineFromAnotherProtocolIsNotComparableAndSaysItWouldHaveRegressed() {
    ModelProvenance old = baseline.lineage();
    ModelProvenance otherSeed =
        new ModelProvenance(old.run(), old.sample(), 7, old.trainer(), 1, 1);
    Baseline stale = new Baseline("t", "now", withAccuracy(0.99).metrics(), otherSeed);
    assertThatThrownBy(() -> assertThat(evaluation).comparedTo(stale).isComparable())
        .hasMessageContaining("seed 7 → 42");
    assertThatThrownBy(() -> assertThat(evaluation).comparedTo(stale).hasNoRegression())
        .hasMessageContaining("NOT COMPARABLE: accuracy")
        .hasMessageContaining("WOULD HAVE REGRESSED");
  }

  @Test
  void aMetricOnlyInTheBaselineIsMissing() {
    Map<String, BaselineMetric> metrics = new LinkedHashMap<>(baseline.metrics());
    metrics.put("logLoss", new BaselineMetric(0.4, MetricSpec.of("logLoss")));
    Baseline more = new Baseline("t", "now", metrics, baseline.lineage());
    assertThatThrownBy(() -> assertThat(evaluation).comparedTo(more).hasNoRegression())
        .hasMessageContaining(
            "MISSING: metric logLoss has no value: metric 'logLoss' was not requested");
  }
}
