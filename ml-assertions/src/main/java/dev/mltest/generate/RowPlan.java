package dev.mltest.generate;

import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * Which row counts a valid table can have: the {@code rowCount} bounds, whether an empty table is
 * valid, and what every column needs (a unique column with three valid values holds at most three
 * non-null rows; a {@code nullRatio} of 0.3 rules out some counts).
 */
final class RowPlan {
  private final String contract;
  private final long minRows;
  private final long maxRows;
  private final @Nullable String rowCountSource;
  private final boolean allowEmpty;
  private final List<ColumnGenerator> columns;

  RowPlan(
      String contract,
      long minRows,
      long maxRows,
      @Nullable String rowCountSource,
      boolean allowEmpty,
      List<ColumnGenerator> columns) {
    this.contract = contract;
    this.minRows = minRows;
    this.maxRows = maxRows;
    this.rowCountSource = rowCountSource;
    this.allowEmpty = allowEmpty;
    this.columns = List.copyOf(columns);
  }

  boolean admits(int rows) {
    return admitsCount(rows) && columns.stream().allMatch(c -> c.admits(rows));
  }

  /** Whether the row count itself is allowed, whatever the columns need. */
  boolean admitsCount(int rows) {
    return rows >= minRows && rows <= maxRows && (rows > 0 || allowEmpty);
  }

  /** The admitted row count nearest to {@code wanted} within {@code [low, high]}, if any. */
  OptionalInt nearest(int wanted, int low, int high) {
    low = (int) Math.max(low, Math.min(minRows, Integer.MAX_VALUE));
    high = (int) Math.min(high, maxRows);
    wanted = Math.max(low, Math.min(high, wanted));
    for (int d = 0; d <= high - low; d++) {
      if (wanted + d <= high && wanted + d >= low && admits(wanted + d)) {
        return OptionalInt.of(wanted + d);
      }
      if (wanted - d >= low && wanted - d <= high && admits(wanted - d)) {
        return OptionalInt.of(wanted - d);
      }
    }
    return OptionalInt.empty();
  }

  /**
   * Some admitted row count of at most {@code limit} rows.
   *
   * @throws ContractException explaining which expectations rule out every count
   */
  void requireSome(int limit) {
    if (nearest(Math.min(limit, 1), 0, limit).isPresent()) {
      return;
    }
    List<String> sources = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    if (minRows > limit) {
      sources.add(rowCountSource);
      reasons.add(
          "%s needs at least %d rows but tables have at most %d (raise 'rows')"
              .formatted(rowCountSource, minRows, limit));
    }
    for (ColumnGenerator c : columns) {
      boolean any = false;
      for (int n = (int) Math.max(minRows, allowEmpty ? 0 : 1);
          n <= Math.min(maxRows, limit);
          n++) {
        any |= c.admits(n);
      }
      if (!any) {
        reasons.add(
            "column '%s' admits no row count from %d to %d"
                .formatted(
                    c.name(), Math.max(minRows, allowEmpty ? 0 : 1), Math.min(maxRows, limit)));
        sources.add(c.name());
      }
    }
    if (reasons.isEmpty()) {
      reasons.add("the columns admit no common row count up to " + limit);
    }
    throw new ContractException(
        "contract '%s' is unsatisfiable for tables of at most %d rows: %s"
            .formatted(contract, limit, String.join("; ", reasons)),
        sources.stream().filter(s -> s != null).toList());
  }
}
