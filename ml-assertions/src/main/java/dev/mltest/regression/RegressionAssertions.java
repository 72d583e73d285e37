package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * AssertJ entry points for sample-training regression tests, usable from JUnit Jupiter.
 *
 * <pre>{@code
 * ModelEvaluation evaluation = SampleTraining.run(spec);
 * assertThat(evaluation).hasMetricAtLeast("accuracy", 0.7);
 * assertThat(evaluation).comparedTo(BaselineStore.read(path)).hasNoRegression();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RegressionAssertions {
  private RegressionAssertions() {}

  /** Assertions on an evaluation's metrics, and the way to compare it with a baseline. */
  public static ModelEvaluationAssert assertThat(ModelEvaluation actual) {
    return new ModelEvaluationAssert(actual);
  }

  /** Assertions on a finished comparison. */
  public static ComparisonReportAssert assertThat(ComparisonReport actual) {
    return new ComparisonReportAssert(actual);
  }
}
