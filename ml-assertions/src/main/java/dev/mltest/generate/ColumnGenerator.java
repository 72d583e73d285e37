package dev.mltest.generate;

import dev.mltest.data.ColumnType;
import dev.mltest.data.ComparisonOperator;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * Generates one column: the merged {@link Domain} of its values, how many nulls it may hold,
 * whether its values are distinct or how many distinct values it has, the values that must occur,
 * and, for a column compared with another, the per-row bound the other column sets.
 */
final class ColumnGenerator {
  private final String name;
  private final Domain domain;
  private final NullPlan nulls;
  private final boolean distinct;
  private final @Nullable Long distinctMin;
  private final @Nullable Long distinctMax;
  private final List<Object> required;
  private final List<Witness> witnesses;
  private final @Nullable Dependency dependency;

  ColumnGenerator(
      String name,
      Domain domain,
      NullPlan nulls,
      boolean distinct,
      @Nullable Long distinctMin,
      @Nullable Long distinctMax,
      List<Object> required,
      List<Witness> witnesses,
      @Nullable Dependency dependency) {
    this.name = name;
    this.domain = domain;
    this.nulls = nulls;
    this.distinct = distinct;
    this.distinctMin = distinctMin;
    this.distinctMax = distinctMax;
    this.required = List.copyOf(required);
    this.witnesses = List.copyOf(witnesses);
    this.dependency = dependency;
  }

  String name() {
    return name;
  }

  ColumnType type() {
    return domain.type();
  }

  Domain domain() {
    return domain;
  }

  NullPlan nulls() {
    return nulls;
  }

  boolean distinct() {
    return distinct;
  }

  @Nullable Dependency dependency() {
    return dependency;
  }

  /**
   * Whether the non-null values of a column meet what this generator guarantees beyond single
   * values: no repeats in a unique column, every required value, every witness, the distinct count.
   */
  boolean admitsValues(List<Object> values) {
    java.util.Set<ValueKey> distinctKeys = new java.util.HashSet<>();
    for (Object v : values) {
      if (!domain.contains(v) || (!distinctKeys.add(ValueKey.of(v)) && distinct)) {
        return false;
      }
    }
    for (Object r : required) {
      if (!distinctKeys.contains(ValueKey.of(r))) {
        return false;
      }
    }
    for (Witness w : witnesses) {
      if (values.stream().noneMatch(w.satisfied())) {
        return false;
      }
    }
    long d = distinctKeys.size();
    return (distinctMin == null || d >= distinctMin) && (distinctMax == null || d <= distinctMax);
  }

  /** Whether a row's value and its compared column's value meet the comparison. */
  boolean admitsPair(Object value, Object parentValue) {
    Dependency d = dependency;
    if (d.operator() == ComparisonOperator.EQ || d.operator() == ComparisonOperator.NE) {
      boolean equal = SetDomain.compare(value, parentValue) == 0;
      return d.operator() == ComparisonOperator.EQ ? equal : !equal;
    }
    int c = SetDomain.compare(value, parentValue);
    return switch (d.operator()) {
      case GE -> c >= 0;
      case GT -> c > 0;
      case LE -> c <= 0;
      default -> c < 0;
    };
  }

  /** Non-null values the column needs whatever else happens: listed values and witnesses. */
  int need() {
    return required.size() + witnesses.size();
  }

  /** Whether one value can fill the whole column. */
  boolean canBeConstant() {
    if (dependency != null) {
      return true;
    }
    return !distinct
        && (distinctMin == null || distinctMin <= 1)
        && (distinctMax == null || distinctMax >= 1)
        && required.size() + witnesses.size() <= 1
        && constantValue().isPresent();
  }

  /** Whether {@code nullCount} nulls among {@code rows} rows can be valid. */
  boolean admits(int rows, int nullCount) {
    if (!nulls.admits(rows, nullCount)) {
      return false;
    }
    int values = rows - nullCount;
    if (values < need()) {
      return false;
    }
    if (distinct && values > domain.size()) {
      return false;
    }
    if (distinct && (distinctMin != null || distinctMax != null)) {
      return (distinctMin == null || values >= distinctMin)
          && (distinctMax == null || values <= distinctMax);
    }
    if (distinctMin == null && distinctMax == null) {
      return true;
    }
    if (values == 0) {
      return distinctMin == null || distinctMin <= 0;
    }
    return distinctLow(values) <= distinctHigh(values);
  }

  /** Whether some share of nulls makes {@code rows} rows valid. */
  boolean admits(int rows) {
    for (int k = 0; k <= rows; k++) {
      if (admits(rows, k)) {
        return true;
      }
    }
    return false;
  }

  private long distinctLow(int values) {
    return Math.max(Math.max(distinctMin == null ? 1 : distinctMin, 1), need());
  }

