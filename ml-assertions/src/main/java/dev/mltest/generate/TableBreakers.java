package dev.mltest.generate;

import dev.mltest.data.ColumnType;
import dev.mltest.expect.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Breaks expectations about the table as a whole: keys, duplicates, row counts, null shares,
 * distinct counts and values, extremes, and the schema (a column of another type, a missing one).
 */
final class TableBreakers {
  private final Map<String, ColumnGenerator> columns;

  TableBreakers(Map<String, ColumnGenerator> columns) {
    this.columns = columns;
  }

  /** The generator of a column the contract names; the plan has one for every such column. */
  private ColumnGenerator generator(String column) {
    return Objects.requireNonNull(columns.get(column), () -> "no generator for column " + column);
  }

  boolean duplicateKey(Source s, TableDraft t, List<String> key, double mostly) {
    if (t.size() < 2) {
      return false;
    }
    for (String c : key) {
      if (t.get(0, c) == null) {
        t.set(0, c, generator(c).domain().simplest());
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

  static boolean nullKey(TableDraft t, List<String> key) {
    if (t.size() == 0) {
      return false;
    }
    t.set(0, key.get(0), null);
    return true;
  }

  Optional<Breaker> duplicateRows(String name, Parameters p) {
    long max = ((Number) p.require("max")).longValue();
    if (max > 10_000) {
      return Optional.empty();
    }
    List<String> listed = p.has("columns") ? Breakers.strings(p, "columns") : List.of();
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

  Optional<Breaker> rowCount(String name, Parameters p) {
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

  Optional<Breaker> nullRatio(String name, Parameters p) {
    String column = Breakers.column(p);
    Double min = p.get("min") == null ? null : ((Number) p.get("min")).doubleValue();
    Double max = p.get("max") == null ? null : ((Number) p.get("max")).doubleValue();
    if (max != null && max < 1) {
      return Optional.of(
          new Breaker(
              name,
              "more nulls than allowed",
              1,
              (s, t) -> {
                for (int i : Breakers.shuffled(s, t.size())) {
                  if ((double) countNulls(t, column) / t.size() > max) {
                    break;
                  }
                  t.set(i, column, null);
                }
                return (double) countNulls(t, column) / t.size() > max;
              }));
    }
    if (min != null && min > 0) {
      ColumnGenerator c = generator(column);
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

  Optional<Breaker> distinctCount(String name, Parameters p) {
    String column = Breakers.column(p);
    ColumnGenerator c = generator(column);
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

  /** Breaks {@code distinctValues} in superset or equal mode: a listed value missing. */
  Optional<Breaker> missingValue(String name, Parameters p) {
    String column = Breakers.column(p);
    List<Object> listed = Breakers.values(p);
    ColumnType type = generator(column).type();
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
  Optional<Breaker> extreme(String name, Parameters p, boolean minimum) {
    String column = Breakers.column(p);
    ColumnType type = generator(column).type();
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

  static boolean retype(TableDraft t, String column) {
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

  static boolean drop(TableDraft t, String column) {
    if (!t.names().contains(column)) {
      return false;
    }
    t.dropColumn(column);
    return true;
  }
}
