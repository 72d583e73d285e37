package dev.mltest.drift;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The dataset-level drift decision: drift when the share of drifted columns reaches the configured
 * share.
 *
 * @param columns every column's verdict, in input order
 * @param correction the multiple-testing correction applied to p-values
 * @param driftShare the share of drifted columns that means dataset drift
 * @param driftedColumns the number of drifted columns
 * @param shareOfDriftedColumns drifted columns / all columns
 * @param datasetDrift whether {@code shareOfDriftedColumns >= driftShare}
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record DatasetDriftResult(
    List<ColumnVerdict> columns,
    Correction correction,
    double driftShare,
    int driftedColumns,
    double shareOfDriftedColumns,
    boolean datasetDrift) {

  /** Copies the list. */
  public DatasetDriftResult {
    columns = List.copyOf(columns);
    requireNonNull(correction, "correction");
  }

  /**
   * Returns the number of columns judged.
   *
   * @return the column count
   */
  public int columnCount() {
    return columns.size();
  }
}