  private long distinctHigh(int values) {
    return Math.min(Math.min(distinctMax == null ? values : distinctMax, values), domain.size());
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
    if (dependency != null && parent != null) {
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
      if (admits(rows, k)) {
        admitted.add(k);
      }
    }
    if (admitted.isEmpty()) {
      throw new IllegalStateException("no valid null count for " + rows + " rows of " + name);
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
    Domain row = parentValue == null ? domain : perRow(parentValue, source);
    if (row == null) {
      return parentValue;
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
    Dependency d = dependency;
    Domain.Bound at = new Domain.Bound(parentValue, false);
    Domain.Bound beyond = new Domain.Bound(parentValue, true);
    Optional<Domain> row =
        switch (d.operator()) {
          case GE -> domain.restrict(at, null);
          case GT -> domain.restrict(beyond, null);
          case LE -> domain.restrict(null, at);
          case LT -> domain.restrict(null, beyond);
          case EQ -> Optional.empty();
          case NE -> Optional.of(domain.excluding(java.util.Set.of(ValueKey.of(parentValue))));
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
      out = new ArrayList<>(required);
      int free = count - out.size();
      for (int i = 0; i < free; i++) {
        out.add(seeds.isEmpty() ? domain.draw(source) : seeds.get(i % seeds.size()));
      }
      ensureWitnesses(source, out, required.size(), emphasis);
    }
    if (emphasis == Emphasis.RANDOM || emphasis == Emphasis.NULLS) {
      source.shuffle(out);
    }
    return out;
  }

  private List<Object> seeds(Emphasis emphasis, int offset) {
    return switch (emphasis) {
      case SIMPLEST ->
          List.of(witnesses.isEmpty() ? domain.simplest() : witnesses.get(0).domain().simplest());
      case CONSTANT -> constantValue().map(List::of).orElse(List.of(domain.simplest()));
      case SPECIALS -> {
        List<Object> specials = new ArrayList<>(domain.specials());
        if (!specials.isEmpty()) {
          java.util.Collections.rotate(specials, -(offset % specials.size()));
        }
        yield specials;
      }
      default -> List.of();
    };
  }

  private Optional<Object> constantValue() {
    if (required.size() == 1) {
      Object v = required.get(0);
      return witnesses.stream().allMatch(w -> w.satisfied().test(v))
          ? Optional.of(v)
          : Optional.empty();
    }
    if (required.size() > 1 || witnesses.size() > 1) {
      return Optional.empty();
    }
    return Optional.of(
        witnesses.isEmpty() ? domain.simplest() : witnesses.get(0).domain().simplest());
  }

  private int distinctTarget(Source source, int count, Emphasis emphasis, int seeds) {
    if (distinct) {
      return count;
    }
    if (distinctMin == null && distinctMax == null) {
      return -1;
    }
    int low = (int) distinctLow(count);
    int high = (int) distinctHigh(count);
    return switch (emphasis) {
      case RANDOM, NULLS -> source.between(low, high);
      case SPECIALS -> Math.max(low, Math.min(high, seeds));
      default -> low;
    };
  }

  private List<Object> fromPool(
      Source source, int count, int target, List<Object> seeds, Emphasis emphasis) {
    Map<ValueKey, Object> pool = new LinkedHashMap<>();
    required.forEach(v -> pool.putIfAbsent(ValueKey.of(v), v));
    for (Witness w : witnesses) {
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
      Object v = distinctDraw(source, domain, pool, Emphasis.RANDOM);
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
        throw new IllegalStateException("column " + name + " ran out of distinct values");
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
        "column '%s': could not draw %d distinct values".formatted(name, taken.size() + 1),
        List.of());
  }

  private void ensureWitnesses(Source source, List<Object> values, int fixed, Emphasis emphasis) {
    int slot = fixed;
    for (Witness w : witnesses) {
      if (values.stream().anyMatch(w.satisfied())) {
        continue;
      }
      Object v = emphasis == Emphasis.RANDOM ? w.domain().draw(source) : w.domain().simplest();
      values.set(slot++, v);
    }
  }

  /**
   * How many nulls a column may hold.
   *
   * @param never whether nulls are forbidden
   * @param minRatio the smallest null share, if bounded
   * @param maxRatio the largest null share, if bounded
   * @param maxCount the most nulls in any table
   */
  record NullPlan(
      boolean never, @Nullable Double minRatio, @Nullable Double maxRatio, int maxCount) {
    boolean admits(int rows, int nullCount) {
      if (nullCount > 0 && (never || nullCount > maxCount)) {
        return false;
      }
      if (minRatio == null && maxRatio == null) {
        return true;
      }
      if (rows == 0) {
        // The share of nulls in no rows is undefined, which fails the ratio check.
        return false;
      }
      double share = (double) nullCount / rows;
      return (minRatio == null || share >= minRatio) && (maxRatio == null || share <= maxRatio);
    }

    NullPlan atMost(int count) {
      return new NullPlan(never, minRatio, maxRatio, Math.min(maxCount, count));
    }
  }

  /**
   * A value the column must contain, e.g. one at or below {@code b} for {@code minBetween(a, b)}.
   *
   * @param domain the values that satisfy it
   * @param satisfied whether a value satisfies it
   * @param source the expectation's name
   */
  record Witness(Domain domain, Predicate<Object> satisfied, String source) {}

  /**
   * {@code column operator parent} in every row where both are non-null.
   *
   * @param parent the column compared with, generated first
   * @param operator the comparison, with this column on the left
   * @param source the expectation's name
   */
  record Dependency(String parent, ComparisonOperator operator, String source) {}
}
