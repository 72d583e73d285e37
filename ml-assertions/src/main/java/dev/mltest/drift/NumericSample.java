package dev.mltest.drift;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.NumericCounts;
import java.util.Arrays;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One side of a numeric column, cleaned and sorted once so that every drift method can share it.
 *
 * <p>Cleaning follows Evidently: NaN and both infinities are dropped and counted (SQL NULLs are
 * counted separately by {@link #ofNullable(Double[])}), and {@code -0.0} becomes {@code 0.0} so
 * that the two zeros are one value, as in NumPy comparisons. Ties are counted.
 *
 * <pre>{@code
 * NumericSample reference = NumericSample.of(new double[] {1.5, Double.NaN, 2.0, 2.0});
 * reference.size();          // 3
 * reference.droppedNaN();    // 1
 * reference.tiedValueCount() // 2
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class NumericSample {
  /** The distinct kept values, ascending. */
  private final double[] values;

  /** {@code cumulative[k]}: how many kept values are below {@code values[k]}; one entry more. */
  private final int[] cumulative;

  private final long droppedNaN;
  private final long droppedInfinite;
  private final long droppedNull;
  private final int tied;

  /** How the backend bucketed the column, or null for raw values. */
  private final NumericCounts.@Nullable Bucketing bucketing;

  /** For a bucketed column: per distinct value, its rows strictly inside its bucket below it. */
  private final int @Nullable [] interior;

  private NumericSample(
      double[] values, int[] cumulative, long droppedNaN, long droppedInfinite, long droppedNull) {
    this(values, cumulative, droppedNaN, droppedInfinite, droppedNull, null, null);
  }

  private NumericSample(
      double[] values,
      int[] cumulative,
      long droppedNaN,
      long droppedInfinite,
      long droppedNull,
      NumericCounts.@Nullable Bucketing bucketing,
      int @Nullable [] interior) {
    this.bucketing = bucketing;
    this.interior = interior;
    this.values = values;
    this.cumulative = cumulative;
    this.droppedNaN = droppedNaN;
    this.droppedInfinite = droppedInfinite;
    this.droppedNull = droppedNull;
    int tiedCount = 0;
    for (int k = 0; k < values.length; k++) {
      int count = cumulative[k + 1] - cumulative[k];
      tiedCount += count > 1 ? count : 0;
    }
    this.tied = tiedCount;
  }

  /**
   * Cleans and sorts a column. The array is not modified.
   *
   * @param values the raw values, NaN standing for missing
   * @return the cleaned sample, possibly empty
   */
  public static NumericSample of(double[] values) {
    requireNonNull(values, "values");
    return clean(values, values.length, 0);
  }

  /**
   * Cleans and sorts a column whose missing values are {@code null}, as read from SQL. Nulls are
   * counted apart from NaN.
   *
   * @param values the raw values
   * @return the cleaned sample, possibly empty
   */
  public static NumericSample ofNullable(@Nullable Double[] values) {
    requireNonNull(values, "values");
    double[] unboxed = new double[values.length];
    int kept = 0;
    for (Double value : values) {
      if (value != null) {
        unboxed[kept++] = value;
      }
    }
    return clean(unboxed, kept, values.length - kept);
  }

  /**
   * Cleans and sorts the first {@code length} values of an array read column-wise from a database,
   * whose nulls were already left out and counted. The array is not modified.
   *
   * @param values the non-null raw values, in {@code values[0..length)}
   * @param length how many values are used
   * @param nulls how many nulls the column had
   * @return the cleaned sample, possibly empty
   */
  public static NumericSample of(double[] values, int length, long nulls) {
    requireNonNull(values, "values");
    if (length < 0 || length > values.length || nulls < 0) {
      throw new IllegalArgumentException(
          "length %d or nulls %d out of range".formatted(length, nulls));
    }
    return clean(values, length, nulls);
  }

  /**
   * Cleans a column given as distinct values with their counts, as a backend counts them ({@link
   * dev.mltest.data.BoundTable#numericCounts}): the sample holds each distinct value once, so its
   * memory follows the number of distinct values, not of rows, and every statistic is the same as
   * on the expanded values.
   *
   * <pre>{@code
   * NumericSample ages = NumericSample.ofCounts(new double[] {18, 30, 65}, new long[] {2, 5, 1}, 0);
   * ages.size();          // 8
   * ages.distinctCount(); // 3
   * }</pre>
   *
   * @param values the non-null values, in any order, NaN and infinities included (dropped and
   *     counted)
   * @param counts how many rows hold each value (positive)
   * @param nulls how many nulls the column had
   * @return the cleaned sample, possibly empty
   * @throws IllegalArgumentException if the arrays differ in length, a count is not positive, or
   *     more than {@link Integer#MAX_VALUE} values are kept
   */
  public static NumericSample ofCounts(double[] values, long[] counts, long nulls) {
    return ofCounts(NumericCounts.Column.of(values, counts, nulls));
  }

  /**
   * Cleans a column counted by a backend.
   *
   * @param column the distinct values with their counts
   * @return the cleaned sample, possibly empty
   * @throws IllegalArgumentException if more than {@link Integer#MAX_VALUE} values are kept
   */
  public static NumericSample ofCounts(NumericCounts.Column column) {
    requireNonNull(column, "column");
    double[] raw = column.values();
    long[] counts = column.counts();
    // Ascending in Double.compare order: -inf, the finite values, +inf, NaN.
    int from = 0;
    int to = raw.length;
    long nan = 0;
    long infinite = 0;
    while (to > from && Double.isNaN(raw[to - 1])) {
      nan += counts[--to];
    }
    while (to > from && Double.isInfinite(raw[to - 1])) {
      infinite += counts[--to];
    }
    while (from < to && Double.isInfinite(raw[from])) {
      infinite += counts[from++];
    }
    // The column's array is shared when nothing is dropped; neither side ever modifies it.
    double[] kept = from == 0 && to == raw.length ? raw : Arrays.copyOfRange(raw, from, to);
    int[] cumulative = new int[kept.length + 1];
    NumericCounts.Bucketing bucketing = column.bucketing();
    int[] interior = bucketing == null ? null : new int[kept.length];
    long total = 0;
    for (int k = 0; k < kept.length; k++) {
      if (interior != null && bucketing != null) {
        interior[k] = (int) bucketing.interior()[from + k];
      }
      total += counts[from + k];
      if (total > Integer.MAX_VALUE) {
        throw new IllegalArgumentException(
            "a numeric sample holds at most %,d values".formatted(Integer.MAX_VALUE));
      }
      cumulative[k + 1] = (int) total;
    }
    return new NumericSample(kept, cumulative, nan, infinite, column.nulls(), bucketing, interior);
  }

  private static NumericSample clean(double[] values, int length, long nulls) {
    double[] finite = new double[length];
    int kept = 0;
    long nan = 0;
    long infinite = 0;
    for (int i = 0; i < length; i++) {
      double value = values[i];
      if (Double.isNaN(value)) {
        nan++;
      } else if (Double.isInfinite(value)) {
        infinite++;
      } else {
        // Adding 0.0 turns -0.0 into 0.0 and leaves every other value unchanged. Without it
        // Arrays.sort orders -0.0 before 0.0 and the zeros would count as two values.
        finite[kept++] = value + 0.0;
      }
    }
    Arrays.sort(finite, 0, kept);
    int distinct = 0;
    int[] cumulative = new int[kept + 1];
    for (int i = 0; i < kept; i++) {
      if (distinct == 0 || finite[i] != finite[distinct - 1]) {
        finite[distinct] = finite[i];
        cumulative[distinct] = i;
        distinct++;
      }
    }
    cumulative[distinct] = kept;
    return new NumericSample(
        Arrays.copyOf(finite, distinct),
        Arrays.copyOf(cumulative, distinct + 1),
        nan,
        infinite,
        nulls);
  }

  /**
   * Returns the number of values kept.
   *
   * @return the size after cleaning
   */
  public int size() {
    return cumulative[values.length];
  }

  /**
   * Tells whether no value was kept.
   *
   * @return true if empty after cleaning
   */
  public boolean isEmpty() {
    return values.length == 0;
  }

  /**
   * Returns the smallest kept value.
   *
   * @return the minimum
   * @throws IllegalStateException if the sample is empty
   */
  public double min() {
    requireValues();
    return values[0];
  }

  /**
   * Returns the largest kept value.
   *
   * @return the maximum
   * @throws IllegalStateException if the sample is empty
   */
  public double max() {
    requireValues();
    return values[values.length - 1];
  }

  /**
   * Returns the number of NaN values dropped.
   *
   * @return dropped NaN count
   */
  public long droppedNaN() {
    return droppedNaN;
  }

  /**
   * Returns the number of infinite values dropped.
   *
   * @return dropped infinity count
   */
  public long droppedInfinite() {
    return droppedInfinite;
  }

  /**
   * Returns the number of nulls dropped (only from {@link #ofNullable(Double[])}).
   *
   * @return dropped null count
   */
  public long droppedNull() {
    return droppedNull;
  }

  /**
   * Returns the number of distinct kept values.
   *
   * @return distinct count
   */
  public int distinctCount() {
    return values.length;
  }

  /**
   * Returns the number of kept values equal to at least one other kept value.
   *
   * @return tied value count
   */
  public int tiedValueCount() {
    return tied;
  }

  /**
   * Returns a copy of the cleaned values in ascending order.
   *
   * @return the sorted values
   */
  public double[] toSortedArray() {
    double[] expanded = new double[size()];
    for (int k = 0; k < values.length; k++) {
      Arrays.fill(expanded, cumulative[k], cumulative[k + 1], values[k]);
    }
    return expanded;
  }

  /**
   * Returns the cleaning summary of this sample.
   *
   * @return the summary
   */
  public SampleSummary summary() {
    return new SampleSummary(size(), droppedNaN, droppedInfinite, droppedNull, values.length, tied);
  }

  /** The kept values, expanded and ascending, as {@link #toSortedArray()}. */
  double[] sortedValues() {
    return toSortedArray();
  }

  /** The distinct values, ascending, shared with the methods of this package; never modified. */
  double[] distinctValues() {
    return values;
  }

  /** How many kept values lie below the {@code k}-th distinct value ({@code k <= distinct}). */
  int countBelowIndex(int k) {
    return cumulative[k];
  }

  /** How many kept values equal the {@code k}-th distinct value. */
  int countAt(int k) {
    return cumulative[k + 1] - cumulative[k];
  }

  /**
   * How the backend counted the column in shared buckets, or null when the sample holds raw values:
   * then every statistic of it is exact.
   */
  NumericCounts.@Nullable Bucketing bucketing() {
    return bucketing;
  }

  /**
   * How many of the values at the {@code k}-th distinct value lie strictly below it, inside its
   * bucket; 0 for raw values.
   */
  int interiorAt(int k) {
    return interior == null ? 0 : interior[k];
  }

  /** How many kept values are below {@code key}: the index of the first value >= key, expanded. */
  int countBelow(double key) {
    return cumulative[SturgesHistogram.lowerBound(values, key)];
  }

  /** How many kept values are at most {@code key}: the index of the first value > key, expanded. */
  int countUpTo(double key) {
    return cumulative[SturgesHistogram.upperBound(values, key)];
  }

  /** The value at index {@code rank} of the expanded sorted values. */
  double valueAtRank(int rank) {
    if (rank < 0 || rank >= size()) {
      throw new IndexOutOfBoundsException(rank);
    }
    // The last k with cumulative[k] <= rank.
    int k = Arrays.binarySearch(cumulative, 0, values.length, rank);
    if (k < 0) {
      k = -k - 2;
    }
    return values[k];
  }

  private void requireValues() {
    if (values.length == 0) {
      throw new IllegalStateException("the sample has no values after cleaning");
    }
  }

  @Override
  public String toString() {
    return "NumericSample[size=%d, distinct=%d, droppedNaN=%d, droppedInfinite=%d, droppedNull=%d]"
        .formatted(size(), values.length, droppedNaN, droppedInfinite, droppedNull);
  }
}
