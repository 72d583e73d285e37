package dev.mltest.spark;

import dev.mltest.data.Column;
import dev.mltest.data.ColumnType;
import dev.mltest.data.DataAccessException;
import dev.mltest.data.NumericCounts;
import dev.mltest.data.TableSchema;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/** What drift checks read, computed by Spark: numeric columns and value counts. */
final class SparkDrift {
  private SparkDrift() {}

  /**
   * Counts the distinct values of numeric (and date or timestamp, as epoch seconds) columns in one
   * job: a grouping set per column over one read, sorted by Spark, and streamed to the driver one
   * partition at a time. The driver receives one row per distinct value and column, at most {@code
   * maxValues} in all.
   *
   * @throws DataAccessException if the columns hold more distinct values than the bound
   */
  static NumericCounts numericCounts(
      SparkSession spark,
      String from,
      TableSchema schema,
      List<String> columns,
      long maxValues,
      BiFunction<String, Exception, DataAccessException> failure) {
    NumericCounts.Builder counts = NumericCounts.builder(columns);
    if (columns.isEmpty()) {
      return counts.build();
    }
    StringBuilder sets = new StringBuilder();
    StringBuilder which = new StringBuilder("CASE");
    StringBuilder value = new StringBuilder("CASE");
    String projection = projection(schema, columns);
    for (int i = 0; i < columns.size(); i++) {
      String alias = "v" + i;
      sets.append(i == 0 ? "" : ", ").append('(').append(alias).append(')');
      which.append(" WHEN grouping(%s) = 0 THEN %d".formatted(alias, i));
      value.append(" WHEN grouping(%s) = 0 THEN %s".formatted(alias, alias));
    }
    String sql =
        ("SELECT k, v, n FROM (SELECT %s END AS k, %s END AS v, count(*) AS n"
                + " FROM (SELECT %s FROM %s) p GROUP BY GROUPING SETS (%s)) g ORDER BY k, v")
            .formatted(which, value, projection, from, sets);
    long received = 0;
    try {
      Iterator<Row> rows = spark.sql(sql).toLocalIterator();
      while (rows.hasNext()) {
        Row r = rows.next();
        if (++received > maxValues) {
          throw new DataAccessException(
              "drift on Spark brings each distinct value of numeric columns to the driver, at most %,d (mltest.spark.driver-max-values); %s has more in columns %s"
                  .formatted(maxValues, from, columns));
        }
        int column = ((Number) r.get(0)).intValue();
        if (r.isNullAt(1)) {
          counts.addNulls(column, r.getLong(2));
        } else {
          counts.add(column, r.getDouble(1), r.getLong(2));
        }
      }
    } catch (DataAccessException e) {
      throw e;
    } catch (Exception e) {
      throw failure.apply("cannot count values of " + columns, e);
    }
    return counts.build();
  }

  /**
   * The columns as DOUBLE, named {@code v0, v1, ...}: dates and timestamps as epoch seconds, as
   * DuckDB's {@code epoch()}.
   */
  static String projection(TableSchema schema, List<String> columns) {
    StringBuilder projection = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      ColumnType type = schema.column(column).map(Column::type).orElse(ColumnType.OTHER);
      String c = SparkSql.SQL.ident(column);
      String expression =
          type == ColumnType.DATE
              ? "unix_date(" + c + ") * 86400D"
              : type == ColumnType.TIMESTAMP
                  // As DuckDB's epoch(): a timestamp without time zone counts from 1970 in UTC.
                  ? "timestampdiff(MICROSECOND, TIMESTAMP_NTZ '1970-01-01 00:00:00', "
                      + c
                      + ") / 1e6D"
                  : c;
      projection.append(i == 0 ? "" : ", ").append("CAST(").append(expression);
      projection.append(" AS DOUBLE) AS v").append(i);
    }
    return projection.toString();
  }

  /**
   * Counts each column's values (as text; the null key counts nulls) in one job: a grouping set per
   * column. The driver receives one row per distinct value.
   */
  static Map<String, Map<@Nullable String, Long>> categoryCounts(
      SparkSession spark,
      String from,
      List<String> columns,
      BiFunction<String, Exception, DataAccessException> failure) {
    Map<String, Map<@Nullable String, Long>> result = new LinkedHashMap<>();
    if (columns.isEmpty()) {
      return result;
    }
    StringBuilder select = new StringBuilder("SELECT ");
    StringBuilder sets = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      String column = SparkSql.SQL.ident(columns.get(i));
      select
          .append("grouping(")
          .append(column)
          .append("), ")
          .append(SparkSql.SQL.text(columns.get(i)));
      select.append(", ");
      sets.append(i == 0 ? "" : ", ").append('(').append(column).append(')');
      result.put(columns.get(i), new HashMap<>());
    }
    String sql = select + "count(*) FROM " + from + " GROUP BY GROUPING SETS (" + sets + ")";
    try {
      int count = 2 * columns.size();
      for (Row r : spark.sql(sql).collectAsList()) {
        for (int i = 0; i < columns.size(); i++) {
          if (((Number) r.get(2 * i)).longValue() == 0) {
            Objects.requireNonNull(result.get(columns.get(i)), "every column has a map")
                .put(r.isNullAt(2 * i + 1) ? null : r.getString(2 * i + 1), r.getLong(count));
            break;
          }
        }
      }
    } catch (Exception e) {
      throw failure.apply("cannot count values of " + columns, e);
    }
    return result;
  }
}
