package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Whether an evaluation is worth keeping as a baseline. A baseline no better than chance makes
 * every later comparison meaningless, so writing one is refused (the engine's {@code
 * mltest.baseline.force=true} overrides): an AUC at most 0.5, an accuracy at most the share of the
 * most frequent class among the evaluation rows (what always predicting that class scores), or a
 * NaN or infinite metric.
 *
 * <pre>{@code
 * List<String> problems = BaselineQuality.problems(evaluation);
 * if (problems.isEmpty()) BaselineStore.write(path, Baseline.of(test, evaluation, criteria));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BaselineQuality {
  private BaselineQuality() {}

  /** What makes the evaluation a useless baseline; empty if nothing does. */
  public static List<String> problems(ModelEvaluation evaluation) {
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, Double> e : evaluation.metrics().entrySet()) {
      if (!Double.isFinite(e.getValue())) {
        problems.add("%s is %s".formatted(e.getKey(), e.getValue()));
      }
    }
    Double auc = evaluation.metrics().get("auc");
    if (auc != null && auc <= 0.5) {
      problems.add("auc %s is no better than chance (≤ 0.5)".formatted(MetricFormat.value(auc)));
    }
    Double accuracy = evaluation.metrics().get("accuracy");
    if (accuracy != null && !evaluation.rows().isEmpty()) {
      double majority = RowMetrics.of(evaluation.rows()).majorityRate();
      if (accuracy <= majority) {
        problems.add(
            "accuracy %s is no better than always predicting the most frequent class (%s)"
                .formatted(MetricFormat.value(accuracy), MetricFormat.value(majority)));
      }
    }
    return problems;
  }
}
