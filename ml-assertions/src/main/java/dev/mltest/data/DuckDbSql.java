package dev.mltest.data;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Translates measures and row conditions into DuckDB SQL. */
final class DuckDbSql {
  private static final String EMAIL =
      "^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$";
  private static final String URL = "^(https?|ftp)://[^\\s/$.?#][^\\s]*$";
  private static final String UUID =
      "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
  private static final String ISO_DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  private static final String ISO_DATE_TIME =
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$";

  private DuckDbSql() {}

  static String ident(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  static String string(String text) {
    return '\'' + text.replace("'", "''") + '\'';
  }

  static String literal(@Nullable Object value) {
    if (value == null) {
      return "NULL";
    }
    if (value instanceof Boolean b) {
      return b ? "TRUE" : "FALSE";
    }
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      if (Double.isNaN(d)) {
        return "CAST('NaN' AS DOUBLE)";
      }
      if (Double.isInfinite(d)) {
        return d > 0 ? "CAST('Infinity' AS DOUBLE)" : "CAST('-Infinity' AS DOUBLE)";
      }
      return Double.toString(d);
    }
    if (value instanceof BigDecimal bd) {
      return bd.toPlainString();
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      return value.toString();
    }
    if (value instanceof LocalDate date) {
      return "DATE " + string(date.toString());
    }
    if (value instanceof LocalDateTime time) {
      return "TIMESTAMP " + string(time.toString().replace('T', ' '));
    }
    return string(value.toString());
  }

  static String condition(RowCondition condition) {
    if (condition instanceof RowCondition.Always) {
      return "TRUE";
    } else if (condition instanceof RowCondition.Sql s) {
      // Suite files are untrusted: only a single, checked expression is ever spliced in.
      SqlExpressionPolicy.requireAllowed(s.expression());
      return "coalesce(" + SqlExpressionPolicy.wrap(s.expression()) + ", FALSE)";
    } else if (condition instanceof RowCondition.IsNull n) {
      return "(" + ident(n.column()) + " IS NULL)";
    } else if (condition instanceof RowCondition.Not n) {
      return "(NOT " + condition(n.condition()) + ")";
    } else if (condition instanceof RowCondition.And a) {
      return join(a.conditions(), " AND ", "TRUE");
    } else if (condition instanceof RowCondition.Or o) {
      return join(o.conditions(), " OR ", "FALSE");
    } else if (condition instanceof RowCondition.Between b) {
      return between(b);
    } else if (condition instanceof RowCondition.InSet s) {
      return s.values().isEmpty()
          ? "FALSE"
          : "(" + ident(s.column()) + " IN (" + literals(s.values()) + "))";
    } else if (condition instanceof RowCondition.Matches m) {
      return "regexp_matches(" + text(m.column()) + ", " + string(m.regex()) + ")";
    } else if (condition instanceof RowCondition.Like l) {
      // Patterns from suite files are untrusted: they reach SQL only as quoted string literals.
      return "("
          + text(l.column())
          + " LIKE "
          + string(l.pattern())
          + (l.escape() == null ? "" : " ESCAPE " + string(l.escape()))
          + ")";
    } else if (condition instanceof RowCondition.LengthBetween l) {
      return lengthBetween(l);
    } else if (condition instanceof RowCondition.Compare c) {
      return "(" + ident(c.left()) + " " + c.operator().symbol() + " " + ident(c.right()) + ")";
    } else if (condition instanceof RowCondition.HasFormat f) {
      return format(f);
    }
    throw new IllegalArgumentException("unknown condition " + condition);
  }

  private static String join(List<RowCondition> parts, String op, String empty) {
    if (parts.isEmpty()) {
      return empty;
    }
    return parts.stream().map(DuckDbSql::condition).collect(Collectors.joining(op, "(", ")"));
  }

  private static String between(RowCondition.Between b) {
    String col = ident(b.column());
    StringBuilder sql = new StringBuilder("(TRUE");
    if (b.min() != null) {
      sql.append(" AND ")
          .append(col)
          .append(b.strictMin() ? " > " : " >= ")
          .append(literal(b.min()));
    }
    if (b.max() != null) {
      sql.append(" AND ")
          .append(col)
          .append(b.strictMax() ? " < " : " <= ")
          .append(literal(b.max()));
    }
    if (b.min() instanceof Number || b.max() instanceof Number) {
      // DuckDB orders NaN above every number, so a lower bound alone would let NaN through.
      sql.append(" AND NOT isnan(CAST(").append(col).append(" AS DOUBLE))");
    }
    return sql.append(')').toString();
  }

