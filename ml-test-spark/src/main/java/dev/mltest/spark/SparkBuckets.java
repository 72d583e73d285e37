package dev.mltest.spark;

import static org.apache.spark.sql.functions.approx_count_distinct;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.percentile_approx;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import dev.mltest.data.BucketNeed;
import dev.mltest.data.BucketPlan;
import dev.mltest.data.DataAccessException;
import dev.mltest.data.NumericCounts;
import dev.mltest.data.TableSchema;
import dev.mltest.text.Formats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.types.DataTypes;
import org.jspecify.annotations.Nullable;

/**
 * Drift on columns with more distinct values than the driver may receive: the column is counted in
 * shared buckets on the executors ({@link BucketPlan}) and only one row per bucket reaches the
 * driver. Three small jobs per side, only for tables over the limit: estimated distinct counts (one
 * aggregate over all numeric columns), approximate quantiles of the columns to bucket, and the
 * grouped counts of every column (buckets and raw values together, one job).
 */
final class SparkBuckets {
  /**
   * The most buckets a column is counted in: each side proposes half as many approximate quantiles,
   * which stay cheap and accurate at Spark's {@code percentile_approx} accuracy of {@value
   * #ACCURACY}.
   */
  static final int MAX_BUCKETS = 20_000;

  /** Relative rank accuracy of the quantiles is about 1 / ACCURACY. */
  private static final int ACCURACY = 40_000;

  /**
   * Estimated totals up to this share of the limit are counted exactly: HyperLogLog++ estimates err
   * by a few per cent, and the exact count still checks the limit row by row.
   */
  private static final double EXACT_SHARE = 0.8;

  private SparkBuckets() {}

