package dev.mltest.drift;

import java.util.Arrays;

/**
 * Equal-width histogram edges chosen by Sturges' rule, computed exactly as {@code
 * numpy.histogram_bin_edges(a, bins="sturges")} so that the bins, and therefore every binned score,
 * agree with Evidently to the last bit; and counts as {@code numpy.histogram(a, edges)}.
 */
final class SturgesHistogram {
  private SturgesHistogram() {}

  /**
   * Edges for data whose smallest and largest values are {@code min} and {@code max} and whose size
   * is {@code count} (the size enters only through Sturges' rule).
   */
  static double[] edges(double min, double max, long count) {
    double ptp = max - min;
    if (!Double.isFinite(ptp)) {
      throw new DriftInputException(
          DriftInputException.Problem.UNBINNABLE_VALUES,
          "The values span [%s, %s], a range too wide for a histogram.".formatted(min, max));
    }
    double first = min;
    double last = max;
    if (first == last) {
      // NumPy widens an empty range to one unit around the value.
      first -= 0.5;
      last += 0.5;
    }
    double width = ptp / (log2(count) + 1.0);
    int bins = width != 0.0 ? (int) Math.ceil((last - first) / width) : 1;
    return linspace(first, last, bins);
  }

  /** NumPy's linspace with endpoint: i * step + first, and the last edge exactly {@code last}. */
  private static double[] linspace(double first, double last, int bins) {
    double[] edges = new double[bins + 1];
    double delta = last - first;
    double step = delta / bins;
    for (int i = 0; i < bins; i++) {
      // NumPy divides first when the step underflows to zero (subnormal ranges).
      edges[i] = step == 0.0 ? i / (double) bins * delta + first : i * step + first;
    }
    edges[bins] = last;
    return edges;
  }

  /**
   * The buckets to draw for a numeric column: the scoring buckets if the method used some, else
   * (KS, Wasserstein compare raw values) a Sturges histogram over both samples' range, counted from
   * the sorted samples the comparison already holds. Samples that cannot be binned (an empty side,
   * a range too wide) are drawn without buckets.
   */
  static Binning display(Binning used, NumericSample reference, NumericSample current) {
    if (!(used instanceof Binning.None) || reference.isEmpty() || current.isEmpty()) {
      return used;
    }
    double[] edges;
    try {
      edges =
          edges(
              Math.min(reference.min(), current.min()),
              Math.max(reference.max(), current.max()),
              (long) reference.size() + current.size());
    } catch (DriftInputException e) {
      return used;
    }
    return new Binning.Histogram(
        Arrays.stream(edges).boxed().toList(),
        Arrays.stream(counts(reference, edges)).boxed().toList(),
        Arrays.stream(counts(current, edges)).boxed().toList());
  }

  /**
   * Base-2 logarithm, exact for powers of two. Exactness matters there: Sturges' rule then gives an
   * integer bin count, and an error in the last bit would add a bin. Elsewhere log2(n) is at least
   * about 1/n away from an integer, far more than the rounding error of the quotient.
   */
  static double log2(long n) {
    if (Long.bitCount(n) == 1) {
      return Long.numberOfTrailingZeros(n);
    }
    return Math.log(n) / Math.log(2.0);
  }

  /**
   * Counts the values of a sample per bin: bin i holds edges[i] <= v < edges[i+1], and the last bin
   * also holds v == edges[last], as {@code numpy.histogram}. Values outside the edges are not
   * counted.
   */
  static long[] counts(NumericSample sample, double[] edges) {
    int bins = edges.length - 1;
    long[] counts = new long[bins];
    int previous = sample.countBelow(edges[0]);
    for (int i = 0; i < bins; i++) {
      int next = i == bins - 1 ? sample.countUpTo(edges[bins]) : sample.countBelow(edges[i + 1]);
      counts[i] = next - previous;
      previous = next;
    }
    return counts;
  }

  /** {@link #counts(NumericSample, double[])} of sorted finite values. */
  static long[] counts(double[] sorted, double[] edges) {
    return counts(NumericSample.of(sorted), edges);
  }

  /** Index of the first value >= key. */
  static int lowerBound(double[] sorted, double key) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /** Index of the first value > key. */
  static int upperBound(double[] sorted, double key) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] <= key) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}
