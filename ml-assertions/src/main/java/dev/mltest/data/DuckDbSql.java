package dev.mltest.data;

import java.util.List;
import java.util.stream.Collectors;

/**
 * DuckDB's SQL: how its dialect spells what {@link SqlDialect} shares, and the one query of its own
 * (z-score outliers, judged in one pass with window aggregates).
 */
final class DuckDbSql extends SqlDialect {
  /** The dialect; it holds no state. */
  static final DuckDbSql SQL = new DuckDbSql();

  private DuckDbSql() {}

  @Override
  public String ident(String name) {
    return '"' + name.replace("\"", "\"\"") + '"';
  }

  @Override
  public String string(String text) {
    return '\'' + text.replace("'", "''") + '\'';
  }

  @Override
  protected String textType() {
    return "VARCHAR";
  }

  @Override
  protected String checkedExpression(String expression) {
    SqlExpressionPolicy.requireAllowed(expression);
    return SqlExpressionPolicy.wrap(expression);
  }

  @Override
  protected String find(String text, String regex) {
    return "regexp_matches(" + text + ", " + regex + ")";
  }

  @Override
  protected String fullMatch(String text, String regex) {
    return "regexp_full_match(" + text + ", " + regex + ")";
  }

  @Override
  protected String validDate(String text) {
    return "try_cast(" + text + " AS DATE) IS NOT NULL";
  }

  @Override
  protected String validJson(String text) {
    return "json_valid(" + text + ")";
  }

  @Override
  protected String parses(String text, String pattern) {
    return "try_strptime(" + text + ", " + pattern + ") IS NOT NULL";
  }

  @Override
  protected String isFinite(String number) {
    return "isfinite(" + number + ")";
  }

  @Override
  protected String quantiles(String number, List<Double> probabilities) {
    return "quantile_cont("
        + number
        + ", ["
        + probabilities.stream().map(String::valueOf).collect(Collectors.joining(", "))
        + "])";
  }

  @Override
  protected String distinctValues(String column) {
    return "list(DISTINCT " + column + ")";
  }

  @Override
  protected String rowValue(String fields) {
    return "row(" + fields + ")";
  }

  @Override
  protected String textList(String items) {
    return "list_value(" + items + ")";
  }

  @Override
  protected String nullTextList() {
    return "NULL";
  }

  @Override
  protected String valueAtMin(String value, String order) {
    return "arg_min(" + value + ", " + order + ")";
  }

  /** The aggregate expression of a scan-shareable measure; DuckDB also counts top values in it. */
  String aggregate(Measure measure) {
    if (measure instanceof Measure.TopValues t) {
      String value = text(t.column());
      if (t.shapes()) {
        value =
            "regexp_replace(regexp_replace("
                + value
                + ", '[0-9]', '9', 'g'), '[A-Za-z]', 'a', 'g')";
      }
      return "approx_top_k(" + value + ", " + t.k() + ")" + filter(t.where());
    }
    return aggregate(measure, column -> false);
  }

  /** The table {@code from} with its rows numbered in file order ({@link #ROW}). */
  static String numbered(String from) {
    return "(SELECT *, row_number() OVER () AS " + ROW + " FROM " + from + ") n";
  }

  /**
   * The query for z-score outliers: values, outliers, mean, standard deviation. The mean and
   * standard deviation are window aggregates over the finite values, so each value is judged
   * against them in the same query.
   */
  String zScoreOutliers(Measure.ZScoreOutliers z, String from) {
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
}
