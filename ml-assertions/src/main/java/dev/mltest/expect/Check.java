package dev.mltest.expect;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.Measure;
import dev.mltest.data.Measurements;
import dev.mltest.data.SampleRequest;
import dev.mltest.data.TableSchema;
import dev.mltest.data.ValueSample;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * What one expectation measures and how it judges the measurements. A check never reads data
 * itself: the evaluation plan computes the measures of all checks of a suite together.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface Check {

  /** The columns the check reads and the types it accepts. */
  List<ColumnRequirement> requirements();

  /**
   * The measures it needs, given the table's schema (which decides, for instance, how a date bound
   * is compared).
   *
   * @throws IllegalArgumentException if a parameter does not fit the column's type
   */
  List<Measure> measures(TableSchema schema);

  /** Judges the computed measures. */
  Judgement judge(Measurements measurements, TableSchema schema);

  /** For a failed judgement: which offending rows to show. */
  default Optional<SampleRequest> offendingRows(TableSchema schema) {
    return Optional.empty();
  }

  /**
   * For a failed judgement: which offending rows to show, when telling them apart needs what was
   * measured (a z-score needs the mean). Defaults to {@link #offendingRows(TableSchema)}.
   */
  default Optional<SampleRequest> offendingRows(TableSchema schema, Measurements measurements) {
    return offendingRows(schema);
  }

  /**
   * For a failed judgement whose measurements already hold the offending values (values judged on
   * the JVM, which a second query could not tell apart), those values; the check's own message then
   * shows them with why each failed. Empty for checks whose offending rows are fetched with {@link
   * #offendingRows(TableSchema, Measurements)}.
   */
  default List<ValueSample> measuredOffendingValues(Measurements measurements) {
    return List.of();
  }

  /** Whether a failure lists offending rows, so that {@code sampleSize} applies. */
  default boolean listsOffendingRows(TableSchema schema) {
    return offendingRows(schema).isPresent();
  }

  /**
   * A column a check reads.
   *
   * @param column the name
   * @param rule the accepted types
   */
  record ColumnRequirement(String column, ColumnRule rule) {}
}
