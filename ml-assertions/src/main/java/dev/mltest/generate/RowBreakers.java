package dev.mltest.generate;

import dev.mltest.data.ColumnType;
import dev.mltest.data.ComparisonOperator;
import dev.mltest.data.ValueFormat;
import dev.mltest.expect.ExpectationSpec;
import dev.mltest.expect.Parameters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Breaks per-row expectations: nulls where none are allowed, values just outside bounds, a category
 * the contract does not list, forbidden values, strings of the wrong length or that do not match,
 * rows where a comparison does not hold. With {@code mostly}, enough rows offend to fail.
 */
final class RowBreakers {
  private final Map<String, ColumnGenerator> columns;

  RowBreakers(Map<String, ColumnGenerator> columns) {
    this.columns = columns;
  }

  /** The generator of a column the contract names; the plan has one for every such column. */
  private ColumnGenerator generator(String column) {
    return Objects.requireNonNull(columns.get(column), () -> "no generator for column " + column);
  }

  /** Puts offending values into random rows until the expectation fails. */
  static boolean offend(
      Source s,
      TableDraft t,
      String column,
      double mostly,
      Function<Source, Optional<Object>> bad) {
    if (t.size() == 0 || !t.names().contains(column)) {
      return false;
    }
    List<Integer> rows = Breakers.shuffled(s, t.size());
    long judged = rows.stream().filter(i -> t.get(i, column) != null).count();
    long offending = 0;
    for (int i : rows) {
      if (Breakers.fails(judged, offending, mostly)) {
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
    return Breakers.fails(judged, offending, mostly);
  }

  static boolean nulls(Source s, TableDraft t, String column, double mostly) {
    long nullCount = 0;
    for (int i : Breakers.shuffled(s, t.size())) {
      if (Breakers.fails(t.size(), nullCount, mostly)) {
        break;
      }
      if (t.get(i, column) != null) {
        t.set(i, column, null);
      }
      nullCount++;
    }
    return Breakers.fails(t.size(), nullCount, mostly);
  }

  Optional<Breaker> between(ExpectationSpec spec, double mostly) {
    Parameters p = spec.parameters();
    String column = Breakers.column(p);
    ColumnType type = generator(column).type();
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

  Optional<Breaker> unseen(
      String name, String column, List<Object> listed, double mostly, String how) {
    ColumnGenerator c = generator(column);
    Optional<Object> value = Breakers.unlisted(c.type(), listed);
    return value.map(
        v ->
            new Breaker(
                name,
                how + " (" + dev.mltest.text.Formats.value(v) + ")",
                1,
                (s, t) -> offend(s, t, column, mostly, r -> Optional.of(v))));
  }

  Optional<Breaker> forbidden(String name, String column, List<Object> listed, double mostly) {
    ColumnType type = generator(column).type();
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

  Optional<Breaker> length(String name, Parameters p, double mostly) {
    String column = Breakers.column(p);
    if (generator(column).type() != ColumnType.STRING) {
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

  Optional<Breaker> regex(String name, Parameters p, double mostly) {
    String column = Breakers.column(p);
    if (generator(column).type() != ColumnType.STRING) {
      return Optional.empty();
    }
    TextSource.RegexText regex;
    try {
      regex = new TextSource.RegexText((String) p.require("regex"));
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

  Optional<Breaker> format(String name, Parameters p, double mostly) {
    String column = Breakers.column(p);
    if (generator(column).type() != ColumnType.STRING) {
      return Optional.empty();
    }
    ValueFormat format = ValueFormat.fromKey((String) p.require("format")).orElseThrow();
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

  Optional<Breaker> compare(String name, Parameters p, double mostly) {
    String left = (String) p.require("left");
    String right = (String) p.require("right");
    ComparisonOperator op = ComparisonOperator.parse((String) p.require("operator")).orElseThrow();
    ColumnGenerator l = generator(left);
    ColumnGenerator r = generator(right);
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
              for (int i : Breakers.shuffled(s, t.size())) {
                if (Breakers.fails(judged, offending, mostly)) {
                  break;
                }
                boolean wasJudged = t.get(i, left) != null && t.get(i, right) != null;
                Object current = t.get(i, right);
                Object rv = current != null ? current : r.domain().simplest();
                Optional<Object> lv = violating(l, op, rv, r.type());
                if (lv.isEmpty()) {
                  continue;
                }
                t.set(i, right, rv);
                t.set(i, left, lv.get());
                judged += wasJudged ? 0 : 1;
                offending++;
              }
              return Breakers.fails(judged, offending, mostly);
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
}
