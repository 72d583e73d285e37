package dev.mltest.drift;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A column's drift decision within a dataset, after any multiple-testing correction.
 *
 * @param result the column's own result
 * @param adjustedScore the corrected p-value, or the score itself for distances and when no
 *     correction is applied
 * @param drifted whether the adjusted score means drift at the column's threshold
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ColumnVerdict(ColumnDriftResult result, double adjustedScore, boolean drifted) {
  /** Checks the result is present. */
  public ColumnVerdict {
    requireNonNull(result, "result");
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
        r.newCategoryCount());
  }
}
