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
}