  private static String lengthBetween(RowCondition.LengthBetween l) {
    String len = "length(" + text(l.column()) + ")";
    StringBuilder sql = new StringBuilder("(TRUE");
    if (l.min() != null) {
      sql.append(" AND ").append(len).append(" >= ").append(l.min());
    }
    if (l.max() != null) {
      sql.append(" AND ").append(len).append(" <= ").append(l.max());
    }
    return sql.append(')').toString();
  }

  private static String format(RowCondition.HasFormat f) {
    String v = text(f.column());
    return switch (f.format()) {
      case EMAIL -> "regexp_full_match(" + v + ", " + string(EMAIL) + ")";
      case URL -> "regexp_full_match(" + v + ", " + string(URL) + ")";
      case UUID -> "regexp_full_match(" + v + ", " + string(UUID) + ")";
      case ISO_DATE ->
          "(regexp_full_match("
              + v
              + ", "
              + string(ISO_DATE)
              + ") AND try_cast("
              + v
              + " AS DATE) IS NOT NULL)";
      case ISO_DATE_TIME ->
          "(regexp_full_match("
              + v
              + ", "
              + string(ISO_DATE_TIME)
              + ") AND try_cast(substr("
              + v
              + ", 1, 10) AS DATE) IS NOT NULL)";
      case JSON -> "coalesce(json_valid(" + v + "), FALSE)";
      case DATE_PATTERN ->
          "(try_strptime(" + v + ", " + string(String.valueOf(f.pattern())) + ") IS NOT NULL)";
    };
  }

  private static String text(String column) {
    return "CAST(" + ident(column) + " AS VARCHAR)";
  }

  static String literals(List<Object> values) {
    return values.stream().map(DuckDbSql::literal).collect(Collectors.joining(", "));
  }

  /** The aggregate expression for a scan-shareable measure. */
  static String aggregate(Measure measure) {
    String filter = filter(measure.where());
    if (measure instanceof Measure.RowCount) {
      return "count(*)" + filter;
    } else if (measure instanceof Measure.CountWhere c) {
      return "count(*) FILTER (WHERE "
          + condition(RowCondition.and(c.where(), c.condition()))
          + ")";
    } else if (measure instanceof Measure.Aggregate a) {
      return aggregation(a, filter);
    } else if (measure instanceof Measure.MeanAbsoluteDifference d) {
      return "avg(abs(CAST("
          + ident(d.left())
          + " AS DOUBLE) - CAST("
          + ident(d.right())
          + " AS DOUBLE)))"
          + filter;
    } else if (measure instanceof Measure.Quantiles q) {
      return "quantile_cont(CAST("
          + ident(q.column())
          + " AS DOUBLE), ["
          + q.probabilities().stream().map(String::valueOf).collect(Collectors.joining(", "))
          + "])"
          + filter;
    } else if (measure instanceof Measure.PresentValues p) {
      RowCondition in = new RowCondition.InSet(p.column(), p.values());
      return "list(DISTINCT "
          + ident(p.column())
          + ") FILTER (WHERE "
          + condition(RowCondition.and(p.where(), in))
          + ")";
    } else if (measure instanceof Measure.TopValues t) {
      String value = text(t.column());
      if (t.shapes()) {
        value =
            "regexp_replace(regexp_replace("
                + value
                + ", '[0-9]', '9', 'g'), '[A-Za-z]', 'a', 'g')";
      }
      return "approx_top_k(" + value + ", " + t.k() + ")" + filter;
    } else if (measure instanceof Measure.DistinctCountWhere d) {
      return "count(DISTINCT "
          + ident(d.column())
          + ") FILTER (WHERE "
          + condition(RowCondition.and(d.where(), d.condition()))
          + ")";
    }
    throw new IllegalArgumentException("not a scan-shareable measure: " + measure);
  }

