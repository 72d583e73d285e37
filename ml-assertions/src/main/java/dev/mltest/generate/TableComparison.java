package dev.mltest.generate;

import dev.mltest.data.Column;
import dev.mltest.data.InMemoryTable;
import dev.mltest.text.Formats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Compares tables cell by cell, numbers within a tolerance, NaN equal to NaN. */
final class TableComparison {
  private TableComparison() {}

  /** The first difference between two tables, described, or empty if they are equal. */
  static Optional<String> difference(
      InMemoryTable expected, InMemoryTable actual, double tolerance) {
    List<String> a = expected.columns().stream().map(Column::name).toList();
    List<String> b = actual.columns().stream().map(Column::name).toList();
    if (!a.equals(b)) {
      return Optional.of("columns differ: expected %s but were %s".formatted(a, b));
    }
    return rowsDifference(expected.rows(), actual.rows(), a, tolerance);
  }

  static Optional<String> rowsDifference(
      List<List<@Nullable Object>> expected,
      List<List<@Nullable Object>> actual,
      List<String> columns,
      double tolerance) {
    if (expected.size() != actual.size()) {
      return Optional.of(
          "row counts differ: expected %d but were %d".formatted(expected.size(), actual.size()));
    }
    for (int i = 0; i < expected.size(); i++) {
      for (int j = 0; j < columns.size(); j++) {
        Object x = expected.get(i).get(j);
        Object y = actual.get(i).get(j);
        if (!same(x, y, tolerance)) {
          return Optional.of(
              "row %d, column '%s': expected %s but was %s"
                  .formatted(i + 1, columns.get(j), Formats.value(x), Formats.value(y)));
        }
      }
    }
    return Optional.empty();
  }

  static boolean same(@Nullable Object x, @Nullable Object y, double tolerance) {
    if (x instanceof Number a
        && y instanceof Number b
        && (x instanceof Double || y instanceof Double)) {
      double p = a.doubleValue();
      double q = b.doubleValue();
      if (Double.isNaN(p) || Double.isNaN(q)) {
        return Double.isNaN(p) && Double.isNaN(q);
      }
      if (Double.isInfinite(p) || Double.isInfinite(q)) {
        return p == q;
      }
      return Math.abs(p - q) <= tolerance * Math.max(1, Math.max(Math.abs(p), Math.abs(q)));
    }
    return Objects.equals(x, y);
  }

  /** The rows in a canonical order, so that tables can be compared as multisets of rows. */
  static List<List<@Nullable Object>> sorted(List<List<@Nullable Object>> rows) {
    List<List<@Nullable Object>> out = new ArrayList<>(rows);
    out.sort(TableComparison::compareRows);
    return out;
  }

  private static int compareRows(List<@Nullable Object> a, List<@Nullable Object> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = CELLS.compare(a.get(i), b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }

  private static final Comparator<@Nullable Object> CELLS =
      (x, y) -> {
        if (x == null || y == null) {
          return x == null ? (y == null ? 0 : -1) : 1;
        }
        if (x instanceof Number p && y instanceof Number q) {
          return Double.compare(p.doubleValue(), q.doubleValue());
        }
        return x.toString().compareTo(y.toString());
      };
}
