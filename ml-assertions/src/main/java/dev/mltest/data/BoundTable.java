package dev.mltest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** A dataset opened by a {@link DataBackend}, ready to be measured. */
@API(status = EXPERIMENTAL, since = "0.1")
public interface BoundTable extends AutoCloseable {

  /** The dataset this table reads. */
  Dataset dataset();

  /** The table's columns. */
  TableSchema schema();

  /**
   * Computes all measures together: one scan for the scan-shareable ones and one more per distinct
   * grouping key. A measure that cannot be computed (a bad user expression, say) is reported in
   * {@link Measurements#failure(Measure)} without failing the others.
   *
   * @throws DataAccessException if the data itself cannot be read
   */
  Measurements measure(Collection<? extends Measure> measures);

  /**
   * Fetches up to {@code request.limit()} offending values with their counts and first rows.
   *
   * @throws DataAccessException if the data cannot be read
   */
  List<ValueSample> sample(SampleRequest request);

  /**
   * Counts the distinct values of numeric columns (dates and timestamps as epoch seconds, every
   * value as a DOUBLE), for statistics that need the whole distribution, such as drift tests.
   *
   * <p>The contract every backend meets:
   *
   * <ul>
   *   <li>one read of the data for all the columns (one scan, not one per column);
   *   <li>for each column, every distinct non-null value with the number of rows holding it, and
   *       the number of rows holding null, so that values plus nulls add up to the row count;
   *   <li>NaN and the infinities are reported as values (the caller drops them), {@code -0.0} may
   *       be reported apart from {@code 0.0} (the {@link NumericCounts.Builder} merges them);
   *   <li>values may be handed to the {@link NumericCounts.Builder} in any order: it sorts each
   *       column's distinct values in place;
   *   <li>memory in the JVM in proportion to the distinct values, never to the rows.
   * </ul>
   *
   * @param columns the columns, each numeric, date or timestamp
   * @return the counts of every column asked for
   * @throws DataAccessException if the data cannot be read
   */
  NumericCounts numericCounts(List<String> columns);

  /**
   * Names the numeric columns this table cannot count value by value within its limit on what it
   * brings to the JVM, with the number of buckets it may count each in instead. A drift comparison
   * then asks both sides for {@link #bucketBoundaries boundaries}, merges them, and counts both
   * sides in the same buckets ({@link #numericCounts(List, Map)}).
   *
   * <p>The default, for backends without such a limit (DuckDB), is none: every column is counted
   * exactly.
   *
   * @param columns the columns, each numeric, date or timestamp
   * @return the columns to bucket, by name; empty when all are counted exactly
   * @throws DataAccessException if the data cannot be read
   */
  default Map<String, BucketNeed> bucketNeeds(List<String> columns) {
    return Map.of();
  }

  /**
   * Proposes boundaries for bucketing columns: about {@code buckets - 1} quantiles at even steps
   * and the largest finite value, at most {@code buckets} values, ascending and distinct. A backend
   * may compute approximate quantiles: the counts in the buckets are exact whatever the boundaries,
   * and only how evenly the rows spread over the buckets depends on them.
   *
   * <p>The default computes exact quantiles from {@link #numericCounts(List)}.
   *
   * @param buckets how many boundaries at most, by column
   * @return the boundaries by column; a column without finite values has none
   * @throws DataAccessException if the data cannot be read
   */
  default Map<String, double[]> bucketBoundaries(Map<String, Integer> buckets) {
    List<String> columns = List.copyOf(buckets.keySet());
    NumericCounts exact = numericCounts(columns);
    Map<String, double[]> result = new java.util.LinkedHashMap<>();
    for (String column : columns) {
      result.put(
          column,
          BucketPlan.quantileBoundaries(exact.column(column), buckets.getOrDefault(column, 2)));
    }
    return result;
  }

  /**
   * Counts numeric columns as {@link #numericCounts(List)} does, except that the planned columns
   * are counted in the plan's shared buckets ({@link NumericCounts.Column#bucketed}), so that at
   * most one value per bucket reaches the JVM. Both sides of a comparison get the same plans.
   *
   * <p>The default counts exactly and buckets in the JVM; a backend with a limit overrides it to
   * bucket where the data lives.
   *
   * @param columns the columns
   * @param plans the shared boundaries of the columns to bucket; empty for none
   * @return the counts of every column asked for
   * @throws DataAccessException if the data cannot be read
   */
  default NumericCounts numericCounts(List<String> columns, Map<String, BucketPlan> plans) {
    NumericCounts exact = numericCounts(columns);
    return plans.isEmpty() ? exact : exact.bucketed(plans);
  }

  /**
   * Counts the values of each column (as text; the null key counts nulls), one grouping query per
   * column.
   *
   * @throws DataAccessException if the data cannot be read
   */
  Map<String, Map<@Nullable String, Long>> categoryCounts(List<String> columns);

  /**
   * Counts the rows whose label is not null: per label value (as text) when {@code byValue}, else
   * all of them under the key {@code ""}. The strata of a {@link SampleDraw}.
   *
   * @throws DataAccessException if the data cannot be read
   */
  Map<String, Long> labelCounts(String label, boolean byValue);

  /**
   * Draws a seeded training sample exactly as {@link SampleDraw} defines it and hands each drawn
   * row to {@code rows}, in file order, without holding the table in memory.
   *
   * @throws DataAccessException if the data cannot be read or a column is missing
   */
  void drawSample(SampleDraw draw, Consumer<SampledRow> rows);

  @Override
  void close();
}
