package dev.mltest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The SQL that measures and row conditions become, written once for every SQL backend: the same
 * condition selects the same rows on each. A backend names what its SQL spells differently
 * (quoting, literals, regex and date functions, list and row values) by overriding the hooks; the
 * structure of each query is shared, so that a fix to one reaches all.
 *
 * <p>Queries over a <em>numbered</em> source read a table with one more column, {@link #ROW}: the
 * row's position in the file, from 1. The backend says how it numbers rows (a view on Spark, a
 * window in a subquery on DuckDB).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class SqlDialect {
  /** The column of a numbered source: the row's position in the file, from 1. */
  public static final String ROW = "__mltest_row";

  private static final String EMAIL =
      "^[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)*\\.[A-Za-z]{2,}$";
  private static final String URL = "^(https?|ftp)://[^\\s/$.?#][^\\s]*$";
  private static final String UUID =
      "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";
  private static final String ISO_DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  private static final String ISO_DATE_TIME =
      "^[0-9]{4}-[0-9]{2}-[0-9]{2}[T ][0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]{1,9})?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?$";

  /** For subclasses. */
  protected SqlDialect() {}

  // ---- What each dialect spells its own way.

  /**
   * A quoted identifier.
   *
   * @param name the column or table name
   * @return the name, quoted so that no character of it is read as SQL
   */
  public abstract String ident(String name);

  /**
   * A string literal.
   *
   * @param text the text
   * @return the text, quoted so that no character of it is read as SQL
   */
  public abstract String string(String text);

  /**
   * The type a value is cast to in order to read it as text.
   *
   * @return {@code VARCHAR} or {@code STRING}
   */
  protected abstract String textType();

  /**
   * A finite double literal (NaN and the infinities are written by {@link #literal}).
   *
   * @param value the value
   * @return its literal
   */
  protected String doubleLiteral(double value) {
    return Double.toString(value);
  }

  /**
   * An integer literal of a Java integral type.
   *
   * @param value a {@link Long}, {@link Integer}, {@link Short}, {@link Byte} or {@link BigInteger}
   * @return its literal
   */
  protected String integerLiteral(Number value) {
    return value.toString();
  }

  /**
   * A decimal literal.
   *
   * @param value the value
   * @return its literal
   */
  protected String decimalLiteral(BigDecimal value) {
    return value.toPlainString();
  }

  /**
   * The keyword of a timestamp literal without time zone.
   *
   * @return {@code TIMESTAMP} unless the dialect names it otherwise
   */
  protected String timestampKeyword() {
    return "TIMESTAMP";
  }

  /**
   * A row-filter expression written by a user ({@code where}, {@code rowPredicate}), checked
   * against the dialect's policy and wrapped so that it cannot reach beyond its parentheses.
   *
   * @param expression the expression as written
   * @return the checked expression, parenthesised
   * @throws RuntimeException naming the backend, if the policy refuses the expression
   */
  protected abstract String checkedExpression(String expression);

  /**
   * Whether the text contains a match of the regular expression (RE2 syntax).
   *
   * @param text an expression of text type
   * @param regex the regular expression as a literal
   * @return a boolean expression
   */
  protected abstract String find(String text, String regex);

  /**
   * Whether the whole text matches the regular expression (RE2 syntax).
   *
   * @param text an expression of text type
   * @param regex the regular expression as a literal
   * @return a boolean expression
   */
  protected abstract String fullMatch(String text, String regex);

  /**
   * A LIKE test; without an escape character, no character of the pattern escapes.
   *
   * @param text an expression of text type
   * @param like the condition
   * @return a parenthesised boolean expression
   */
  protected String like(String text, RowCondition.Like like) {
    return "("
        + text
        + " LIKE "
        + string(like.pattern())
        + (like.escape() == null ? "" : " ESCAPE " + string(like.escape()))
        + ")";
  }

  /**
   * Whether a {@code yyyy-mm-dd} text is a real date (no 30 February).
   *
   * @param text an expression of text type
   * @return a boolean expression
   */
  protected abstract String validDate(String text);

  /**
   * Whether the text is valid JSON; null for a null text.
   *
   * @param text an expression of text type
   * @return a boolean expression
   */
  protected abstract String validJson(String text);

  /**
   * Whether the text parses with the strptime pattern.
   *
   * @param text an expression of text type
   * @param pattern the pattern as a literal
   * @return a boolean expression
   */
  protected abstract String parses(String text, String pattern);

  /**
   * Whether a double is neither NaN nor infinite.
   *
   * @param number an expression of type double
   * @return a boolean expression
   */
  protected abstract String isFinite(String number);

  /**
   * The sum of a column, as the backend's engine would sum it.
   *
   * @param column the quoted column
   * @param integral whether the column holds whole numbers
   * @return an aggregate expression
   */
  protected String sum(String column, boolean integral) {
    return "sum(" + column + ")";
  }

  /**
   * The exact quantiles of a double expression, interpolated linearly, as a list.
   *
   * @param number an expression of type double
   * @param probabilities the probabilities
   * @return an aggregate expression
   */
  protected abstract String quantiles(String number, List<Double> probabilities);

  /**
   * The distinct values of a column as a list.
   *
   * @param column the quoted column
   * @return an aggregate expression
   */
  protected abstract String distinctValues(String column);

  /**
   * A row value (never null, whatever its fields) of the given expressions.
   *
   * @param fields the expressions, comma-separated
   * @return an expression
   */
  protected abstract String rowValue(String fields);

  /**
   * A list of text expressions (null items stay null).
   *
   * @param items the expressions, comma-separated
   * @return an expression
   */
  protected abstract String textList(String items);

  /**
   * A null list of text.
   *
   * @return an expression
   */
  protected abstract String nullTextList();

  /**
   * The value of {@code value} on the row where {@code order} is smallest.
   *
   * @param value an expression
   * @param order an expression
   * @return an aggregate expression
   */
  protected abstract String valueAtMin(String value, String order);

  // ---- Shared by every dialect.

  /**
   * A literal of a Java value.
   *
   * @param value the value, or null
   * @return its literal; text for types without one of their own
   */
  public final String literal(@Nullable Object value) {
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
      return doubleLiteral(d);
    }
    if (value instanceof BigDecimal bd) {
      return decimalLiteral(bd);
    }
    if (value instanceof Long
        || value instanceof Integer
        || value instanceof Short
        || value instanceof Byte
        || value instanceof BigInteger) {
      return integerLiteral((Number) value);
    }
    if (value instanceof LocalDate date) {
      return "DATE " + string(date.toString());
    }
    if (value instanceof LocalDateTime time) {
      return timestampKeyword() + " " + string(time.toString().replace('T', ' '));
    }
    return string(value.toString());
  }

  /**
   * Literals of the values, comma-separated.
   *
   * @param values the values
   * @return the literals
   */
  public final String literals(List<Object> values) {
    return values.stream().map(this::literal).collect(Collectors.joining(", "));
  }

  /**
   * A column read as text.
   *
   * @param column the column name
   * @return an expression of text type
   */
  public final String text(String column) {
    return "CAST(" + ident(column) + " AS " + textType() + ")";
  }

  /**
   * The boolean expression of a row condition.
   *
   * @param condition the condition
   * @return the expression
   */
  public final String condition(RowCondition condition) {
    if (condition instanceof RowCondition.Always) {
      return "TRUE";
    } else if (condition instanceof RowCondition.Sql s) {
      // Suite files are untrusted: only a single, checked expression is ever spliced in.
      return "coalesce(" + checkedExpression(s.expression()) + ", FALSE)";
    } else if (condition instanceof RowCondition.IsNull n) {
      return "(" + ident(n.column()) + " IS NULL)";
    } else if (condition instanceof RowCondition.Not n) {
      // NOT NOT c is c for true, false and null alike; the plain form lets equal counts share SQL.
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
      return find(text(m.column()), string(m.regex()));
    } else if (condition instanceof RowCondition.Like l) {
      // Patterns from suite files are untrusted: they reach SQL only as quoted string literals.
      return like(text(l.column()), l);
    } else if (condition instanceof RowCondition.LengthBetween l) {
      return lengthBetween(l);
    } else if (condition instanceof RowCondition.Compare c) {
      return "(" + ident(c.left()) + " " + c.operator().symbol() + " " + ident(c.right()) + ")";
    } else if (condition instanceof RowCondition.HasFormat f) {
      return format(f);
    }
    throw new IllegalArgumentException("unknown condition " + condition);
  }

  private String join(List<RowCondition> parts, String op, String empty) {
    if (parts.isEmpty()) {
      return empty;
    }
    return parts.stream().map(this::condition).collect(Collectors.joining(op, "(", ")"));
  }

  private String between(RowCondition.Between b) {
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
      // Both engines order NaN above every number, so a lower bound alone would let NaN through.
      sql.append(" AND NOT isnan(CAST(").append(col).append(" AS DOUBLE))");
    }
    return sql.append(')').toString();
  }

  private String lengthBetween(RowCondition.LengthBetween l) {
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

  private String format(RowCondition.HasFormat f) {
    String v = text(f.column());
    return switch (f.format()) {
      case EMAIL -> fullMatch(v, string(EMAIL));
      case URL -> fullMatch(v, string(URL));
      case UUID -> fullMatch(v, string(UUID));
      case ISO_DATE -> "(" + fullMatch(v, string(ISO_DATE)) + " AND " + validDate(v) + ")";
      case ISO_DATE_TIME ->
          "("
              + fullMatch(v, string(ISO_DATE_TIME))
              + " AND "
              + validDate("substr(" + v + ", 1, 10)")
              + ")";
      case JSON -> "coalesce(" + validJson(v) + ", FALSE)";
      case DATE_PATTERN -> "(" + parses(v, string(String.valueOf(f.pattern()))) + ")";
    };
  }

  /**
   * The aggregate expression of a scan-shareable measure (a duplicates measure has two: {@link
   * #duplicatesProbe}).
   *
   * @param measure the measure
   * @param integral which columns hold whole numbers (for sums)
   * @return the expression
   * @throws IllegalArgumentException if the measure is not scan-shareable here
   */
  public String aggregate(Measure measure, Predicate<String> integral) {
    String filter = filter(measure.where());
    // count_if over a condition, not count(*) FILTER: DuckDB slices the scanned chunk once per
    // filtered aggregate, which grows with columns times checks and dominates a wide suite. Under
    // a where, FILTER stays: its selection spares the condition (a regex) the rows left out.
    if (measure instanceof Measure.RowCount r) {
      return r.where() instanceof RowCondition.Always
          ? "count(*)"
          : "count_if(" + condition(r.where()) + ")";
    } else if (measure instanceof Measure.CountWhere c) {
      return c.where() instanceof RowCondition.Always
          ? "count_if(" + condition(c.condition()) + ")"
          : "count(*) FILTER (WHERE " + condition(RowCondition.and(c.where(), c.condition())) + ")";
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
      return quantiles("CAST(" + ident(q.column()) + " AS DOUBLE)", q.probabilities()) + filter;
    } else if (measure instanceof Measure.PresentValues p) {
      RowCondition in = new RowCondition.InSet(p.column(), p.values());
      return distinctValues(ident(p.column()))
          + " FILTER (WHERE "
          + condition(RowCondition.and(p.where(), in))
          + ")";
    } else if (measure instanceof Measure.DistinctCountWhere d) {
      return distinctCount(ident(d.column()), RowCondition.and(d.where(), d.condition()));
    }
    throw new IllegalArgumentException("not a scan-shareable measure: " + measure);
  }

  private String aggregation(Measure.Aggregate a, String filter, boolean integral) {
    String col = ident(a.column());
    String number = "CAST(" + col + " AS DOUBLE)";
    return switch (a.aggregation()) {
      case MIN -> "min(" + col + ")" + filter;
      case MAX -> "max(" + col + ")" + filter;
      case MEAN -> "avg(" + number + ")" + filter;
      // stddev_samp fails (DuckDB) or differs on NaN or infinity; report NaN as avg does.
      case STDDEV ->
          "CASE WHEN bool_or(NOT "
              + isFinite(number)
              + ")"
              + filter
              + " THEN CAST('NaN' AS DOUBLE) ELSE stddev_samp(CASE WHEN "
              + isFinite(number)
              + " THEN "
              + number
              + " END)"
              + filter
              + " END";
      case SUM -> sum(col, integral) + filter;
      case DISTINCT_COUNT -> distinctCount(col, a.where());
      case MIN_LENGTH -> "min(length(" + text(a.column()) + "))" + filter;
      case MAX_LENGTH -> "max(length(" + text(a.column()) + "))" + filter;
      case MEAN_LENGTH -> "avg(length(" + text(a.column()) + "))" + filter;
    };
  }

  /**
   * The number of distinct non-null values of an expression over the rows of a where: {@code
   * count(DISTINCT key) FILTER (WHERE ...)}.
   *
   * @param key the expression whose values are counted
   * @param where the rows counted
   * @return the aggregate expression
   */
  protected String distinctCount(String key, RowCondition where) {
    return "count(DISTINCT " + key + ")" + filter(where);
  }

  /**
   * The {@code FILTER} clause of an aggregate under a where, or nothing.
   *
   * @param where the rows the aggregate reads
   * @return the clause with a leading space, or the empty text
   */
  protected final String filter(RowCondition where) {
    return where instanceof RowCondition.Always ? "" : " FILTER (WHERE " + condition(where) + ")";
  }

  /**
   * Two aggregates of the shared scan for a duplicates measure: the rows it groups and their
   * distinct keys. The key is a row value, never null, so a null key is one value as it is one
   * group in {@link #duplicates}; a single column without null keys is counted bare.
   *
   * @param d the measure
   * @return the two aggregate expressions
   */
  public final List<String> duplicatesProbe(Measure.Duplicates d) {
    String keys = d.columns().stream().map(this::ident).collect(Collectors.joining(", "));
    String key = d.skipNullKeys() && d.columns().size() == 1 ? keys : rowValue(keys);
    String where = condition(duplicatesWhere(d));
    return List.of("count_if(" + where + ")", distinctCount(key, duplicatesWhere(d)));
  }

  private static RowCondition duplicatesWhere(Measure.Duplicates d) {
    return d.skipNullKeys()
        ? RowCondition.and(d.where(), RowCondition.allNotNull(d.columns()))
        : d.where();
  }

  /**
   * The grouping query of a duplicates measure: rows in duplicated groups, such groups, and rows
   * beyond the first of each.
   *
   * @param d the measure
   * @param from the table
   * @return the query
   */
  public final String duplicates(Measure.Duplicates d, String from) {
    String keys = d.columns().stream().map(this::ident).collect(Collectors.joining(", "));
    return "SELECT coalesce(sum(n), 0), count(*), coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM "
        + from
        + " WHERE "
        + condition(duplicatesWhere(d))
        + " GROUP BY "
        + keys
        + " HAVING count(*) > 1) g";
  }

  /**
   * The query for the most common values: value, count, number of tied values.
   *
   * @param m the measure
   * @param from the table
   * @return the query
   */
  public final String mostCommon(Measure.MostCommonValues m, String from) {
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

  /**
   * The query for breaks of an order: values, breaks, and the first break's row, predecessor and
   * value. Row numbers are the file's order, so that order (or the tie-break of {@code orderBy}) is
   * the file's.
   *
   * @param o the measure
   * @param numbered the numbered source
   * @return the query
   */
  public final String orderBreaks(Measure.OrderBreaks o, String numbered) {
    List<String> kept = new ArrayList<>(List.of(o.column()));
    if (o.orderBy() != null) {
      kept.add(o.orderBy());
    }
    RowCondition where = RowCondition.and(o.where(), RowCondition.allNotNull(kept));
    String partition =
        o.groupBy().isEmpty()
            ? ""
            : "PARTITION BY "
                + o.groupBy().stream().map(this::ident).collect(Collectors.joining(", "))
                + " ";
    String order = "ORDER BY " + (o.orderBy() == null ? "" : ident(o.orderBy()) + ", ") + ROW;
    String op = (o.increasing() ? ">" : "<") + (o.strict() ? "" : "=");
    String broken = " FILTER (WHERE broken)";
    return "SELECT count(*), count_if(broken), min("
        + ROW
        + ")"
        + broken
        + ", "
        + valueAtMin("CAST(p AS " + textType() + ")", ROW)
        + broken
        + ", "
        + valueAtMin("CAST(v AS " + textType() + ")", ROW)
        + broken
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

  /**
   * The query that streams a column's non-null values to a {@link TextJudge}, in row order: row
   * number, text (only its first {@code maxLength + 1} characters when longer, so an oversized
   * value never crosses into the JVM whole), length in characters, and the key columns as text.
   *
   * @param j the measure
   * @param numbered the numbered source
   * @return the query
   */
  public final String judgedText(Measure.JudgedText j, String numbered) {
    RowCondition where = RowCondition.and(j.where(), RowCondition.notNull(j.column()));
    String keys = j.keyColumns().isEmpty() ? nullTextList() : texts(j.keyColumns());
    long cut = (long) j.judge().maxLength() + 1;
    return "SELECT "
        + ROW
        + ", CASE WHEN length(__mltest_text) < "
        + cut
        + " THEN __mltest_text ELSE left(__mltest_text, "
        + Math.min(cut, ValueText.MAX_SHOWN)
        + ") END, length(__mltest_text), "
        + keys
        + " FROM (SELECT *, "
        + text(j.column())
        + " AS __mltest_text FROM "
        + numbered
        + ") t WHERE "
        + condition(where)
        + " ORDER BY "
        + ROW;
  }

  /**
   * The query that fetches offending values, most frequent first: value (a list of texts), count,
   * first row and the first row's key texts.
   *
   * @param request what to fetch
   * @param allColumns the table's columns, shown when the request names none
   * @param numbered the numbered source
   * @return the query
   */
  public final String sample(SampleRequest request, List<String> allColumns, String numbered) {
    String value = texts(shownColumns(request, allColumns));
    String key = request.keyColumns().isEmpty() ? nullTextList() : texts(request.keyColumns());
    RowCondition where = RowCondition.and(request.where(), request.offending());
    String source = numbered;
    if (!request.duplicatesOf().isEmpty()) {
      String keys =
          request.duplicatesOf().stream().map(this::ident).collect(Collectors.joining(", "));
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
        + ") AS first_row, "
        + valueAtMin("k", ROW)
        + " AS first_key FROM (SELECT "
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

  /**
   * The columns whose values a sample shows: the requested ones, else every column.
   *
   * @param request what to fetch
   * @param allColumns the table's columns
   * @return the columns shown
   */
  public static List<String> shownColumns(SampleRequest request, List<String> allColumns) {
    return request.valueColumns().isEmpty() ? allColumns : request.valueColumns();
  }

  /**
   * The columns' values as a list of text (null stays null), so Java can quote each one: text glued
   * together in SQL could not tell a value's own comma or quote from a separator.
   */
  private String texts(List<String> columns) {
    return textList(columns.stream().map(this::text).collect(Collectors.joining(", ")));
  }
}