  /**
   * The columns to bucket: none while the estimated distinct values of all columns fit within
   * {@value #EXACT_SHARE} of the limit; else those estimated above that share of an equal split of
   * the limit over the columns, each into at most the split (and {@value #MAX_BUCKETS}) buckets.
   */
  static Map<String, BucketNeed> needs(
      SparkSession spark,
      String from,
      TableSchema schema,
      List<String> columns,
      long maxValues,
      BiFunction<String, Exception, DataAccessException> failure) {
    if (columns.isEmpty()) {
      return Map.of();
    }
    long[] estimates = new long[columns.size()];
    try {
      Dataset<Row> values = values(spark, from, schema, columns);
      Column[] distinct = new Column[columns.size()];
      for (int i = 0; i < distinct.length; i++) {
        distinct[i] = approx_count_distinct(col("v" + i));
      }
      Row row = values.agg(distinct[0], Arrays.copyOfRange(distinct, 1, distinct.length)).first();
      for (int i = 0; i < estimates.length; i++) {
        estimates[i] = row.getLong(i);
      }
    } catch (Exception e) {
      throw failure.apply("cannot estimate the distinct values of " + columns, e);
    }
    if (Arrays.stream(estimates).sum() <= EXACT_SHARE * maxValues) {
      return Map.of();
    }
    long share = Math.max(2, maxValues / columns.size());
    int buckets = (int) Math.min(MAX_BUCKETS, share);
    Map<String, BucketNeed> needs = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      if (estimates[i] > EXACT_SHARE * share) {
        String reason =
            "exceed what mltest.spark.driver-max-values (%s) allows each of %d numeric columns"
                .formatted(Formats.count(maxValues), columns.size());
        needs.put(columns.get(i), new BucketNeed(buckets, estimates[i], reason));
      }
    }
    return needs;
  }

  /**
   * Proposes boundaries in one job: for each column, approximate quantiles at steps of {@code 1 /
   * buckets} and the largest finite value (NaN and the infinities left out).
   */
  static Map<String, double[]> boundaries(
      SparkSession spark,
      String from,
      TableSchema schema,
      Map<String, Integer> buckets,
      BiFunction<String, Exception, DataAccessException> failure) {
    List<String> columns = List.copyOf(buckets.keySet());
    Map<String, double[]> result = new LinkedHashMap<>();
    if (columns.isEmpty()) {
      return result;
    }
    try {
      Dataset<Row> values = values(spark, from, schema, columns);
      List<Column> aggregates = new ArrayList<>();
      for (int i = 0; i < columns.size(); i++) {
        int n = Math.max(1, buckets.getOrDefault(columns.get(i), 2));
        double[] steps = new double[Math.max(1, n - 1)];
        for (int s = 0; s < steps.length; s++) {
          steps[s] = n == 1 ? 1.0 : (s + 1.0) / n;
        }
        Column v = col("v" + i);
        Column finite =
            when(
                    v.isNaN().or(v.isin(Double.POSITIVE_INFINITY, Double.NEGATIVE_INFINITY)),
                    lit(null))
                .otherwise(v);
        aggregates.add(percentile_approx(finite, lit(steps), lit(ACCURACY)));
        aggregates.add(max(finite));
      }
      Row row =
          values
              .agg(
                  aggregates.get(0),
                  aggregates.subList(1, aggregates.size()).toArray(Column[]::new))
              .first();
      for (int i = 0; i < columns.size(); i++) {
        if (row.isNullAt(2 * i + 1)) {
          result.put(columns.get(i), new double[0]);
          continue;
        }
        List<Object> quantiles = row.getList(2 * i);
        double[] proposed = new double[quantiles.size() + 1];
        for (int q = 0; q < quantiles.size(); q++) {
          proposed[q] = ((Number) quantiles.get(q)).doubleValue();
        }
        proposed[quantiles.size()] = row.getDouble(2 * i + 1);
        result.put(
            columns.get(i),
            Arrays.stream(proposed).map(d -> d + 0.0).sorted().distinct().toArray());
      }
    } catch (Exception e) {
      throw failure.apply("cannot compute the quantiles of " + columns, e);
    }
    return result;
  }

  /**
   * Counts every column in one job: the planned ones by bucket, the others by value, each row
   * telling how many of its rows lie strictly inside the bucket. The driver receives one row per
   * bucket or value, at most {@code maxValues} in all.
   *
   * @throws DataAccessException if more rows than the limit come back
   */
  static NumericCounts counts(
      SparkSession spark,
      String from,
      TableSchema schema,
      List<String> columns,
      Map<String, BucketPlan> plans,
      long maxValues,
      BiFunction<String, Exception, DataAccessException> failure) {
    List<Map<Double, long[]>> byColumn = new ArrayList<>();
    long[] nulls = new long[columns.size()];
    long received = 0;
    try {
      Dataset<Row> values = values(spark, from, schema, columns);
      Column[] parts = new Column[columns.size()];
      for (int i = 0; i < columns.size(); i++) {
        byColumn.add(new TreeMap<>());
        Column v = col("v" + i);
        BucketPlan plan = plans.get(columns.get(i));
        Column r = plan == null ? v : bucket(plan.boundaries()).apply(v);
        // NaN = NaN holds in Spark SQL, and nulls are counted apart, so a raw value is never
        // interior.
        parts[i] = struct(lit(i).as("k"), r.as("v"), v.eqNullSafe(r).as("raw"));
      }
      Dataset<Row> grouped =
          values
              .select(explode(array(parts)).as("e"))
              .select(col("e.k").as("k"), col("e.v").as("v"), col("e.raw").as("raw"))
              .groupBy(col("k"), col("v"))
              .agg(count(lit(1)).as("n"), sum(when(col("raw"), 0L).otherwise(1L)).as("i"));
      Iterator<Row> rows = grouped.toLocalIterator();
      while (rows.hasNext()) {
        Row row = rows.next();
        if (++received > maxValues) {
          throw new DataAccessException(
              "drift on Spark brings at most %,d values or buckets of numeric columns to the driver (mltest.spark.driver-max-values); %s has more in columns %s even in buckets"
                  .formatted(maxValues, from, columns));
        }
        int k = row.getInt(0);
        if (row.isNullAt(1)) {
          nulls[k] += row.getLong(2);
        } else {
          // -0.0 + 0.0 is 0.0: the two zeros are one value, as in NumericCounts.
          byColumn
              .get(k)
              .merge(
                  row.getDouble(1) + 0.0,
                  new long[] {row.getLong(2), row.getLong(3)},
                  (a, b) -> new long[] {a[0] + b[0], a[1] + b[1]});
        }
      }
    } catch (DataAccessException e) {
      throw e;
    } catch (Exception e) {
      throw failure.apply("cannot count values of " + columns, e);
    }
    Map<String, NumericCounts.Column> result = new LinkedHashMap<>();
    for (int i = 0; i < columns.size(); i++) {
      result.put(columns.get(i), column(byColumn.get(i), nulls[i], plans.get(columns.get(i))));
    }
    return NumericCounts.of(result);
  }

  private static NumericCounts.Column column(
      Map<Double, long[]> counted, long nulls, @Nullable BucketPlan plan) {
    double[] values = new double[counted.size()];
    long[] counts = new long[values.length];
    long[] interior = new long[values.length];
    int k = 0;
    // TreeMap of Double orders as Double.compare: ascending, NaN last, as a column needs.
    for (Map.Entry<Double, long[]> e : counted.entrySet()) {
      values[k] = e.getKey();
      counts[k] = e.getValue()[0];
      interior[k++] = e.getValue()[1];
    }
    return new NumericCounts.Column(
        values,
        counts,
        nulls,
        plan == null
            ? null
            : new NumericCounts.Bucketing(
                plan.boundaries().length, plan.distinctValues(), plan.reason(), interior));
  }

  /** The end of each value's bucket, computed on the executors by binary search. */
  private static org.apache.spark.sql.expressions.UserDefinedFunction bucket(double[] boundaries) {
    UDF1<Double, Double> end = v -> v == null ? null : BucketPlan.representative(boundaries, v);
    return udf(end, DataTypes.DoubleType);
  }

  private static Dataset<Row> values(
      SparkSession spark, String from, TableSchema schema, List<String> columns) {
    return spark.sql("SELECT " + SparkDrift.projection(schema, columns) + " FROM " + from);
  }
}
