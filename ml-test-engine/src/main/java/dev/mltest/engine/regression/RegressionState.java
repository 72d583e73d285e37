package dev.mltest.engine.regression;

import dev.mltest.regression.ComparisonReport;
import dev.mltest.regression.ModelEvaluation;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** What a regression method's container leaves for its metric tests to judge. */
sealed interface RegressionState {

  /**
   * The model was trained, evaluated and compared.
   *
   * @param evaluation the evaluation
   * @param report each metric's outcome
   * @param invalidNames metric names that cannot be computed for this model, with why
   * @param updated whether the baseline was just rewritten from this run
   * @param updateRefused why an update was requested but not done, if so
   */
  record Judged(
      ModelEvaluation evaluation,
      ComparisonReport report,
      Map<String, String> invalidNames,
      boolean updated,
      @Nullable String updateRefused)
      implements RegressionState {
    public Judged {
      invalidNames = Map.copyOf(invalidNames);
    }
  }

  /**
   * The test did not run because its data failed its expectations.
   *
   * @param reason the data's failures
   */
  record Aborted(String reason) implements RegressionState {}
}