  private static String aggregation(Measure.Aggregate a, String filter) {
    String col = ident(a.column());
    String number = "CAST(" + col + " AS DOUBLE)";
    return switch (a.aggregation()) {
      case MIN -> "min(" + col + ")" + filter;
      case MAX -> "max(" + col + ")" + filter;
      case MEAN -> "avg(" + number + ")" + filter;
      // stddev_samp raises an out-of-range error on NaN or infinity; report NaN as avg does.
      case STDDEV ->
          "CASE WHEN bool_or(NOT isfinite("
              + number
              + "))"
              + filter
              + " THEN CAST('NaN' AS DOUBLE) ELSE stddev_samp(CASE WHEN isfinite("
              + number
              + ") THEN "
              + number
              + " END)"
              + filter
              + " END";
      case SUM -> "sum(" + col + ")" + filter;
      case DISTINCT_COUNT -> "count(DISTINCT " + col + ")" + filter;
      case MIN_LENGTH -> "min(length(" + text(a.column()) + "))" + filter;
      case MAX_LENGTH -> "max(length(" + text(a.column()) + "))" + filter;
      case MEAN_LENGTH -> "avg(length(" + text(a.column()) + "))" + filter;
    };
  }

  private static String filter(RowCondition where) {
    return where instanceof RowCondition.Always ? "" : " FILTER (WHERE " + condition(where) + ")";
  }

  /** The grouping query for a duplicates measure over the table {@code from}. */
  static String duplicates(Measure.Duplicates d, String from) {
    String keys = d.columns().stream().map(DuckDbSql::ident).collect(Collectors.joining(", "));
    RowCondition where =
        d.skipNullKeys()
            ? RowCondition.and(d.where(), RowCondition.allNotNull(d.columns()))
            : d.where();
    return "SELECT coalesce(sum(n), 0), count(*), coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM "
        + from
        + " WHERE "
        + condition(where)
        + " GROUP BY "
        + keys
        + " HAVING count(*) > 1)";
  }

  /** The query for the most common values: value, count, number of tied values. */
  static String mostCommon(Measure.MostCommonValues m, String from) {
    String col = ident(m.column());
    RowCondition where = RowCondition.and(m.where(), RowCondition.notNull(m.column()));
    return "SELECT v, n, count(*) OVER () FROM (SELECT v, n, max(n) OVER () AS top FROM (SELECT "
        + col
        + " AS v, count(*) AS n FROM "
        + from
        + " WHERE "
        + condition(where)
        + " GROUP BY "
        + col
        + ")) WHERE n = top ORDER BY v LIMIT "
        + m.limit();
  }

  /**
   * The query for z-score outliers: values, outliers, mean, standard deviation. The mean and
   * standard deviation are window aggregates over the finite values, so each value is judged
   * against them in the same query.
   */
  static String zScoreOutliers(Measure.ZScoreOutliers z, String from) {
    RowCondition where = RowCondition.and(z.where(), RowCondition.notNull(z.column()));
    String finite = "CASE WHEN isfinite(v) THEN v END";
    String score = "(v - m) / s";
    String beyond = (z.doubleSided() ? "abs(" + score + ")" : score) + " >= " + literal(z.k());
    return "SELECT count(*), count(*) FILTER (WHERE NOT isfinite(v) OR (s > 0 AND "
        + beyond
        + ")), any_value(m), any_value(s) FROM (SELECT v, avg("
        + finite
        + ") OVER () AS m, stddev_samp("
        + finite
        + ") OVER () AS s FROM (SELECT CAST("
        + ident(z.column())
        + " AS DOUBLE) AS v FROM "
        + from
        + " WHERE "
        + condition(where)
        + "))";
  }

