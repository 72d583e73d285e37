package dev.mltest.regression;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation rows of one run, each with its truth and the model's prediction: what the metrics
 * were computed from, for your own analyses and for comparing two models on the same rows.
 *
 * <pre>{@code
 * ModelEvaluation evaluation = SampleTraining.run(spec);
 * for (EvaluationRows.Row row : evaluation.rows().rows()) {
 *   if (!row.truth().equals(row.predicted())) { ... }   // the misclassified rows
 * }
 * }</pre>
 *
 * @param task classification or regression
 * @param positiveLabel the positive class whose score {@link Row#positiveScore} holds (binary
 *     classification with probabilities), else {@code null}
 * @param rows one per evaluation row, in row-number order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record EvaluationRows(ModelTask task, @Nullable String positiveLabel, List<Row> rows) {

  public EvaluationRows {
    requireNonNull(task, "task");
    rows = List.copyOf(rows);
  }

  /** No rows (a hand-made evaluation, or one read from a file without them). */
  public static EvaluationRows none(ModelTask task) {
    return new EvaluationRows(task, null, List.of());
  }

  /** The number of rows. */
  public int size() {
    return rows.size();
  }

  /** Whether there are no rows. */
  public boolean isEmpty() {
    return rows.isEmpty();
  }

  /**
   * Recomputes a metric on these rows, e.g. on a subset or with corrected truths ({@code accuracy},
   * micro and macro F1/precision/recall, per-class {@code f1[c]}/{@code precision[c]}/{@code
   * recall[c]}, {@code balancedErrorRate}, {@code auc}, {@code logLoss}, {@code brierScore}; {@code
   * rmse}, {@code mae}, {@code r2}); equal to the run's reported value on the run's rows.
   *
   * @throws IllegalArgumentException if the metric cannot be recomputed from these rows
   */
  public double metric(String name) {
    RowMetrics metrics = RowMetrics.of(this);
    metrics
        .unsupported(name)
        .ifPresent(
            why -> {
              throw new IllegalArgumentException(name + ": " + why);
            });
    return metrics.value(name, metrics.all());
  }

  /** These rows with each truth replaced where {@code truths} has the row's key. */
  public EvaluationRows withTruths(Map<String, String> truths) {
    List<Row> replaced =
        rows.stream()
            .map(
                r -> {
                  String truth = truths.getOrDefault(r.key(), r.truth());
                  double truthScore = r.truthScore();
                  if (!truth.equals(r.truth()) && positiveLabel != null) {
                    truthScore =
                        truth.equals(positiveLabel) ? r.positiveScore() : 1 - r.positiveScore();
                  }
                  return new Row(r.key(), truth, r.predicted(), r.positiveScore(), truthScore);
                })
            .toList();
    return new EvaluationRows(task, positiveLabel, replaced);
  }

  /** The index of each key's first row. */
  Map<String, Integer> indexByKey() {
    Map<String, Integer> index = new HashMap<>();
    for (int i = 0; i < rows.size(); i++) {
      index.putIfAbsent(rows.get(i).key(), i);
    }
    return index;
  }

  /**
   * One evaluation row.
   *
   * @param key the row's identity: its row number in the data file (from 0), or its row-key
   *     column's value when the spec names one ({@link TrainingSpec.Builder#rowKey})
   * @param truth the label (a class, or a number as text for regression)
   * @param predicted the model's prediction, in the same form
   * @param positiveScore the predicted probability of the positive class; NaN if there is none
   * @param truthScore the predicted probability of the true class (what log loss uses); NaN if the
   *     model gives no probabilities
   */
  public record Row(
      String key, String truth, String predicted, double positiveScore, double truthScore) {
    public Row {
      requireNonNull(key, "key");
      requireNonNull(truth, "truth");
      requireNonNull(predicted, "predicted");
    }
  }
}
