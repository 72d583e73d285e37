package dev.mltest.drift;

/**
 * Evidently's normed Wasserstein distance: {@code scipy.stats.wasserstein_distance(ref, cur) /
 * max(np.std(ref), 0.001)}, where the standard deviation is the population one (ddof = 0).
 */
final class WassersteinDistance {
  /** Evidently's floor for the reference standard deviation, so constant columns stay finite. */
  static final double MIN_SCALE = 0.001;

  private WassersteinDistance() {}

  static double normed(NumericSample reference, NumericSample current) {
    double scale = Math.max(populationStandardDeviation(reference.sortedValues()), MIN_SCALE);
    return distance(reference.sortedValues(), current.sortedValues()) / scale;
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
    CompensatedSum sum = new CompensatedSum();
    for (double value : values) {
      sum.add(value);
    }
    double mean = sum.value() / values.length;
    CompensatedSum squares = new CompensatedSum();
    for (double value : values) {
      double deviation = value - mean;
      squares.add(deviation * deviation);
    }
    return Math.sqrt(squares.value() / values.length);
  }
}
