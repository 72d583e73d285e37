package dev.mltest.profile;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.ColumnType;
import dev.mltest.data.ValueFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The statistics of one column. Statistics that do not apply to the column's type are null or
 * empty: the mean of a string column, the string lengths of a number column.
 *
 * @param name the column name
 * @param type the logical type
 * @param nativeType the backend's type name, e.g. {@code BIGINT}
 * @param rows the number of rows of the table
 * @param nulls the number of null values
 * @param distinct the number of distinct non-null values
 * @param min the smallest value (numbers, dates, timestamps, strings in collation order)
 * @param max the largest value
 * @param mean the mean (numbers only; NaN if a value is NaN)
 * @param stdev the sample standard deviation of the finite values (numbers only)
 * @param quantiles exact interpolated quantiles by probability (numbers only)
 * @param topValues the most frequent values with exact counts, most frequent first
 * @param histogram an equal-width histogram (numbers only)
 * @param lengths string lengths (strings only)
 * @param formatMatches for strings, how many values have each well-known format
 * @param shapes for strings, the most frequent value shapes ({@code 9} for a digit, {@code a} for
 *     an ASCII letter) with exact counts
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ColumnProfile(
    String name,
    ColumnType type,
    String nativeType,
    long rows,
    long nulls,
    long distinct,
    @Nullable Object min,
    @Nullable Object max,
    @Nullable Double mean,
    @Nullable Double stdev,
    Map<Double, Double> quantiles,
    List<ValueCount> topValues,
    List<HistogramBin> histogram,
    @Nullable Lengths lengths,
    Map<ValueFormat, Long> formatMatches,
    List<ValueCount> shapes) {

  public ColumnProfile {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    quantiles = new TreeMap<>(quantiles);
    topValues = List.copyOf(topValues);
    histogram = List.copyOf(histogram);
    formatMatches = Map.copyOf(formatMatches);
    shapes = List.copyOf(shapes);
  }

  /** The number of non-null values. */
  public long nonNull() {
    return rows - nulls;
  }

  /** The share of rows that are null, 0 for an empty table. */
  public double nullShare() {
    return rows == 0 ? 0 : (double) nulls / rows;
  }

  /** The number of distinct values over the number of non-null values, 0 if all are null. */
  public double distinctShare() {
    return nonNull() == 0 ? 0 : (double) distinct / nonNull();
  }

  /**
   * The well-known format every non-null value has, if any (the most specific one when several
   * apply, e.g. an ISO date over an ISO date-time).
   */
  public Optional<ValueFormat> commonFormat() {
    if (nonNull() == 0) {
      return Optional.empty();
    }
    return formatMatches.entrySet().stream()
        .filter(e -> e.getValue() == nonNull())
        .map(Map.Entry::getKey)
        .min(Enum::compareTo);
  }

  /** The interpolated quantile at a profiled probability, if measured. */
  public Optional<Double> quantile(double probability) {
    return Optional.ofNullable(quantiles.get(probability));
  }

  /**
   * String lengths in characters.
   *
   * @param min the shortest
   * @param max the longest
   * @param mean the mean length
   */
  public record Lengths(long min, long max, double mean) {}
}
