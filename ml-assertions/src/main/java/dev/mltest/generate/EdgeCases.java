package dev.mltest.generate;

import dev.mltest.data.InMemoryTable;
import dev.mltest.expect.ExpectationKind;
import dev.mltest.expect.ExpectationSpec;
import dev.mltest.expect.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;

/**
 * The tables tried before random ones, in order: the empty table, one row of simplest values,
 * special values, nulls wherever allowed, identical rows, constant numeric columns, the largest
 * table; then tables that each break one expectation. Each is made only if the contract allows it,
 * so valid edge cases satisfy the contract like any valid table.
 */
final class EdgeCases {
  private static final int SMALL = 5;

  private final TableGenerator generator;
  private final long seed;
  private final int maxRows;
  private final RowPlan rows;
  private final List<GeneratedTable> out = new ArrayList<>();
  private int index;

  EdgeCases(TableGenerator generator, long seed, int maxRows) {
    this.generator = generator;
    this.seed = seed;
    this.maxRows = maxRows;
    this.rows = generator.rows();
  }

  List<GeneratedTable> all(boolean validOnly) {
    if (rows.admits(0) && maxRows >= 0) {
      add("empty table", 0, c -> Emphasis.SIMPLEST, 0);
    }
    fitted(1)
        .ifPresent(
            n ->
                add(
                    n == 1 ? "one row of simplest values" : "fewest rows of simplest values",
                    n,
                    c -> Emphasis.SIMPLEST,
                    0));
    specials();
    fitted(Math.min(maxRows, SMALL))
        .ifPresent(n -> add("nulls wherever allowed", n, c -> Emphasis.NULLS, 0));
    boolean allConstant = generator.generators().stream().allMatch(ColumnGenerator::canBeConstant);
    if (allConstant) {
      fitted(Math.min(maxRows, SMALL))
          .filter(n -> n >= 2)
          .ifPresent(n -> add("all rows identical", n, c -> Emphasis.CONSTANT, 0));
    }
    for (ColumnGenerator column : generator.generators()) {
      if (column.type().isNumeric() && column.canBeConstant()) {
        String name = column.name();
        fitted(Math.min(maxRows, SMALL))
            .filter(n -> n >= 2)
            .ifPresent(
                n ->
                    add(
                        "constant column '" + name + "'",
                        n,
                        c -> c.equals(name) ? Emphasis.CONSTANT : Emphasis.RANDOM,
                        0));
      }
    }
    fitted(maxRows)
        .filter(n -> n > SMALL)
        .ifPresent(n -> add("largest table", n, c -> Emphasis.RANDOM, 0));
    if (!validOnly) {
      invalid();
    }
    return List.copyOf(out);
  }

  /** Every special value of every column, spread over as few tables as the row limit allows. */
  private void specials() {
    int most =
        generator.generators().stream().mapToInt(c -> c.domain().specials().size()).max().orElse(0);
    if (most == 0) {
      return;
    }
    Optional<Integer> n = fitted(Math.min(maxRows, most));
    if (n.isEmpty()) {
      return;
    }
    int size = n.get();
    int tables = (most + size - 1) / size;
    for (int t = 0; t < tables; t++) {
      add(
          tables == 1 ? "special values" : "special values #" + (t + 1),
          size,
          c -> Emphasis.SPECIALS,
          t * size);
    }
  }

  private void invalid() {
    if (!rows.admits(0) && emptyBreaksContract()) {
      InMemoryTable empty =
          generator
              .table(new Source(seed), 0, c -> Emphasis.SIMPLEST, 0)
              .toTable(generator.contract().name());
      out.add(new GeneratedTable(empty, "edge case: empty table", "allowEmpty"));
    }
    for (Breaker breaker : generator.breakers()) {
      generator
          .broken(new Source(seed + 31L * ++index), breaker, maxRows, Emphasis.SIMPLEST)
          .ifPresent(out::add);
    }
  }

  /**
   * Whether the evaluator fails an empty table: without {@code allowEmpty} every expectation that
   * judges data fails on no rows, except {@code rowCount}, which fails only if it needs rows.
   */
  private boolean emptyBreaksContract() {
    for (ExpectationSpec spec : generator.contract().expectations()) {
      String key = spec.type().key();
      if (spec.severity() != Severity.ERROR) {
        continue;
      }
      if (key.equals("rowCount")) {
        Object min = spec.parameters().get("min");
        if (min instanceof Number n && n.longValue() > 0) {
          return true;
        }
      } else if (spec.type().kind() != ExpectationKind.SCHEMA
          && !generator.contract().allowEmpty()) {
        return true;
      }
    }
    return false;
  }

  private Optional<Integer> fitted(int wanted) {
    OptionalInt n = rows.nearest(Math.max(wanted, 1), 1, Math.max(1, maxRows));
    return n.isPresent() ? Optional.of(n.getAsInt()) : Optional.empty();
  }

  private void add(String origin, int size, Function<String, Emphasis> emphasis, int offset) {
    Source source = new Source(seed + 31L * ++index);
    InMemoryTable table =
        generator.table(source, size, emphasis, offset).toTable(generator.contract().name());
    out.add(new GeneratedTable(table, "edge case: " + origin, null));
  }
}
