package dev.mltest.generate;

import dev.mltest.data.ComparisonOperator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Draws the values of one column for one table: how many nulls and where, then the values (required
 * values and witnesses first, a pool of distinct values when the column is unique or has a distinct
 * count, the edge case's preferred values), or, for a compared column, one value per row within the
 * bound its partner's value sets.
 */
final class ColumnFill {
  private final ColumnGenerator column;

  ColumnFill(ColumnGenerator column) {
    this.column = column;
  }

  /**
   * The column's values for {@code rows} rows.
   *
   * @param parent the values of the column this one is compared with, row by row, if any
   * @param offset where {@link Emphasis#SPECIALS} starts in the list of special values
   */
  List<@Nullable Object> fill(
      Source source,
      int rows,
      Emphasis emphasis,
      int offset,
      @Nullable List<@Nullable Object> parent) {
    int nullCount = nullCount(source, rows, emphasis);
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < rows; i++) {
      positions.add(i);
    }
    if (emphasis == Emphasis.RANDOM || emphasis == Emphasis.NULLS) {
      source.shuffle(positions);
    } else {
      // Edge cases put their values first and nulls last, so that one-row cuts keep the values.
      java.util.Collections.reverse(positions);
    }
    List<@Nullable Object> out = new ArrayList<>(java.util.Collections.nCopies(rows, null));
    List<Integer> valued = positions.subList(nullCount, rows);
    valued.sort(null);
    if (column.dependency() != null && parent != null) {
      for (int i : valued) {
        out.set(i, dependent(source, emphasis, parent.get(i), i + offset));
      }
      return out;
    }
    List<Object> values = values(source, valued.size(), emphasis, offset);
    for (int j = 0; j < valued.size(); j++) {
      out.set(valued.get(j), values.get(j));
    }
    return out;
  }

  private int nullCount(Source source, int rows, Emphasis emphasis) {
    List<Integer> admitted = new ArrayList<>();
    for (int k = 0; k <= rows; k++) {
      if (column.admits(rows, k)) {
        admitted.add(k);
      }
    }
    if (admitted.isEmpty()) {
      throw new IllegalStateException(
          "no valid null count for " + rows + " rows of " + column.name());
    }
    int first = admitted.get(0);
    int last = admitted.get(admitted.size() - 1);
    if (emphasis == Emphasis.NULLS) {
      return last;
    }
    if (emphasis != Emphasis.RANDOM) {
      return first;
    }
    double r = source.unit();
    if (r < 0.5) {
      return first;
    }
    if (r < 0.9) {
      List<Integer> few = admitted.stream().filter(k -> k <= Math.max(1, rows / 4)).toList();
      return few.isEmpty() ? first : source.pick(few);
    }
    return source.pick(admitted);
  }

  private Object dependent(
      Source source, Emphasis emphasis, @Nullable Object parentValue, int index) {
    Domain row = parentValue == null ? column.domain() : perRow(parentValue, source);
    if (row == null) {
      // perRow answers null only for a parent value, which this value then equals.
      return Objects.requireNonNull(parentValue);
    }
    return switch (emphasis) {
      case SIMPLEST, CONSTANT -> row.simplest();
      case SPECIALS -> {
        List<Object> specials = row.specials();
        yield specials.isEmpty() ? row.simplest() : specials.get(index % specials.size());
      }
      default -> row.draw(source);
    };
  }

  /** The values this row may take given the compared column's value; null for "that value". */
  private @Nullable Domain perRow(Object parentValue, Source source) {
    Dependency d =
        Objects.requireNonNull(column.dependency(), "only a compared column has a parent");
    Domain.Bound at = new Domain.Bound(parentValue, false);
    Domain.Bound beyond = new Domain.Bound(parentValue, true);
    Optional<Domain> row =
        switch (d.operator()) {
          case GE -> column.domain().restrict(at, null);
          case GT -> column.domain().restrict(beyond, null);
          case LE -> column.domain().restrict(null, at);
          case LT -> column.domain().restrict(null, beyond);
          case EQ -> Optional.empty();
          case NE ->
              Optional.of(column.domain().excluding(java.util.Set.of(ValueKey.of(parentValue))));
        };
    if (d.operator() == ComparisonOperator.EQ || row.isEmpty()) {
      // Equality, or an infinite compared value that only itself can match.
      return null;
    }
    return row.get();
  }

  private List<Object> values(Source source, int count, Emphasis emphasis, int offset) {
    if (count == 0) {
      return new ArrayList<>();
    }
    List<Object> seeds = seeds(emphasis, offset);
    int target = distinctTarget(source, count, emphasis, seeds.size());
    List<Object> out;
    if (target >= 0) {
      out = fromPool(source, count, target, seeds, emphasis);
    } else {
      out = new ArrayList<>(column.required());
      int free = count - out.size();
      for (int i = 0; i < free; i++) {
        out.add(seeds.isEmpty() ? column.domain().draw(source) : seeds.get(i % seeds.size()));
      }
      ensureWitnesses(source, out, column.required().size(), emphasis);
    }
    if (emphasis == Emphasis.RANDOM || emphasis == Emphasis.NULLS) {
      source.shuffle(out);
    }
    return out;
  }

  private List<Object> seeds(Emphasis emphasis, int offset) {
    return switch (emphasis) {
      case SIMPLEST ->
          List.of(
              column.witnesses().isEmpty()
                  ? column.domain().simplest()
                  : column.witnesses().get(0).domain().simplest());
      case CONSTANT ->
          column.constantValue().map(List::of).orElse(List.of(column.domain().simplest()));
      case SPECIALS -> {
        List<Object> specials = new ArrayList<>(column.domain().specials());
        if (!specials.isEmpty()) {
          java.util.Collections.rotate(specials, -(offset % specials.size()));
        }
        yield specials;
      }
      default -> List.of();
    };
  }

  private int distinctTarget(Source source, int count, Emphasis emphasis, int seeds) {
    if (column.distinct()) {
      return count;
    }
    if (!column.hasDistinctCount()) {
      return -1;
    }
    int low = (int) column.distinctLow(count);
    int high = (int) column.distinctHigh(count);
    return switch (emphasis) {
      case RANDOM, NULLS -> source.between(low, high);
      case SPECIALS -> Math.max(low, Math.min(high, seeds));
      default -> low;
    };
  }

  private List<Object> fromPool(
      Source source, int count, int target, List<Object> seeds, Emphasis emphasis) {
    Map<ValueKey, Object> pool = new LinkedHashMap<>();
    column.required().forEach(v -> pool.putIfAbsent(ValueKey.of(v), v));
    for (Witness w : column.witnesses()) {
      if (pool.values().stream().noneMatch(w.satisfied())) {
        Object v = distinctDraw(source, w.domain(), pool, emphasis);
        pool.put(ValueKey.of(v), v);
      }
    }
    for (Object seed : seeds) {
      if (pool.size() >= target) {
        break;
      }
      pool.putIfAbsent(ValueKey.of(seed), seed);
    }
    while (pool.size() < target) {
      Object v = distinctDraw(source, column.domain(), pool, Emphasis.RANDOM);
      pool.put(ValueKey.of(v), v);
    }
    List<Object> distinctValues = new ArrayList<>(pool.values());
    List<Object> out = new ArrayList<>(distinctValues);
    for (int i = distinctValues.size(); i < count; i++) {
      out.add(emphasis == Emphasis.RANDOM ? source.pick(distinctValues) : distinctValues.get(0));
    }
    return out;
  }

  private Object distinctDraw(
      Source source, Domain from, Map<ValueKey, Object> taken, Emphasis emphasis) {
    if (emphasis != Emphasis.RANDOM && !taken.containsKey(ValueKey.of(from.simplest()))) {
      return from.simplest();
    }
    Optional<List<Object>> all = from.enumerate(Math.max(1000, 4 * taken.size()));
    if (all.isPresent()) {
      List<Object> left =
          all.get().stream().filter(v -> !taken.containsKey(ValueKey.of(v))).toList();
      if (left.isEmpty()) {
        throw new IllegalStateException(
            "column " + column.name() + " ran out of column.distinct() values");
      }
      return source.pick(left);
    }
    for (int attempt = 0; attempt < 10_000; attempt++) {
      Object v = from.draw(source);
      if (!taken.containsKey(ValueKey.of(v))) {
        return v;
      }
    }
    throw new ContractException(
        "column '%s': could not draw %d column.distinct() values"
            .formatted(column.name(), taken.size() + 1),
        List.of());
  }

  private void ensureWitnesses(Source source, List<Object> values, int fixed, Emphasis emphasis) {
    int slot = fixed;
    for (Witness w : column.witnesses()) {
      if (values.stream().anyMatch(w.satisfied())) {
        continue;
      }
      Object v = emphasis == Emphasis.RANDOM ? w.domain().draw(source) : w.domain().simplest();
      values.set(slot++, v);
    }
  }
}
