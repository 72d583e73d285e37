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
   * Reads numeric (and date or timestamp, as epoch seconds) columns in one scan, for statistics
   * that need every value, such as drift tests.
   *
   * @throws DataAccessException if the data cannot be read
   */
  Map<String, NumericColumn> numericColumns(List<String> columns);

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
