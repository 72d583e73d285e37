package dev.mltest.generate;

import dev.mltest.data.Column;
import dev.mltest.data.Dataset;
import dev.mltest.data.InMemoryTable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/** Preprocessing steps with the bugs the issue names, planted on purpose. */
final class PlantedBugs {
  private PlantedBugs() {}

  /**
   * Mean target encoding with integer arithmetic: an unseen category has a count of zero, and the
   * division throws.
   */
  static final class CategoryMeanEncoder {
    private final Map<String, Long> sums = new HashMap<>();
    private final Map<String, Long> counts = new HashMap<>();

    CategoryMeanEncoder(Map<String, List<Long>> history) {
      history.forEach(
          (category, targets) -> {
            sums.put(category, targets.stream().mapToLong(Long::longValue).sum());
            counts.put(category, (long) targets.size());
          });
    }

    long encode(String category) {
      return sums.getOrDefault(category, 0L) / counts.getOrDefault(category, 0L);
    }

    void encodeAll(InMemoryTable table, String column) {
      int i = index(table, column);
      for (List<@Nullable Object> row : table.rows()) {
        if (row.get(i) != null) {
          encode((String) row.get(i));
        }
      }
    }
  }

  /** Centres a column on its first value: crashes on an empty table. */
  static InMemoryTable centreOnFirst(InMemoryTable table, String column) {
    int i = index(table, column);
    double first = ((Number) table.rows().get(0).get(i)).doubleValue();
    return mapColumn(table, i, v -> v - first);
  }

  /** Min-max scaling without a guard: a constant column gives 0/0 = NaN. */
  static InMemoryTable minMaxScale(InMemoryTable table, String column) {
    int i = index(table, column);
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (List<@Nullable Object> row : table.rows()) {
      if (row.get(i) != null) {
        double v = ((Number) row.get(i)).doubleValue();
        min = Math.min(min, v);
        max = Math.max(max, v);
      }
    }
    double low = min;
    double range = max - min;
    return mapColumn(table, i, v -> (v - low) / range);
  }

  static int index(InMemoryTable table, String column) {
    List<String> names = table.columns().stream().map(Column::name).toList();
    return names.indexOf(column);
  }

  static InMemoryTable mapColumn(
      InMemoryTable table, int column, java.util.function.DoubleUnaryOperator f) {
    InMemoryTable.Builder out = Dataset.table(table.name());
    table.columns().forEach(c -> out.column(c.name(), c.type()));
    for (List<@Nullable Object> row : table.rows()) {
      Object[] values = row.toArray();
      if (values[column] != null) {
        values[column] = f.applyAsDouble(((Number) values[column]).doubleValue());
      }
      out.row(values);
    }
    return out.build();
  }
}
