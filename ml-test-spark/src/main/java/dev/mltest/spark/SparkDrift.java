package dev.mltest.spark;

import dev.mltest.data.Column;
import dev.mltest.data.ColumnType;
import dev.mltest.data.DataAccessException;
import dev.mltest.data.NumericColumn;
import dev.mltest.data.TableSchema;
import java.util.Arrays;
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
   * Streams numeric (and date or timestamp, as epoch seconds) columns to the driver one partition
   * at a time, up to {@code maxValues} values in all: a drift test compares whole distributions.
   *
   * @throws DataAccessException if the columns hold more values than the bound
   */
  static Map<String, NumericColumn> numericColumns(
      SparkSession spark,
      String from,
      TableSchema schema,
      List<String> columns,
      long maxValues,
      BiFunction<String, Exception, DataAccessException> failure) {
    if (columns.isEmpty()) {
      return Map.of();
    }
    StringBuilder sql = new StringBuilder("SELECT ");
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      ColumnType type = schema.column(column).map(Column::type).orElse(ColumnType.OTHER);
      String c = SparkSql.ident(column);
      String expression =
          type == ColumnType.DATE
              ? "unix_date(" + c + ") * 86400D"
              : type == ColumnType.TIMESTAMP
                  // As DuckDB's epoch(): a timestamp without time zone counts from 1970 in UTC.
                  ? "timestampdiff(MICROSECOND, TIMESTAMP_NTZ '1970-01-01 00:00:00', "
                      + c
                      + ") / 1e6D"
                  : c;
      sql.append(i == 0 ? "" : ", ").append("CAST(").append(expression).append(" AS DOUBLE)");
    }
    sql.append(" FROM ").append(from);
    double[][] values = new double[columns.size()][1024];
    int[] lengths = new int[columns.size()];
    long[] nulls = new long[columns.size()];
    long read = 0;
    try {
      Iterator<Row> rows = spark.sql(sql.toString()).toLocalIterator();
      while (rows.hasNext()) {
        Row r = rows.next();
        read += columns.size();
        if (read > maxValues) {
          throw new DataAccessException(
              "drift on Spark brings the values of numeric columns to the driver, at most %,d (mltest.spark.driver-max-values); %s has more in columns %s"
                  .formatted(maxValues, from, columns));
        }
        for (int i = 0; i < columns.size(); i++) {
          if (r.isNullAt(i)) {
            nulls[i]++;
            continue;
          }
          if (lengths[i] == values[i].length) {
            values[i] = Arrays.copyOf(values[i], values[i].length * 2);
          }
          values[i][lengths[i]++] = r.getDouble(i);
        }
      }
    } catch (DataAccessException e) {
      throw e;
    } catch (Exception e) {
      throw failure.apply("cannot read columns " + columns, e);
    }
    Map<String, NumericColumn> result = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      result.put(columns.get(i), new NumericColumn(values[i], lengths[i], nulls[i]));
    }
    return result;
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
      String column = SparkSql.ident(columns.get(i));
      select.append("grouping(").append(column).append("), ").append(SparkSql.text(columns.get(i)));
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
