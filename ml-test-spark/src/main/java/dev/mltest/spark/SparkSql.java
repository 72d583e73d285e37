package dev.mltest.spark;

import dev.mltest.data.Measure;
import dev.mltest.data.RowCondition;
import dev.mltest.data.SampleRequest;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Translates measures and row conditions into Spark SQL, the twin of the DuckDB backend's SQL: the
 * same condition gives the same rows on both. Regular expressions run through the RE2J functions of
 * {@link Re2Functions}, so both backends use one regex engine.
 */
final class SparkSql {
  private static final String EMAIL =
      "^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$";
  private static final String URL = "^(https?|ftp)://[^\\s/$.?#][^\\s]*$";
  private static final String UUID =
      "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
  private static final String ISO_DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  private static final String ISO_DATE_TIME =
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$";

  /** The column of a numbered view: the row's position in the file, from 1. */
  static final String ROW = "__mltest_row";

  private SparkSql() {}

  static String ident(String name) {
    return '`' + name.replace("`", "``") + '`';
  }

  /** A string literal; backslash escapes are Spark's default reading of literals. */
  static String string(String text) {
    return '\'' + text.replace("\\", "\\\\").replace("'", "\\'") + '\'';
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
      // The D suffix keeps a double a double: Spark reads 0.5 as a decimal.
      return Double.toString(d) + "D";
    }
    if (value instanceof BigDecimal bd) {
      return bd.toPlainString() + "BD";
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      return value.toString() + (value instanceof Long || value instanceof BigInteger ? "L" : "");
    }
    if (value instanceof LocalDate date) {
      return "DATE " + string(date.toString());
    }
    if (value instanceof LocalDateTime time) {
      return "TIMESTAMP_NTZ " + string(time.toString().replace('T', ' '));
    }
    return string(value.toString());
  }

  static String condition(RowCondition condition) {
    if (condition instanceof RowCondition.Always) {
      return "TRUE";
    } else if (condition instanceof RowCondition.Sql s) {
      // Suite files are untrusted: only a single, checked, portable expression is spliced in.
      SparkExpressionPolicy.requireAllowed(s.expression());
      return "coalesce((" + s.expression() + "\n), FALSE)";
    } else if (condition instanceof RowCondition.IsNull n) {
      return "(" + ident(n.column()) + " IS NULL)";
    } else if (condition instanceof RowCondition.Not n) {
      return n.condition() instanceof RowCondition.Not inner
          ? condition(inner.condition())
          : "(NOT " + condition(n.condition()) + ")";
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
      return Re2Functions.FIND + "(" + text(m.column()) + ", " + string(m.regex()) + ")";
    } else if (condition instanceof RowCondition.Like l) {
      return like(l);
    } else if (condition instanceof RowCondition.LengthBetween l) {
      return lengthBetween(l);
    } else if (condition instanceof RowCondition.Compare c) {
      return "(" + ident(c.left()) + " " + c.operator().symbol() + " " + ident(c.right()) + ")";
    } else if (condition instanceof RowCondition.HasFormat f) {
      return format(f);
    }
    throw new IllegalArgumentException("unknown condition " + condition);
  }

  /**
   * Spark's LIKE escapes with a backslash when no escape is named; DuckDB's does not escape at all.
   * A control character that the pattern does not contain stands in for "no escape".
   */
  private static String like(RowCondition.Like l) {
    String escape = l.escape();
    if (escape == null) {
      char unused = '\u0001';
      while (l.pattern().indexOf(unused) >= 0) {
        unused++;
      }
      escape = String.valueOf(unused);
    }
    return "("
        + text(l.column())
        + " LIKE "
        + string(l.pattern())
        + " ESCAPE "
        + string(escape)
        + ")";
  }

  private static String join(List<RowCondition> parts, String op, String empty) {
    if (parts.isEmpty()) {
      return empty;
    }
    return parts.stream().map(SparkSql::condition).collect(Collectors.joining(op, "(", ")"));
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
      // Spark, like DuckDB, orders NaN above every number.
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
    String full = Re2Functions.FULL + "(" + v + ", ";
    return switch (f.format()) {
      case EMAIL -> full + string(EMAIL) + ")";
      case URL -> full + string(URL) + ")";
      case UUID -> full + string(UUID) + ")";
      case ISO_DATE -> "(" + full + string(ISO_DATE) + ") AND " + validDate(v) + ")";
      case ISO_DATE_TIME ->
          "("
              + full
              + string(ISO_DATE_TIME)
              + ") AND "
              + validDate("substr(" + v + ", 1, 10)")
              + ")";
      case JSON -> "coalesce(" + Re2Functions.JSON_VALID + "(" + v + "), FALSE)";
      case DATE_PATTERN ->
          "("
              + Re2Functions.STRPTIME_VALID
              + "("
              + v
              + ", "
              + string(String.valueOf(f.pattern()))
              + "))";
    };
  }

  /** Whether a yyyy-mm-dd text is a real date (no 30 February), as DuckDB's cast decides. */
  private static String validDate(String text) {
    return Re2Functions.STRPTIME_VALID + "(" + text + ", '%Y-%m-%d')";
  }

  static String text(String column) {
    return "CAST(" + ident(column) + " AS STRING)";
  }

  static String literals(List<Object> values) {
    return values.stream().map(SparkSql::literal).collect(Collectors.joining(", "));
  }

  /** Whether the measure is one aggregate of the shared scan on Spark. */
  static boolean inSharedScan(Measure m) {
    return (!m.isGrouping() || m instanceof Measure.Duplicates)
        && !(m instanceof Measure.TopValues);
  }

  /** The aggregate expressions of a measure in the shared scan (two for a duplicates probe). */
  static List<String> aggregates(Measure measure, java.util.function.Predicate<String> integral) {
    if (measure instanceof Measure.Duplicates d) {
      return duplicatesProbe(d);
    }
    return List.of(aggregate(measure, integral));
  }

  private static String aggregate(Measure measure, java.util.function.Predicate<String> integral) {
    String filter = filter(measure.where());
    if (measure instanceof Measure.RowCount r) {
      return r.where() instanceof RowCondition.Always
          ? "count(*)"
          : "count_if(" + condition(r.where()) + ")";
    } else if (measure instanceof Measure.CountWhere c) {
      return "count_if(" + condition(RowCondition.and(c.where(), c.condition())) + ")";
    } else if (measure instanceof Measure.Aggregate a) {
      return aggregation(a, filter, integral.test(a.column()));
    } else if (measure instanceof Measure.MeanAbsoluteDifference d) {
      return "avg(abs(CAST("
          + ident(d.left())
          + " AS DOUBLE) - CAST("
          + ident(d.right())
          + " AS DOUBLE)))"
          + filter;
    } else if (measure instanceof Measure.Quantiles q) {
      // percentile is exact and interpolates linearly, as DuckDB's quantile_cont.
      return "percentile(CAST("
          + ident(q.column())
          + " AS DOUBLE), array("
          + q.probabilities().stream().map(p -> p + "D").collect(Collectors.joining(", "))
          + "))"
          + filter;
    } else if (measure instanceof Measure.PresentValues p) {
      RowCondition in = new RowCondition.InSet(p.column(), p.values());
      return "collect_set("
          + ident(p.column())
          + ") FILTER (WHERE "
          + condition(RowCondition.and(p.where(), in))
          + ")";
    } else if (measure instanceof Measure.DistinctCountWhere d) {
      return "count(DISTINCT "
          + ident(d.column())
          + ") FILTER (WHERE "
          + condition(RowCondition.and(d.where(), d.condition()))
          + ")";
    }
    throw new IllegalArgumentException("not a scan-shareable measure: " + measure);
  }

  private static String aggregation(Measure.Aggregate a, String filter, boolean integral) {
    String col = ident(a.column());
    String number = "CAST(" + col + " AS DOUBLE)";
    String finite =
        "(NOT isnan(" + number + ") AND abs(" + number + ") <> CAST('Infinity' AS DOUBLE))";
    return switch (a.aggregation()) {
      case MIN -> "min(" + col + ")" + filter;
      case MAX -> "max(" + col + ")" + filter;
      case MEAN -> "avg(" + number + ")" + filter;
      case STDDEV ->
          "CASE WHEN bool_or(NOT "
              + finite
              + ")"
              + filter
              + " THEN CAST('NaN' AS DOUBLE) ELSE stddev_samp(CASE WHEN "
              + finite
              + " THEN "
              + number
              + " END)"
              + filter
              + " END";
      // DuckDB sums whole numbers into a 128-bit integer; a wide decimal gives the same value.
      case SUM ->
          integral
              ? "sum(CAST(" + col + " AS DECIMAL(38,0)))" + filter
              : "sum(" + col + ")" + filter;
      case DISTINCT_COUNT -> "count(DISTINCT " + col + ")" + filter;
      case MIN_LENGTH -> "min(length(" + text(a.column()) + "))" + filter;
      case MAX_LENGTH -> "max(length(" + text(a.column()) + "))" + filter;
      case MEAN_LENGTH -> "avg(length(" + text(a.column()) + "))" + filter;
    };
  }

  private static String filter(RowCondition where) {
    return where instanceof RowCondition.Always ? "" : " FILTER (WHERE " + condition(where) + ")";
  }

  private static List<String> duplicatesProbe(Measure.Duplicates d) {
    String keys = d.columns().stream().map(SparkSql::ident).collect(Collectors.joining(", "));
    String key = d.skipNullKeys() && d.columns().size() == 1 ? keys : "struct(" + keys + ")";
    String where = condition(duplicatesWhere(d));
    return List.of(
        "count_if(" + where + ")", "count(DISTINCT " + key + ") FILTER (WHERE " + where + ")");
  }

  private static RowCondition duplicatesWhere(Measure.Duplicates d) {
    return d.skipNullKeys()
        ? RowCondition.and(d.where(), RowCondition.allNotNull(d.columns()))
        : d.where();
  }

  static String duplicates(Measure.Duplicates d, String from) {
    String keys = d.columns().stream().map(SparkSql::ident).collect(Collectors.joining(", "));
    return "SELECT coalesce(sum(n), 0), count(*), coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM "
        + from
        + " WHERE "
        + condition(duplicatesWhere(d))
        + " GROUP BY "
        + keys
        + " HAVING count(*) > 1) g";
  }

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
        + ") c) t WHERE n = top ORDER BY v LIMIT "
        + m.limit();
  }

  /** The most frequent values (or shapes) with their counts, exactly: a grouping pass. */
  static String topValues(Measure.TopValues t, String from) {
    String value = text(t.column());
    if (t.shapes()) {
      value = "translate(" + value + ", '0123456789', '9999999999')";
      value = "regexp_replace(" + value + ", '[A-Za-z]', 'a')"; // a fixed pattern, not user input
    }
    RowCondition where = RowCondition.and(t.where(), RowCondition.notNull(t.column()));
    return "SELECT v FROM (SELECT "
        + value
        + " AS v, count(*) AS n FROM "
        + from
        + " WHERE "
        + condition(where)
        + " GROUP BY 1) c ORDER BY n DESC, v LIMIT "
        + t.k();
  }

  /** Mean and sample standard deviation of the finite values, and the values counted. */
  static String zScoreMoments(Measure.ZScoreOutliers z, String from) {
    RowCondition where = RowCondition.and(z.where(), RowCondition.notNull(z.column()));
    String v = "CAST(" + ident(z.column()) + " AS DOUBLE)";
    String finite =
        "CASE WHEN NOT isnan("
            + v
            + ") AND abs("
            + v
            + ") <> CAST('Infinity' AS DOUBLE) THEN "
            + v
            + " END";
    return "SELECT count(*), avg("
        + finite
        + "), stddev_samp("
        + finite
        + ") FROM "
        + from
        + " WHERE "
        + condition(where);
  }

  /** The outliers against known moments (a second pass: no window over the whole table). */
  static String zScoreCount(
      Measure.ZScoreOutliers z, String from, @Nullable Double mean, @Nullable Double sd) {
    RowCondition where = RowCondition.and(z.where(), RowCondition.notNull(z.column()));
    String v = "CAST(" + ident(z.column()) + " AS DOUBLE)";
    String notFinite = "(isnan(" + v + ") OR abs(" + v + ") = CAST('Infinity' AS DOUBLE))";
    String outlier;
    if (mean == null || sd == null || !(sd > 0)) {
      outlier = notFinite;
    } else {
      String score = "((" + v + " - " + literal(mean) + ") / " + literal(sd) + ")";
      String beyond = (z.doubleSided() ? "abs(" + score + ")" : score) + " >= " + literal(z.k());
      outlier = "(" + notFinite + " OR " + beyond + ")";
    }
    return "SELECT count_if(" + outlier + ") FROM " + from + " WHERE " + condition(where);
  }

  /** Order breaks over a numbered view ({@link #ROW}). */
  static String orderBreaks(Measure.OrderBreaks o, String numbered) {
    List<String> kept = new java.util.ArrayList<>(List.of(o.column()));
    if (o.orderBy() != null) {
      kept.add(o.orderBy());
    }
    RowCondition where = RowCondition.and(o.where(), RowCondition.allNotNull(kept));
    String partition =
        o.groupBy().isEmpty()
            ? ""
            : "PARTITION BY "
                + o.groupBy().stream().map(SparkSql::ident).collect(Collectors.joining(", "))
                + " ";
    String order = "ORDER BY " + (o.orderBy() == null ? "" : ident(o.orderBy()) + ", ") + ROW;
    String op = (o.increasing() ? ">" : "<") + (o.strict() ? "" : "=");
    return "SELECT count(*), count_if(broken), min("
        + ROW
        + ") FILTER (WHERE broken),"
        + " min_by(CAST(p AS STRING), "
        + ROW
        + ") FILTER (WHERE broken),"
        + " min_by(CAST(v AS STRING), "
        + ROW
        + ") FILTER (WHERE broken)"
        + " FROM (SELECT "
        + ROW
        + ", v, p, (p IS NOT NULL AND NOT (v "
        + op
        + " p)) AS broken FROM (SELECT "
        + ROW
        + ", "
        + ident(o.column())
        + " AS v, lag("
        + ident(o.column())
        + ") OVER ("
        + partition
        + order
        + ") AS p FROM "
        + numbered
        + " WHERE "
        + condition(where)
        + ") l) b";
  }

  /** The values judged on the JVM, in row order: row, text (cut), length, key texts. */
  static String judgedText(Measure.JudgedText j, String numbered, int maxShown) {
    RowCondition where = RowCondition.and(j.where(), RowCondition.notNull(j.column()));
    String keys =
        j.keyColumns().isEmpty() ? "CAST(NULL AS ARRAY<STRING>)" : textList(j.keyColumns());
    long cut = (long) j.judge().maxLength() + 1;
    String t = text(j.column());
    return "SELECT "
        + ROW
        + ", CASE WHEN length("
        + t
        + ") < "
        + cut
        + " THEN "
        + t
        + " ELSE left("
        + t
        + ", "
        + Math.min(cut, maxShown)
        + ") END, length("
        + t
        + "), "
        + keys
        + " FROM "
        + numbered
        + " WHERE "
        + condition(where)
        + " ORDER BY "
        + ROW;
  }

  /** Offending values, most frequent first, over a numbered view. */
  static String sample(SampleRequest request, List<String> allColumns, String numbered) {
    List<String> shown = request.valueColumns().isEmpty() ? allColumns : request.valueColumns();
    String value = textList(shown);
    String key =
        request.keyColumns().isEmpty()
            ? "CAST(NULL AS ARRAY<STRING>)"
            : textList(request.keyColumns());
    RowCondition where = RowCondition.and(request.where(), request.offending());
    String source = numbered;
    if (!request.duplicatesOf().isEmpty()) {
      String keys =
          request.duplicatesOf().stream().map(SparkSql::ident).collect(Collectors.joining(", "));
      source =
          "(SELECT *, count(*) OVER (PARTITION BY "
              + keys
              + ") AS __mltest_group FROM "
              + numbered
              + " WHERE "
              + condition(request.where())
              + ") d";
      where = RowCondition.and(where, new RowCondition.Sql("__mltest_group > 1"));
    }
    return "SELECT v, count(*) AS n, min("
        + ROW
        + ") AS first_row, min_by(k, "
        + ROW
        + ") AS first_key FROM (SELECT "
        + value
        + " AS v, "
        + key
        + " AS k, "
        + ROW
        + " FROM "
        + source
        + " WHERE "
        + condition(where)
        + ") s GROUP BY v ORDER BY n DESC, first_row LIMIT "
        + request.limit();
  }

  private static String textList(List<String> columns) {
    return columns.stream().map(SparkSql::text).collect(Collectors.joining(", ", "array(", ")"));
  }
}
