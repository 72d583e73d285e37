package dev.mltest.drift;

/**
 * The normed Wasserstein distance: {@code scipy.stats.wasserstein_distance(ref, cur) / scale},
 * where scale is the reference's population standard deviation ({@code np.std}, ddof = 0), floored
 * at {@value #MIN_RELATIVE_SCALE} times the standard deviation of both sides together.
 *
 * <p>Evidently floors the scale at an absolute 0.001, so a column measured in units of 1e-5 never
 * drifts and one measured in units of 1e6 is judged as if it had no floor. The floor here is
 * relative to the data: it only matters when the reference is (nearly) constant and the current
 * side is not. Values are scaled by a power of two before summing, so columns near 1e300 neither
 * overflow nor lose precision.
 */
final class WassersteinDistance {
  /** The scale floor, relative to the standard deviation of both sides together. */
  static final double MIN_RELATIVE_SCALE = 0.001;

  /** Magnitudes beyond which squares and sums could overflow (or underflow) a double. */
  private static final double SAFE_HIGH = 0x1p480;

  private static final double SAFE_LOW = 0x1p-480;

  private WassersteinDistance() {}

  static double normed(NumericSample reference, NumericSample current) {
    double[] u = reference.distinctValues();
    double[] v = current.distinctValues();
    double largest =
        Math.max(
            Math.max(Math.abs(u[0]), Math.abs(u[u.length - 1])),
            Math.max(Math.abs(v[0]), Math.abs(v[v.length - 1])));
    if (largest == 0) {
      return 0.0;
    }
    if (largest > SAFE_HIGH || largest < SAFE_LOW) {
      // The ratio does not depend on the unit: rescale exactly by a power of two.
      int exponent = -Math.getExponent(largest);
      u = scaled(u, exponent);
      v = scaled(v, exponent);
    }
    Weighted x = new Weighted(u, reference);
    Weighted y = new Weighted(v, current);
    double distance = distance(x, y);
    if (distance == 0) {
      return 0.0;
    }
    double scale =
        Math.max(
            populationStandardDeviation(x), MIN_RELATIVE_SCALE * populationStandardDeviation(x, y));
    return distance / scale;
  }

  /** Distinct values (possibly rescaled) with the counts of the sample they came from. */
  private record Weighted(double[] values, NumericSample counts) {
    int size() {
      return counts.size();
    }
  }

  private static double[] scaled(double[] values, int exponent) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Math.scalb(values[i], exponent);
    }
    return out;
  }

  /**
   * The area between the two empirical CDFs, integrated over the merged distinct values in one
   * pass: between consecutive merged values the CDFs are constant.
   */
  private static double distance(Weighted x, Weighted y) {
    double[] u = x.values();
    double[] v = y.values();
    int n = x.size();
    int m = y.size();
    CompensatedSum area = new CompensatedSum();
    int k = 0;
    int l = 0;
    double previous = Math.min(u[0], v[0]);
    while (k < u.length || l < v.length) {
      double value = l == v.length || (k < u.length && u[k] <= v[l]) ? u[k] : v[l];
      // Values of each side below this one: the CDFs just before it.
      int i = x.counts().countBelowIndex(k);
      int j = y.counts().countBelowIndex(l);
      double gap = Math.abs((double) i / n - (double) j / m);
      area.add(gap * (value - previous));
      k += k < u.length && u[k] == value ? 1 : 0;
      l += l < v.length && v[l] == value ? 1 : 0;
      previous = value;
    }
    return area.value();
  }

  /**
   * The population standard deviation of the values of the samples together. Each value is added
   * once per occurrence, in ascending order, so that the compensated sums round exactly as they did
   * over the expanded values.
   */
  private static double populationStandardDeviation(Weighted... samples) {
    CompensatedSum sum = new CompensatedSum();
    double count = 0;
    for (Weighted sample : samples) {
      double[] values = sample.values();
      for (int k = 0; k < values.length; k++) {
        for (int c = sample.counts().countAt(k); c > 0; c--) {
          sum.add(values[k]);
        }
      }
      count += sample.size();
    }
    double mean = sum.value() / count;
    CompensatedSum squares = new CompensatedSum();
    for (Weighted sample : samples) {
      double[] values = sample.values();
      for (int k = 0; k < values.length; k++) {
        double deviation = values[k] - mean;
        double square = deviation * deviation;
        for (int c = sample.counts().countAt(k); c > 0; c--) {
          squares.add(square);
        }
      }
    }
    return Math.sqrt(squares.value() / count);
  }
}
