package dev.mltest.drift;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

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
  private final double[] sorted;
  private final long droppedNaN;
  private final long droppedInfinite;
  private final long droppedNull;
  private final int distinct;
  private final int tied;

  private NumericSample(double[] sorted, long droppedNaN, long droppedInfinite, long droppedNull) {
    this.sorted = sorted;
    this.droppedNaN = droppedNaN;
    this.droppedInfinite = droppedInfinite;
    this.droppedNull = droppedNull;
    int distinctCount = 0;
    int tiedCount = 0;
    for (int start = 0, end; start < sorted.length; start = end) {
      end = start + 1;
      while (end < sorted.length && sorted[end] == sorted[start]) {
        end++;
      }
      distinctCount++;
      tiedCount += end - start > 1 ? end - start : 0;
    }
    this.distinct = distinctCount;
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
    double[] sorted = kept == length ? finite : Arrays.copyOf(finite, kept);
    Arrays.sort(sorted);
    return new NumericSample(sorted, nan, infinite, nulls);
  }

  /**
   * Returns the number of values kept.
   *
   * @return the size after cleaning
   */
  public int size() {
    return sorted.length;
  }

  /**
   * Tells whether no value was kept.
   *
   * @return true if empty after cleaning
   */
  public boolean isEmpty() {
    return sorted.length == 0;
  }

  /**
   * Returns the smallest kept value.
   *
   * @return the minimum
   * @throws IllegalStateException if the sample is empty
   */
  public double min() {
    requireValues();
    return sorted[0];
  }

  /**
   * Returns the largest kept value.
   *
   * @return the maximum
   * @throws IllegalStateException if the sample is empty
   */
  public double max() {
    requireValues();
    return sorted[sorted.length - 1];
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
    return distinct;
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
    return sorted.clone();
  }

  /**
   * Returns the cleaning summary of this sample.
   *
   * @return the summary
   */
  public SampleSummary summary() {
    return new SampleSummary(
        sorted.length, droppedNaN, droppedInfinite, droppedNull, distinct, tied);
  }

  /** The sorted values themselves, shared with the methods of this package; never modified. */
  double[] sortedValues() {
    return sorted;
  }

  private void requireValues() {
    if (sorted.length == 0) {
      throw new IllegalStateException("the sample has no values after cleaning");
    }
  }

  @Override
  public String toString() {
    return "NumericSample[size=%d, distinct=%d, droppedNaN=%d, droppedInfinite=%d, droppedNull=%d]"
        .formatted(sorted.length, distinct, droppedNaN, droppedInfinite, droppedNull);
  }
}
