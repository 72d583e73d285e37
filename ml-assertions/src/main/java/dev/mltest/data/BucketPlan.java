package dev.mltest.data;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import org.apiguardian.api.API;

/**
 * Shared bucket boundaries for one numeric column, given to BOTH sides of a comparison ({@link
 * BoundTable#numericCounts(java.util.List, java.util.Map)}) so that each counts the rows of every
 * bucket exactly and the two counts line up.
 *
 * <p>Bucket {@code i} holds the values {@code v} with {@code boundaries[i-1] < v <= boundaries[i]}
 * (the first bucket has no lower end) and is represented by its upper boundary {@code
 * boundaries[i]}; a value above the last boundary, NaN and the infinities stay as they are. Because
 * every value is moved up to the end of its bucket, the counts at each boundary are exact: the
 * share of rows up to a boundary is the same as in the raw data.
 *
 * <pre>{@code
 * BucketPlan plan = new BucketPlan(new double[] {1, 5, 10}, 2_000_000, "too many distinct values");
 * plan.representative(3.2);  // 5.0
 * plan.representative(5.0);  // 5.0
 * plan.representative(11.0); // 11.0: above the last boundary, kept
 * }</pre>
 *
 * @param boundaries finite, strictly ascending bucket ends, at least one
 * @param distinctValues how many distinct values the column has (an estimate; for messages and key
 *     detection)
 * @param reason why the column is bucketed, for the result that states the approximation: words
 *     that follow "N distinct values", as in {@link BucketNeed#reason()}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BucketPlan(double[] boundaries, long distinctValues, String reason) {
  /** Checks the boundaries. */
  public BucketPlan {
    requireNonNull(boundaries, "boundaries");
    requireNonNull(reason, "reason");
    if (boundaries.length == 0) {
      throw new IllegalArgumentException("a bucket plan needs at least one boundary");
    }
    for (int i = 0; i < boundaries.length; i++) {
      if (!Double.isFinite(boundaries[i]) || (i > 0 && boundaries[i - 1] >= boundaries[i])) {
        throw new IllegalArgumentException(
            "boundaries must be finite and strictly ascending; found %s after %s"
                .formatted(boundaries[i], i > 0 ? boundaries[i - 1] : "nothing"));
      }
    }
    boundaries = boundaries.clone();
  }

  /**
   * Returns the boundaries, ascending.
   *
   * @return a copy
   */
  @Override
  public double[] boundaries() {
    return boundaries.clone();
  }

  /**
   * Returns the value that stands for {@code value} once bucketed.
   *
   * @param value a value
   * @return the end of its bucket, or the value itself when it is NaN, infinite or above the last
   *     boundary ({@code -0.0} counts as {@code 0.0})
   */
  public double representative(double value) {
    return representative(boundaries, value);
  }

  /**
   * {@link #representative(double)} over a plain array, for backends that ship the boundaries to
   * their workers.
   *
   * @param boundaries finite, strictly ascending
   * @param value a value
   * @return the end of its bucket, or the value itself
   */
  public static double representative(double[] boundaries, double value) {
    if (!Double.isFinite(value)) {
      return value;
    }
    int i = Arrays.binarySearch(boundaries, value + 0.0);
    if (i >= 0) {
      return boundaries[i];
    }
    int above = -i - 1;
    return above < boundaries.length ? boundaries[above] : value + 0.0;
  }

  /**
   * Chooses boundaries for a column from its exact counts: the values at ranks {@code i * n /
   * buckets} ({@code i = 1 .. buckets - 1}) of its finite values, and its largest finite value, so
   * that no bucket but those of heavy single values holds much more than {@code 1 / buckets} of the
   * rows.
   *
   * @param column the exact counts
   * @param buckets at most this many boundaries (at least 1)
   * @return the boundaries, ascending and distinct; empty if the column has no finite value
   */
  public static double[] quantileBoundaries(NumericCounts.Column column, int buckets) {
    if (buckets < 1) {
      throw new IllegalArgumentException("buckets %d is not positive".formatted(buckets));
    }
    double[] values = column.values();
    long[] counts = column.counts();
    long finite = 0;
    for (int k = 0; k < values.length; k++) {
      finite += Double.isFinite(values[k]) ? counts[k] : 0;
    }
    double[] out = new double[buckets];
    int size = 0;
    long seen = 0;
    int next = 1;
    double max = Double.NaN;
    for (int k = 0; k < values.length; k++) {
      if (!Double.isFinite(values[k])) {
        continue;
      }
      seen += counts[k];
      max = values[k];
      // Every rank i * finite / buckets that this value reaches ends a bucket here.
      boolean ends = false;
      while (next < buckets && seen * (long) buckets >= next * finite) {
        ends = true;
        next++;
      }
      if (ends && size < buckets - 1) {
        out[size++] = values[k];
      }
    }
    if (Double.isNaN(max)) {
      return new double[0];
    }
    if (size == 0 || out[size - 1] < max) {
      out[size++] = max;
    }
    return Arrays.copyOf(out, size);
  }
}
