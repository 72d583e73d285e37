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
    double[] u = reference.sortedValues();
    double[] v = current.sortedValues();
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
    double distance = distance(u, v);
    if (distance == 0) {
      return 0.0;
    }
    double scale =
        Math.max(
            populationStandardDeviation(u), MIN_RELATIVE_SCALE * pooledStandardDeviation(u, v));
    return distance / scale;
  }

  private static double[] scaled(double[] values, int exponent) {
    double[] out = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      out[i] = Math.scalb(values[i], exponent);
    }
    return out;
  }

  /**
   * The area between the two empirical CDFs, integrated over the merged sorted values in one pass:
   * between consecutive merged values the CDFs are constant.
   */
  static double distance(double[] u, double[] v) {
    CompensatedSum area = new CompensatedSum();
    int i = 0;
    int j = 0;
    double previous = Math.min(u[0], v[0]);
    while (i < u.length || j < v.length) {
      double value = j == v.length || (i < u.length && u[i] <= v[j]) ? u[i] : v[j];
      double gap = Math.abs((double) i / u.length - (double) j / v.length);
      area.add(gap * (value - previous));
      while (i < u.length && u[i] == value) {
        i++;
      }
      while (j < v.length && v[j] == value) {
        j++;
      }
      previous = value;
    }
    return area.value();
  }

  static double populationStandardDeviation(double[] values) {
    return pooledStandardDeviation(values, new double[0]);
  }

  /** The population standard deviation of the values of both arrays together. */
  static double pooledStandardDeviation(double[] u, double[] v) {
    CompensatedSum sum = new CompensatedSum();
    for (double value : u) {
      sum.add(value);
    }
    for (double value : v) {
      sum.add(value);
    }
    double count = (double) u.length + v.length;
    double mean = sum.value() / count;
    CompensatedSum squares = new CompensatedSum();
    for (double value : u) {
      double deviation = value - mean;
      squares.add(deviation * deviation);
    }
    for (double value : v) {
      double deviation = value - mean;
      squares.add(deviation * deviation);
    }
    return Math.sqrt(squares.value() / count);
  }
}
