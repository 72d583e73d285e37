package dev.mltest.expect;

import dev.mltest.data.BoundTable;
import dev.mltest.data.ColumnType;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.data.InMemoryTable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;

/** Runs expectations through the real evaluator on small datasets. */
final class Evaluations {
  private Evaluations() {}

  /** Evaluates one expectation against a dataset that must not be empty. */
  static ExpectationResult evaluate(Dataset dataset, String key, Map<String, ?> options) {
    return evaluate(dataset, false, ExpectationSpec.of(key, options)).get(0);
  }

  /** Evaluates one expectation, allowing an empty dataset. */
  static ExpectationResult evaluateAllowingEmpty(
      Dataset dataset, String key, Map<String, ?> options) {
    return evaluate(dataset, true, ExpectationSpec.of(key, options)).get(0);
  }

  /** Evaluates a suite in one pass. */
  static List<ExpectationResult> evaluate(
      Dataset dataset, boolean allowEmpty, ExpectationSpec... specs) {
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable table = backend.open(dataset)) {
      return Evaluator.evaluate(table, Arrays.asList(specs), allowEmpty);
    }
  }

  /** A one-column table holding the given values in order. */
  static InMemoryTable column(String name, ColumnType type, Object... values) {
    InMemoryTable.Builder builder = Dataset.table("t").column(name, type);
    for (Object v : values) {
      builder.row(v);
    }
    return builder.build();
  }

  /** A one-column table of {@code size} rows whose i-th value (0-based) is {@code value(i)}. */
  static InMemoryTable generated(
      String name, ColumnType type, int size, IntFunction<Object> value) {
    InMemoryTable.Builder builder = Dataset.table("t").column(name, type);
    for (int i = 0; i < size; i++) {
      builder.row(value.apply(i));
    }
    return builder.build();
  }

  /** A table with the columns of {@code template} and no rows. */
  static InMemoryTable emptyLike(InMemoryTable template) {
    InMemoryTable.Builder builder = Dataset.table("empty");
    template.columns().forEach(c -> builder.column(c.name(), c.type()));
    return builder.build();
  }
}
