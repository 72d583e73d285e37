package dev.mltest.generate;

import dev.mltest.data.ColumnType;
import dev.mltest.data.ComparisonOperator;
import dev.mltest.data.ValueFormat;
import dev.mltest.expect.ExpectationSpec;
import dev.mltest.expect.Parameters;
import dev.mltest.expect.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The ways to break each expectation of a contract: a null where none is allowed, a value just
 * outside a bound, a category the contract does not list, a string that does not match, a
 * duplicated key, too few rows, a dropped column... Warnings are not broken: they do not fail a
 * test. Per-row expectations with {@code mostly} get enough offending rows to fail.
 */
final class Breakers {
  private final Map<String, ColumnGenerator> columns;

  private Breakers(Map<String, ColumnGenerator> columns) {
    this.columns = columns;
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
    double mostly = spec.mostly() == null ? 1.0 : spec.mostly();
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
                  (s, t) -> nulls(s, t, (String) p.get("column"), mostly)));
      case "between" -> between(spec, mostly);
      case "inSet" ->
          unseen(
              name,
              (String) p.get("column"),
              values(p),
              mostly,
              "a category the contract does not list");
      case "notInSet" -> forbidden(name, (String) p.get("column"), values(p), mostly);
      case "lengthBetween" -> length(name, p, mostly);
      case "matchesRegex" -> regex(name, p, mostly);
      case "format" -> format(name, p, mostly);
      case "compareColumns" -> compare(name, p, mostly);
      case "unique" ->
          Optional.of(
              new Breaker(
                  name,
                  "a duplicated key",
                  2,
                  (s, t) -> duplicateKey(s, t, strings(p, "columns"), mostly)));
      case "primaryKey" ->
          Optional.of(
              new Breaker(name, "a null key", 1, (s, t) -> nullKey(t, strings(p, "columns"))));
      case "duplicateRows" -> duplicateRows(name, p);
      case "rowCount" -> rowCount(name, p);
      case "nullRatio" -> nullRatio(name, p);
      case "distinctCount" -> distinctCount(name, p);
      case "distinctValues" -> distinctValues(name, p);
      case "minBetween" -> extreme(name, p, true);
      case "maxBetween" -> extreme(name, p, false);
      case "columnType" ->
          Optional.of(
              new Breaker(
                  name,
                  "a column of another type",
                  0,
                  (s, t) -> retype(t, (String) p.get("column"))));
      case "columns" -> {
        List<String> names = strings(p, "names");
        yield Optional.of(
            new Breaker(
                name, "a missing column", 0, (s, t) -> drop(t, names.get(names.size() - 1))));
      }
      case "columnExists" ->
          Optional.of(
              new Breaker(
                  name, "a missing column", 0, (s, t) -> drop(t, (String) p.get("column"))));
      default -> Optional.empty();
    };
  }

  /** Whether {@code bad} offending values of {@code judged} fail {@code mostly}. */
  private static boolean fails(long judged, long bad, double mostly) {
    return judged > 0 && judged - bad < mostly * judged - 1e-9;
  }

  /** Puts offending values into random rows until the expectation fails. */
  private static boolean offend(
      Source s,
      TableDraft t,
      String column,
      double mostly,
      Function<Source, Optional<Object>> bad) {
    if (t.size() == 0 || !t.names().contains(column)) {
      return false;
    }
    List<Integer> rows = shuffled(s, t.size());
    long judged = rows.stream().filter(i -> t.get(i, column) != null).count();
    long offending = 0;
    for (int i : rows) {
      if (fails(judged, offending, mostly)) {
        break;
      }
      Optional<Object> value = bad.apply(s);
      if (value.isEmpty()) {
        return false;
      }
      if (t.get(i, column) == null) {
        judged++;
      }
      t.set(i, column, value.get());
      offending++;
    }
    return fails(judged, offending, mostly);
  }

  private static List<Integer> shuffled(Source s, int size) {
    List<Integer> rows = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      rows.add(i);
    }
    s.shuffle(rows);
    return rows;
  }

  private static boolean nulls(Source s, TableDraft t, String column, double mostly) {
    long nullCount = 0;
    for (int i : shuffled(s, t.size())) {
      if (fails(t.size(), nullCount, mostly)) {
        break;
      }
      if (t.get(i, column) != null) {
        t.set(i, column, null);
      }
      nullCount++;
    }
    return fails(t.size(), nullCount, mostly);
  }

  private Optional<Breaker> between(ExpectationSpec spec, double mostly) {
    Parameters p = spec.parameters();
    String column = (String) p.get("column");
    ColumnType type = columns.get(column).type();
    List<Object> outside = new ArrayList<>();
    if (p.get("min") != null) {
      Outside.below(type, p.get("min"), Boolean.TRUE.equals(p.get("strictMin")))
          .ifPresent(outside::add);
    }
    if (p.get("max") != null) {
      Outside.above(type, p.get("max"), Boolean.TRUE.equals(p.get("strictMax")))
          .ifPresent(outside::add);
    }
    if (outside.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Breaker(
            spec.name(),
            "values just outside the bounds",
            1,
            (s, t) -> offend(s, t, column, mostly, r -> Optional.of(r.pick(outside)))));
  }

  private Optional<Breaker> unseen(
      String name, String column, List<Object> listed, double mostly, String how) {
    ColumnGenerator c = columns.get(column);
    Optional<Object> value = unlisted(c.type(), listed);
    return value.map(
        v ->
            new Breaker(
                name,
                how + " (" + dev.mltest.expect.Formats.value(v) + ")",
                1,
                (s, t) -> offend(s, t, column, mostly, r -> Optional.of(v))));
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

  private Optional<Breaker> forbidden(
      String name, String column, List<Object> listed, double mostly) {
    ColumnType type = columns.get(column).type();
    List<Object> values = new ArrayList<>();
    listed.forEach(v -> TypeInference.convert(v, type).ifPresent(values::add));
    if (values.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Breaker(
            name,
            "a forbidden value",
            1,
            (s, t) -> offend(s, t, column, mostly, r -> Optional.of(r.pick(values)))));
  }

  private Optional<Breaker> length(String name, Parameters p, double mostly) {
    String column = (String) p.get("column");
    if (columns.get(column).type() != ColumnType.STRING) {
      return Optional.empty();
    }
    Object min = p.get("min");
    Object max = p.get("max");
    String value;
    if (min != null && ((Number) min).longValue() > 0) {
      value = "x".repeat((int) ((Number) min).longValue() - 1);
    } else if (max != null && ((Number) max).longValue() < 100_000) {
      value = "x".repeat((int) ((Number) max).longValue() + 1);
    } else {
      return Optional.empty();
    }
    return Optional.of(
        new Breaker(
            name,
            "a string of length " + value.length(),
            1,
            (s, t) -> offend(s, t, column, mostly, r -> Optional.of(value))));
  }

  private Optional<Breaker> regex(String name, Parameters p, double mostly) {
    String column = (String) p.get("column");
    if (columns.get(column).type() != ColumnType.STRING) {
      return Optional.empty();
    }
    TextSource.RegexText regex;
    try {
      regex = new TextSource.RegexText((String) p.get("regex"));
    } catch (RuntimeException e) {
      return Optional.empty();
    }
    return Optional.of(
        new Breaker(
            name,
            "a string that does not match",
            1,
            (s, t) ->
                offend(s, t, column, mostly, r -> regex.drawNonMatching(r).map(v -> (Object) v))));
  }

  private Optional<Breaker> format(String name, Parameters p, double mostly) {
    String column = (String) p.get("column");
    if (columns.get(column).type() != ColumnType.STRING) {
      return Optional.empty();
    }
    ValueFormat format = ValueFormat.fromKey((String) p.get("format")).orElseThrow();
    String pattern = p.get("pattern") == null ? "" : (String) p.get("pattern");
    TextSource.FormatText text;
    try {
      text = new TextSource.FormatText(format, pattern, name);
    } catch (ContractException e) {
      return Optional.empty();
    }
    Optional<Object> bad =
        List.<Object>of("?", "not a value", "").stream()
            .filter(v -> !text.accepts((String) v))
            .findFirst();
    return bad.map(
        v ->
            new Breaker(
                name,
                "a value that is not " + format.key(),
                1,
                (s, t) -> offend(s, t, column, mostly, r -> Optional.of(v))));
  }

  private Optional<Breaker> compare(String name, Parameters p, double mostly) {
    String left = (String) p.get("left");
    String right = (String) p.get("right");
    ComparisonOperator op = ComparisonOperator.parse((String) p.get("operator")).orElseThrow();
    ColumnGenerator l = columns.get(left);
    ColumnGenerator r = columns.get(right);
    return Optional.of(
        new Breaker(
            name,
            "rows where %s %s %s does not hold".formatted(left, op.symbol(), right),
            1,
            (s, t) -> {
              long judged = 0;
              for (int i = 0; i < t.size(); i++) {
                judged += t.get(i, left) != null && t.get(i, right) != null ? 1 : 0;
              }
              long offending = 0;
              for (int i : shuffled(s, t.size())) {
                if (fails(judged, offending, mostly)) {
                  break;
                }
                boolean wasJudged = t.get(i, left) != null && t.get(i, right) != null;
                Object rv = t.get(i, right) != null ? t.get(i, right) : r.domain().simplest();
                Optional<Object> lv = violating(l, op, rv, r.type());
                if (lv.isEmpty()) {
                  continue;
                }
                t.set(i, right, rv);
                t.set(i, left, lv.get());
                judged += wasJudged ? 0 : 1;
                offending++;
              }
              return fails(judged, offending, mostly);
            }));
  }

  /** A left value for which {@code left op right} is false. */
  private static Optional<Object> violating(
      ColumnGenerator left, ComparisonOperator op, Object right, ColumnType rightType) {
    ColumnType type = left.type();
    if (right instanceof Double d && (d.isNaN() || d.isInfinite())) {
      return Optional.empty();
    }
    return switch (op) {
      case GE -> Outside.below(type, right, false);
      case GT -> Outside.below(type, right, true);
      case LE -> Outside.above(type, right, false);
      case LT -> Outside.above(type, right, true);
      case EQ -> Outside.above(type, right, false);
      case NE ->
          TypeInference.convert(right, type)
              .filter(
                  v ->
                      ValueKey.of(TypeInference.convert(v, rightType).orElse(null))
                          .equals(ValueKey.of(right)));
    };
  }

  private boolean duplicateKey(Source s, TableDraft t, List<String> key, double mostly) {
    if (t.size() < 2) {
      return false;
    }
    for (String c : key) {
      if (t.get(0, c) == null) {
        t.set(0, c, columns.get(c).domain().simplest());
      }
    }
    // With mostly, every row shares the key; without, one copy is enough.
    int copies = mostly >= 1 ? 1 : t.size() - 1;
    for (int i = 1; i <= copies; i++) {
      for (String c : key) {
        t.set(i, c, t.get(0, c));
      }
    }
    return true;
  }

  private static boolean nullKey(TableDraft t, List<String> key) {
    if (t.size() == 0) {
      return false;
    }
    t.set(0, key.get(0), null);
    return true;
  }

  private Optional<Breaker> duplicateRows(String name, Parameters p) {
    long max = ((Number) p.get("max")).longValue();
    if (max > 10_000) {
      return Optional.empty();
    }
    List<String> listed = p.has("columns") ? strings(p, "columns") : List.of();
    return Optional.of(
        new Breaker(
            name,
            (max + 1) + " surplus copies of a row",
            (int) max + 2,
            (s, t) -> {
              List<String> key = listed.isEmpty() ? t.names() : listed;
              for (int i = 1; i <= max + 1; i++) {
                for (String c : key) {
                  t.set(i, c, t.get(0, c));
                }
              }
              return true;
            }));
  }

  private Optional<Breaker> rowCount(String name, Parameters p) {
    Object min = p.get("min");
    Object max = p.get("max");
    if (min != null && ((Number) min).longValue() > 0) {
      int fewer = (int) ((Number) min).longValue() - 1;
      return Optional.of(
          new Breaker(
              name,
              fewer + " rows, one fewer than allowed",
              0,
              (s, t) -> {
                t.truncate(Math.min(fewer, t.size()));
                return true;
              }));
    }
    if (max != null && ((Number) max).longValue() < 100_000) {
      int more = (int) ((Number) max).longValue() + 1;
      return Optional.of(
          new Breaker(
              name,
              more + " rows, one more than allowed",
              1,
              (s, t) -> {
                while (t.size() < more) {
                  t.addRow(t.row(s.below(t.size())));
                }
                return true;
              }));
    }
    return Optional.empty();
  }

  private Optional<Breaker> nullRatio(String name, Parameters p) {
    String column = (String) p.get("column");
    Double min = p.get("min") == null ? null : ((Number) p.get("min")).doubleValue();
    Double max = p.get("max") == null ? null : ((Number) p.get("max")).doubleValue();
    if (max != null && max < 1) {
      return Optional.of(
          new Breaker(
              name,
              "more nulls than allowed",
              1,
              (s, t) -> {
                for (int i : shuffled(s, t.size())) {
                  if ((double) countNulls(t, column) / t.size() > max) {
                    break;
                  }
                  t.set(i, column, null);
                }
                return (double) countNulls(t, column) / t.size() > max;
              }));
    }
    if (min != null && min > 0) {
      ColumnGenerator c = columns.get(column);
      return Optional.of(
          new Breaker(
              name,
              "fewer nulls than required",
              1,
              (s, t) -> {
                for (int i = 0; i < t.size(); i++) {
                  if (t.get(i, column) == null) {
                    t.set(i, column, c.domain().draw(s));
                  }
                }
                return true;
              }));
    }
    return Optional.empty();
  }

  private static long countNulls(TableDraft t, String column) {
    long n = 0;
    for (int i = 0; i < t.size(); i++) {
      n += t.get(i, column) == null ? 1 : 0;
    }
    return n;
  }

  private Optional<Breaker> distinctCount(String name, Parameters p) {
    String column = (String) p.get("column");
    ColumnGenerator c = columns.get(column);
    Long min = p.get("min") == null ? null : ((Number) p.get("min")).longValue();
    Long max = p.get("max") == null ? null : ((Number) p.get("max")).longValue();
    if (min != null && min >= 1) {
      return Optional.of(
          new Breaker(
              name,
              "too few distinct values",
              1,
              (s, t) -> {
                Object only = min >= 2 ? c.domain().simplest() : null;
                for (int i = 0; i < t.size(); i++) {
                  t.set(i, column, only);
                }
                return true;
              }));
    }
    if (max != null && max < 10_000) {
      return Optional.of(
          new Breaker(
              name,
              "too many distinct values",
              (int) (max + 1),
              (s, t) -> {
                List<Object> fresh = freshValues(s, c, (int) (max + 1));
                if (fresh.size() <= max) {
                  return false;
                }
                for (int i = 0; i < fresh.size(); i++) {
                  t.set(i, column, fresh.get(i));
                }
                return true;
              }));
    }
    return Optional.empty();
  }

  private static List<Object> freshValues(Source s, ColumnGenerator c, int count) {
    List<Object> out = new ArrayList<>();
    List<ValueKey> keys = new ArrayList<>();
    for (int attempt = 0; attempt < 100 * count && out.size() < count; attempt++) {
      Object v = c.domain().draw(s);
      if (!keys.contains(ValueKey.of(v))) {
        keys.add(ValueKey.of(v));
        out.add(v);
      }
    }
    return out;
  }

  private Optional<Breaker> distinctValues(String name, Parameters p) {
    String column = (String) p.get("column");
    String mode = (String) p.get("mode");
    List<Object> listed = values(p);
    if (!mode.equals("superset")) {
      return unseen(name, column, listed, 1.0, "a value outside the listed set");
    }
    ColumnType type = columns.get(column).type();
    List<Object> converted = new ArrayList<>();
    listed.forEach(v -> TypeInference.convert(v, type).ifPresent(converted::add));
    if (converted.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new Breaker(
            name,
            "a listed value missing",
            0,
            (s, t) -> {
              ValueKey gone = ValueKey.of(converted.get(0));
              for (int i = 0; i < t.size(); i++) {
                if (ValueKey.of(t.get(i, column)).equals(gone)) {
                  t.set(i, column, null);
                }
              }
              return true;
            }));
  }

  /** Breaks {@code minBetween} (or {@code maxBetween}): a value beyond the bound, or no values. */
  private Optional<Breaker> extreme(String name, Parameters p, boolean minimum) {
    String column = (String) p.get("column");
    ColumnType type = columns.get(column).type();
    Object bound = minimum ? p.get("min") : p.get("max");
    boolean strict = Boolean.TRUE.equals(p.get(minimum ? "strictMin" : "strictMax"));
    Optional<Object> beyond =
        bound == null
            ? Optional.empty()
            : minimum ? Outside.below(type, bound, strict) : Outside.above(type, bound, strict);
    if (beyond.isPresent()) {
      Object v = beyond.get();
      return Optional.of(
          new Breaker(
              name,
              (minimum ? "a minimum" : "a maximum") + " beyond the bound",
              1,
              (s, t) -> {
                t.set(s.below(t.size()), column, v);
                return true;
              }));
    }
    return Optional.of(
        new Breaker(
            name,
            "no non-null values",
            0,
            (s, t) -> {
              for (int i = 0; i < t.size(); i++) {
                t.set(i, column, null);
              }
              return true;
            }));
  }

  private static boolean retype(TableDraft t, String column) {
    if (!t.names().contains(column)) {
      return false;
    }
    if (t.type(column) == ColumnType.STRING) {
      for (int i = 0; i < t.size(); i++) {
        t.set(i, column, t.get(i, column) == null ? null : (long) i);
      }
      t.retype(column, ColumnType.INTEGER);
    } else {
      for (int i = 0; i < t.size(); i++) {
        Object v = t.get(i, column);
        t.set(i, column, v == null ? null : String.valueOf(v));
      }
      t.retype(column, ColumnType.STRING);
    }
    return true;
  }

  private static boolean drop(TableDraft t, String column) {
    if (!t.names().contains(column)) {
      return false;
    }
    t.dropColumn(column);
    return true;
  }

  @SuppressWarnings("unchecked")
  private static List<Object> values(Parameters p) {
    return (List<Object>) p.get("values");
  }

  @SuppressWarnings("unchecked")
  private static List<String> strings(Parameters p, String name) {
    return (List<String>) p.get(name);
  }
}
