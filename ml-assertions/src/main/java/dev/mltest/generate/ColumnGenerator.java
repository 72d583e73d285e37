package dev.mltest.generate;

import dev.mltest.data.ColumnType;
import dev.mltest.data.ComparisonOperator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
    Dependency d = Objects.requireNonNull(dependency, "only a compared column has a parent");
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

  long distinctLow(int values) {
    return Math.max(Math.max(distinctMin == null ? 1 : distinctMin, 1), need());
  }

  long distinctHigh(int values) {
    return Math.min(Math.min(distinctMax == null ? values : distinctMax, values), domain.size());
  }

  Optional<Object> constantValue() {
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

  /** Whether a {@code distinctCount} bounds the number of distinct values. */
  boolean hasDistinctCount() {
    return distinctMin != null || distinctMax != null;
  }

  List<Object> required() {
    return required;
  }

  List<Witness> witnesses() {
    return witnesses;
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
    return new ColumnFill(this).fill(source, rows, emphasis, offset, parent);
  }
}
