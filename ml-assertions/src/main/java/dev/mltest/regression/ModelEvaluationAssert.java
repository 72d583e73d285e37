package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/** Assertions on a {@link ModelEvaluation}; obtain one from {@link RegressionAssertions}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ModelEvaluationAssert
    extends AbstractAssert<ModelEvaluationAssert, ModelEvaluation> {

  ModelEvaluationAssert(ModelEvaluation actual) {
    super(actual, ModelEvaluationAssert.class);
  }

  /** Asserts that the metric was computed. */
  public ModelEvaluationAssert hasMetric(String name) {
    isNotNull();
    if (actual.metric(name).isEmpty()) {
      failWithMessage(
          "Expected metric %s to have a value, but it has none: %s",
          name, actual.whyUnavailable(name).orElse("?"));
    }
    return this;
  }

  /** Asserts that the metric was computed and is at least {@code min}. */
  public ModelEvaluationAssert hasMetricAtLeast(String name, double min) {
    hasMetric(name);
    double value = actual.metric(name).getAsDouble();
    if (!(value >= min)) {
      failWithMessage("Expected metric %s to be at least %s, but it is %s", name, min, value);
    }
    return this;
  }

  /** Asserts that the metric was computed and is at most {@code max}. */
  public ModelEvaluationAssert hasMetricAtMost(String name, double max) {
    hasMetric(name);
    double value = actual.metric(name).getAsDouble();
    if (!(value <= max)) {
      failWithMessage("Expected metric %s to be at most %s, but it is %s", name, max, value);
    }
    return this;
  }

  /**
   * Compares every metric with a baseline and continues with assertions on the comparison.
   *
   * @param baseline the baseline, or {@code null} if there is none (every metric then fails {@link
   *     ComparisonReportAssert#hasNoRegression()} with {@code NO BASELINE})
   */
  public ComparisonReportAssert comparedTo(@Nullable Baseline baseline) {
    isNotNull();
    return new ComparisonReportAssert(BaselineComparison.compare(actual, baseline));
  }
}