  /**
   * The query for breaks of an order: values, breaks, and the first break's row, predecessor and
   * value. Rows are numbered in file order first, so that order (or the tie-break of {@code
   * orderBy}) is the file's.
   */
  static String orderBreaks(Measure.OrderBreaks o, String from) {
    List<String> kept = new java.util.ArrayList<>(List.of(o.column()));
    if (o.orderBy() != null) {
      kept.add(o.orderBy());
    }
    RowCondition where = RowCondition.and(o.where(), RowCondition.allNotNull(kept));
    String partition =
        o.groupBy().isEmpty()
            ? ""
            : "PARTITION BY "
                + o.groupBy().stream().map(DuckDbSql::ident).collect(Collectors.joining(", "))
                + " ";
    String order =
        "ORDER BY " + (o.orderBy() == null ? "" : ident(o.orderBy()) + ", ") + "__mltest_row";
    String op = (o.increasing() ? ">" : "<") + (o.strict() ? "" : "=");
    return "SELECT count(*), count(*) FILTER (WHERE broken), min(__mltest_row) FILTER (WHERE broken),"
        + " arg_min(CAST(p AS VARCHAR), __mltest_row) FILTER (WHERE broken),"
        + " arg_min(CAST(v AS VARCHAR), __mltest_row) FILTER (WHERE broken)"
        + " FROM (SELECT __mltest_row, v, p, (p IS NOT NULL AND NOT (v "
        + op
        + " p)) AS broken FROM (SELECT __mltest_row, "
        + ident(o.column())
        + " AS v, lag("
        + ident(o.column())
        + ") OVER ("
        + partition
        + order
        + ") AS p FROM (SELECT *, row_number() OVER () AS __mltest_row FROM "
        + from
        + ") WHERE "
        + condition(where)
        + "))";
  }

  /**
   * The query that streams a column's non-null values to a {@link TextJudge}, in row order: row
   * number, text (only its first {@code maxLength + 1} characters when longer, so an oversized
   * value never crosses into the JVM whole), length in characters, and the key columns as text.
   */
  static String judgedText(Measure.JudgedText j, String from) {
    RowCondition where = RowCondition.and(j.where(), RowCondition.notNull(j.column()));
    String keys = j.keyColumns().isEmpty() ? "NULL" : textList(j.keyColumns());
    long cut = (long) j.judge().maxLength() + 1;
    return "SELECT __mltest_row, CASE WHEN length(__mltest_text) < "
        + cut
        + " THEN __mltest_text ELSE left(__mltest_text, "
        + Math.min(cut, ValueText.MAX_SHOWN)
        + ") END, length(__mltest_text), "
        + keys
        + " FROM (SELECT *, "
        + text(j.column())
        + " AS __mltest_text, row_number() OVER () AS __mltest_row FROM "
        + from
        + ") WHERE "
        + condition(where)
        + " ORDER BY __mltest_row";
  }

  /** The query that fetches offending values, most frequent first. */
  static String sample(SampleRequest request, List<String> allColumns, String from) {
    List<String> shown = shownColumns(request, allColumns);
    String value = textList(shown);
    String key = request.keyColumns().isEmpty() ? "NULL" : textList(request.keyColumns());
    RowCondition where = RowCondition.and(request.where(), request.offending());
    String numbered = "SELECT *, row_number() OVER () AS __mltest_row FROM " + from;
    if (!request.duplicatesOf().isEmpty()) {
      String keys =
          request.duplicatesOf().stream().map(DuckDbSql::ident).collect(Collectors.joining(", "));
      RowCondition grouped = request.where();
      numbered =
          "SELECT *, count(*) OVER (PARTITION BY "
              + keys
              + ") AS __mltest_group FROM ("
              + numbered
              + ") WHERE "
              + condition(grouped);
      where = RowCondition.and(where, new RowCondition.Sql("__mltest_group > 1"));
    }
    return "SELECT v, count(*) AS n, min(__mltest_row) AS first_row, arg_min(k, __mltest_row) AS first_key"
        + " FROM (SELECT "
        + value
        + " AS v, "
        + key
        + " AS k, __mltest_row FROM ("
        + numbered
        + ") WHERE "
        + condition(where)
        + ")"
        + " GROUP BY v ORDER BY n DESC, first_row LIMIT "
        + request.limit();
  }

  /** The columns whose values a sample shows: the requested ones, else every column. */
  static List<String> shownColumns(SampleRequest request, List<String> allColumns) {
    return request.valueColumns().isEmpty() ? allColumns : request.valueColumns();
  }

  /**
   * The columns' values as a list of text (null stays null), so Java can quote each one: text glued
   * together in SQL could not tell a value's own comma or quote from a separator.
   */
  private static String textList(List<String> columns) {
    return columns.stream()
        .map(c -> "CAST(" + ident(c) + " AS VARCHAR)")
        .collect(Collectors.joining(", ", "list_value(", ")"));
  }
}
