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
   *   <li>values may be handed to the builder in any order, but a backend that can sort them (as a
   *       database can, spilling to disk if need be) should, to spare the JVM the sort;
   *   <li>memory in the JVM in proportion to the distinct values, never to the rows.
   * </ul>
   *
   * @param columns the columns, each numeric, date or timestamp
   * @return the counts of every column asked for
   * @throws DataAccessException if the data cannot be read
   */
  NumericCounts numericCounts(List<String> columns);

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
