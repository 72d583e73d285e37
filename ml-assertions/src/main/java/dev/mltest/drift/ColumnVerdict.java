package dev.mltest.drift;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A column's drift decision within a dataset, after any multiple-testing correction.
 *
 * @param result the column's own result
 * @param adjustedScore the corrected p-value, or the score itself for distances and when no
 *     correction is applied
 * @param drifted whether the column drifted: the adjusted score means drift at the column's
 *     threshold (with a material effect under the default rule), or its share of missing values
 *     changed
 * @param missingness the test of the shares of missing values, judged after the correction; null
 *     when the rule does not judge them or no value is missing on either side
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ColumnVerdict(
    ColumnDriftResult result,
    double adjustedScore,
    boolean drifted,
    @Nullable Missingness missingness) {
  /** Checks the result is present. */
  public ColumnVerdict {
    requireNonNull(result, "result");
  }

  /** A verdict on the column's values alone. */
  public ColumnVerdict(ColumnDriftResult result, double adjustedScore, boolean drifted) {
    this(result, adjustedScore, drifted, null);
  }

  /**
   * Says what was decided for the column within its dataset: {@link ColumnDriftResult#sentence()}
   * with the corrected p-value, the missing values and a note.
   *
   * @param note what a reader needs beside the score (see {@link DriftReport#notes()}), or null
   * @return the sentence
   */
  public String sentence(@Nullable String note) {
    return DriftSentences.column(judged(), this, note);
  }

  /**
   * Tells whether the share of missing values changed.
   *
   * @return true if the missingness test says drift
   */
  public boolean missingnessDrifted() {
    return missingness != null && missingness.drifted();
  }

  /**
   * The column's result with this verdict's decision, for reports that show one column at a time.
   *
   * @return the result, {@code drifted} replaced by the dataset-level decision
   */
  public ColumnDriftResult judged() {
    ColumnDriftResult r = result;
    if (r.drifted() == drifted) {
      return r;
    }
    return new ColumnDriftResult(
        r.column(),
        r.kind(),
        r.method(),
        r.scoreKind(),
        r.score(),
        r.statistic(),
        r.pValueComputation(),
        r.comparison(),
        r.threshold(),
        drifted,
        r.reference(),
        r.current(),
        r.ties(),
        r.binning(),
        r.newCategories(),
        r.effect(),
        r.newCategoryCount(),
        r.display(),
        r.approximation());
  }
}
