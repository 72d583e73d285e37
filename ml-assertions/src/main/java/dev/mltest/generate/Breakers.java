package dev.mltest.generate;

import dev.mltest.data.ColumnType;
import dev.mltest.expect.Counts;
import dev.mltest.expect.ExpectationSpec;
import dev.mltest.expect.Parameters;
import dev.mltest.expect.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The ways to break each expectation of a contract: a null where none is allowed, a value just
 * outside a bound, a category the contract does not list, a string that does not match, a
 * duplicated key, too few rows, a dropped column... Warnings are not broken: they do not fail a
 * test. Per-row expectations with {@code mostly} get enough offending rows to fail.
 */
final class Breakers {
  private final RowBreakers rows;
  private final TableBreakers tables;

  private Breakers(Map<String, ColumnGenerator> columns) {
    this.rows = new RowBreakers(columns);
    this.tables = new TableBreakers(columns);
  }

  static List<Breaker> of(List<ExpectationSpec> specs, Map<String, ColumnGenerator> columns) {
    Breakers breakers = new Breakers(columns);
    List<Breaker> out = new ArrayList<>();
    for (ExpectationSpec spec : specs) {
      if (spec.severity() == Severity.ERROR) {
        breakers.breaker(spec).ifPresent(out::add);
      }
    }
    return out;
  }

  private Optional<Breaker> breaker(ExpectationSpec spec) {
    Parameters p = spec.parameters();
    double mostly = spec.requiredShare();
    String name = spec.name();
    if (mostly <= 0) {
      return Optional.empty();
    }
    return switch (spec.type().key()) {
      case "notNull" ->
          Optional.of(
              new Breaker(
                  name,
                  "nulls where none are allowed",
                  1,
                  (s, t) -> rows.nulls(s, t, column(p), mostly)));
      case "between" -> rows.between(spec, mostly);
      case "inSet" ->
          rows.unseen(name, column(p), values(p), mostly, "a category the contract does not list");
      case "notInSet" -> rows.forbidden(name, column(p), values(p), mostly);
      case "lengthBetween" -> rows.length(name, p, mostly);
      case "matchesRegex" -> rows.regex(name, p, mostly);
      case "format" -> rows.format(name, p, mostly);
      case "compareColumns" -> rows.compare(name, p, mostly);
      case "unique" ->
          Optional.of(
              new Breaker(
                  name,
                  "a duplicated key",
                  2,
                  (s, t) -> tables.duplicateKey(s, t, strings(p, "columns"), mostly)));
      case "primaryKey" ->
          Optional.of(
              new Breaker(
                  name,
                  "a null key",
                  1,
                  (s, t) -> TableBreakers.nullKey(t, strings(p, "columns"))));
      case "duplicateRows" -> tables.duplicateRows(name, p);
      case "rowCount" -> tables.rowCount(name, p);
      case "nullRatio" -> tables.nullRatio(name, p);
      case "distinctCount" -> tables.distinctCount(name, p);
      case "distinctValues" ->
          "superset".equals(p.get("mode"))
              ? tables.missingValue(name, p)
              : rows.unseen(name, column(p), values(p), 1.0, "a value outside the listed set");
      case "minBetween" -> tables.extreme(name, p, true);
      case "maxBetween" -> tables.extreme(name, p, false);
      case "columnType" ->
          Optional.of(
              new Breaker(
                  name,
                  "a column of another type",
                  0,
                  (s, t) -> TableBreakers.retype(t, column(p))));
      case "columns" -> {
        List<String> names = strings(p, "names");
        yield Optional.of(
            new Breaker(
                name,
                "a missing column",
                0,
                (s, t) -> TableBreakers.drop(t, names.get(names.size() - 1))));
      }
      case "columnExists" ->
          Optional.of(
              new Breaker(name, "a missing column", 0, (s, t) -> TableBreakers.drop(t, column(p))));
      default -> Optional.empty();
    };
  }

  /** Whether {@code bad} offending values of {@code judged} fail {@code mostly}. */
  static boolean fails(long judged, long bad, double mostly) {
    return !new Counts(judged, 0, bad).meets(mostly);
  }

  static List<Integer> shuffled(Source s, int size) {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      rows.add(i);
    }
    s.shuffle(rows);
    return rows;
  }

  /** A value of the type that is not in the list: the category nobody wrote a test for. */
  static Optional<Object> unlisted(ColumnType type, List<Object> listed) {
    List<ValueKey> keys = new ArrayList<>();
    List<Object> converted = new ArrayList<>();
    for (Object v : listed) {
      TypeInference.convert(v, type)
          .ifPresent(
              c -> {
                keys.add(ValueKey.of(c));
                converted.add(c);
              });
    }
    List<Object> candidates = new ArrayList<>();
    switch (type) {
      case STRING -> {
        candidates.add("UNSEEN");
        for (int i = 2; i < 100; i++) {
          candidates.add("UNSEEN" + i);
        }
      }
      case INTEGER -> {
        long max = converted.stream().mapToLong(v -> (Long) v).max().orElse(0);
        candidates.add(max == Long.MAX_VALUE ? Long.MIN_VALUE : max + 1);
      }
      case DECIMAL ->
          candidates.add(converted.stream().mapToDouble(v -> (Double) v).max().orElse(0) + 0.5);
      case BOOLEAN -> candidates.addAll(List.of(false, true));
      case DATE ->
          candidates.add(
              converted.stream()
                  .map(v -> (java.time.LocalDate) v)
                  .max(java.util.Comparator.naturalOrder())
                  .orElse(java.time.LocalDate.of(2000, 1, 1))
                  .plusDays(1));
      case TIMESTAMP ->
          candidates.add(
              converted.stream()
                  .map(v -> (java.time.LocalDateTime) v)
                  .max(java.util.Comparator.naturalOrder())
                  .orElse(java.time.LocalDateTime.of(2000, 1, 1, 0, 0))
                  .plusSeconds(1));
      default -> {
        // No other type is generated.
      }
    }
    return candidates.stream().filter(v -> !keys.contains(ValueKey.of(v))).findFirst();
  }

  /** The {@code column} parameter, which every per-column expectation type requires. */
  static String column(Parameters p) {
    return (String) p.require("column");
  }

  @SuppressWarnings("unchecked")
  static List<Object> values(Parameters p) {
    return (List<Object>) p.require("values");
  }

  @SuppressWarnings("unchecked")
  static List<String> strings(Parameters p, String name) {
    return (List<String>) p.require(name);
  }
}
