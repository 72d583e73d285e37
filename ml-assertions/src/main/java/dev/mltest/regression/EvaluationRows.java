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
