package dev.mltest.drift;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The outcome of one column of a drift comparison: a result, or why there is none. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public sealed interface ColumnOutcome {

  /** The column name. */
  String column();

  /** The column was compared. */
  record Compared(ColumnDriftResult result) implements ColumnOutcome {
    @Override
    public String column() {
      return result.column();
    }
  }

  /** The column could not be compared: missing on one side, types that differ, an empty side. */
  record Failed(String column, String reason) implements ColumnOutcome {}

  /**
   * The column was left out because of its role: a key, or near-unique text. Listing it in {@code
   * include} (or in {@code columns}) compares it anyway.
   *
   * @param column the column
   * @param reason why, in words, with how to force it in
   */
  record Excluded(String column, String reason) implements ColumnOutcome {}
}
