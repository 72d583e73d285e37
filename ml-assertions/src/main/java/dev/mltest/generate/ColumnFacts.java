package dev.mltest.generate;

import dev.mltest.data.ColumnType;
import dev.mltest.data.ValueFormat;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Everything a contract says about one column, as written and with the expectation each statement
 * comes from, before the statements are merged into one generator.
 */
final class ColumnFacts {
  final String name;
  @Nullable ColumnType type;
  @Nullable String typeSource;
  final List<ColumnType> typeHints = new ArrayList<>();
  final List<Limit> lower = new ArrayList<>();
  final List<Limit> upper = new ArrayList<>();

  /** Some non-null value must lie at or below each of these (from {@code minBetween}). */
  final List<Limit> someAtMost = new ArrayList<>();

  /** Some non-null value must lie at or above each of these (from {@code maxBetween}). */
  final List<Limit> someAtLeast = new ArrayList<>();

  final List<Listed> allowed = new ArrayList<>();
  final List<Listed> forbidden = new ArrayList<>();
  final List<Listed> required = new ArrayList<>();
  final List<Limit> minLength = new ArrayList<>();
  final List<Limit> maxLength = new ArrayList<>();
  final List<Named<String>> regexes = new ArrayList<>();
  final List<Named<FormatSpec>> formats = new ArrayList<>();
  final Set<String> notNull = new LinkedHashSet<>();
  @Nullable Limit nullRatioMin;
  @Nullable Limit nullRatioMax;
  @Nullable String nullRatioSource;
  final Set<String> unique = new LinkedHashSet<>();
  @Nullable Long distinctMin;
  @Nullable Long distinctMax;
  @Nullable String distinctCountSource;

  ColumnFacts(String name) {
    this.name = name;
  }

  /** The type; {@link TypeInference#apply} gives every column one before generators are built. */
  ColumnType knownType() {
    return Objects.requireNonNull(type, () -> "column '" + name + "' has no type yet");
  }

  /** The entry of a column the contract names: every such column has one in the builder's maps. */
  static <V> V forColumn(Map<String, V> byColumn, String column) {
    return Objects.requireNonNull(byColumn.get(column), () -> "no entry for column " + column);
  }

  /** The names of every expectation that says something about this column, in order. */
  List<String> sources() {
    Set<String> all = new LinkedHashSet<>();
    if (typeSource != null) {
      all.add(typeSource);
    }
    for (List<Limit> limits :
        List.of(lower, upper, someAtMost, someAtLeast, minLength, maxLength)) {
      limits.forEach(l -> all.add(l.source()));
    }
    for (List<Listed> lists : List.of(allowed, forbidden, required)) {
      lists.forEach(l -> all.add(l.source()));
    }
    regexes.forEach(r -> all.add(r.source()));
    formats.forEach(f -> all.add(f.source()));
    all.addAll(notNull);
    if (nullRatioSource != null) {
      all.add(nullRatioSource);
    }
    all.addAll(unique);
    if (distinctCountSource != null) {
      all.add(distinctCountSource);
    }
    return List.copyOf(all);
  }

  /**
   * A bound as written.
   *
   * @param value a number, or a date or timestamp as written
   * @param strict whether the bound itself is excluded
   * @param source the expectation's name
   */
  record Limit(Object value, boolean strict, String source) {}

  /**
   * A list of values as written.
   *
   * @param values the values
   * @param source the expectation's name
   */
  record Listed(List<Object> values, String source) {}

  /**
   * Any statement with the expectation it comes from.
   *
   * @param value the statement
   * @param source the expectation's name
   */
  record Named<T>(T value, String source) {}

  /**
   * A {@code format} expectation.
   *
   * @param format the format
   * @param pattern the strftime pattern of {@code datePattern}, else null
   */
  record FormatSpec(ValueFormat format, @Nullable String pattern) {}
}
