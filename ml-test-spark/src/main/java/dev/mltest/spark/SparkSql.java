package dev.mltest.spark;

import dev.mltest.data.Measure;
import dev.mltest.data.RowCondition;
import dev.mltest.data.SqlDialect;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Spark SQL: how Spark spells what {@link SqlDialect} shares, so that the same condition gives the
 * same rows as on DuckDB, and the queries Spark runs its own way (top values by grouping, z-scores
 * in two passes instead of a window over the whole table). Regular expressions run through the RE2J
 * functions of {@link Re2Functions}, so both backends use one regex engine.
 */
final class SparkSql extends SqlDialect {
  /** The dialect; it holds no state. */
  static final SparkSql SQL = new SparkSql();

  private SparkSql() {}

  @Override
  public String ident(String name) {
    return '`' + name.replace("`", "``") + '`';
  }

  /** A string literal; backslash escapes are Spark's default reading of literals. */
  @Override
  public String string(String text) {
    return '\'' + text.replace("\\", "\\\\").replace("'", "\\'") + '\'';
  }

  @Override
  protected String textType() {
    return "STRING";
  }

  /** The D suffix keeps a double a double: Spark reads 0.5 as a decimal. */
  @Override
  protected String doubleLiteral(double value) {
    return Double.toString(value) + "D";
  }

  @Override
  protected String integerLiteral(Number value) {
    return value + (value instanceof Long || value instanceof BigInteger ? "L" : "");
  }

  @Override
  protected String decimalLiteral(BigDecimal value) {
    return value.toPlainString() + "BD";
  }

  @Override
  protected String timestampKeyword() {
    return "TIMESTAMP_NTZ";
  }

  /** Only a single, checked, portable expression is spliced in. */
  @Override
  protected String checkedExpression(String expression) {
    SparkExpressionPolicy.requireAllowed(expression);
    return "(" + expression + "\n)";
  }

  @Override
  protected String find(String text, String regex) {
    return Re2Functions.FIND + "(" + text + ", " + regex + ")";
  }

  @Override
  protected String fullMatch(String text, String regex) {
    return Re2Functions.FULL + "(" + text + ", " + regex + ")";
  }

  /**
   * Spark's LIKE escapes with a backslash when no escape is named; DuckDB's does not escape at all.
   * A control character that the pattern does not contain stands in for "no escape".
   */
  @Override
  protected String like(String text, RowCondition.Like l) {
    String escape = l.escape();
    if (escape == null) {
      char unused = '\u0001';
      while (l.pattern().indexOf(unused) >= 0) {
        unused++;
      }
      escape = String.valueOf(unused);
    }
    return "(" + text + " LIKE " + string(l.pattern()) + " ESCAPE " + string(escape) + ")";
  }

  /** Whether a yyyy-mm-dd text is a real date (no 30 February), as DuckDB's cast decides. */
  @Override
  protected String validDate(String text) {
    return Re2Functions.STRPTIME_VALID + "(" + text + ", '%Y-%m-%d')";
  }

  @Override
  protected String validJson(String text) {
    return Re2Functions.JSON_VALID + "(" + text + ")";
  }

  @Override
  protected String parses(String text, String pattern) {
    return Re2Functions.STRPTIME_VALID + "(" + text + ", " + pattern + ")";
  }

  @Override
  protected String isFinite(String number) {
    return "(NOT isnan(" + number + ") AND abs(" + number + ") <> CAST('Infinity' AS DOUBLE))";
  }

  /** DuckDB sums whole numbers into a 128-bit integer; a wide decimal gives the same value. */
  @Override
  protected String sum(String column, boolean integral) {
    return integral ? "sum(CAST(" + column + " AS DECIMAL(38,0)))" : "sum(" + column + ")";
  }

  /** {@code percentile} is exact and interpolates linearly, as DuckDB's {@code quantile_cont}. */
  @Override
  protected String quantiles(String number, List<Double> probabilities) {
    return "percentile("
        + number
        + ", array("
        + probabilities.stream().map(p -> p + "D").collect(Collectors.joining(", "))
        + "))";
  }

  /**
   * {@code count(DISTINCT CASE WHEN where THEN key END)}: the same number as a {@code FILTER}
   * clause, since {@code count} skips the nulls the rows left out become. Spark plans a distinct
   * aggregate with a {@code FILTER} through an {@code Expand} that copies every row; the {@code
   * CASE} form keeps its plan for one distinct aggregate. On the filtered suite shape over 1M
   * Parquet rows the shared aggregate took 1.3 s with the filter and 0.9 s with the {@code CASE}
   * (benchmarks-spark, docs/spark.md).
   */
  @Override
  protected String distinctCount(String key, RowCondition where) {
    return where instanceof RowCondition.Always
        ? "count(DISTINCT " + key + ")"
        : "count(DISTINCT CASE WHEN " + condition(where) + " THEN " + key + " END)";
  }

  @Override
  protected String distinctValues(String column) {
    return "collect_set(" + column + ")";
  }

  @Override
  protected String rowValue(String fields) {
    return "struct(" + fields + ")";
  }

  @Override
  protected String textList(String items) {
    return "array(" + items + ")";
  }

  @Override
  protected String nullTextList() {
    return "CAST(NULL AS ARRAY<STRING>)";
  }

  @Override
  protected String valueAtMin(String value, String order) {
    return "min_by(" + value + ", " + order + ")";
  }

  /** Whether the measure is one aggregate of the shared scan on Spark. */
  static boolean inSharedScan(Measure m) {
    return (!m.isGrouping() || m instanceof Measure.Duplicates)
        && !(m instanceof Measure.TopValues);
  }

  /** The aggregate expressions of a measure in the shared scan (two for a duplicates probe). */
  List<String> aggregates(Measure measure, Predicate<String> integral) {
    if (measure instanceof Measure.Duplicates d) {
      return duplicatesProbe(d);
    }
    return List.of(aggregate(measure, integral));
  }

  /** The most frequent values (or shapes) with their counts, exactly: a grouping pass. */
  String topValues(Measure.TopValues t, String from) {
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
  String zScoreMoments(Measure.ZScoreOutliers z, String from) {
    RowCondition where = RowCondition.and(z.where(), RowCondition.notNull(z.column()));
    String v = "CAST(" + ident(z.column()) + " AS DOUBLE)";
    String finite = "CASE WHEN " + isFinite(v) + " THEN " + v + " END";
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
  String zScoreCount(
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
}
