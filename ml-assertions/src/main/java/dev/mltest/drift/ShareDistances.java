package dev.mltest.drift;

/**
 * Distances between two vectors of bucket shares, written after the SciPy functions Evidently
 * calls: {@code scipy.spatial.distance.jensenshannon}, {@code scipy.stats.entropy} and the PSI sum.
 */
final class ShareDistances {
  /** Evidently's share for an empty bucket (PSI and KL only). */
  static final double ZERO_FILL = 0.0001;

  private ShareDistances() {}

  /** Share of each bucket: count / total, as NumPy divides an integer array by its length. */
  static double[] shares(long[] counts, long total) {
    double[] shares = new double[counts.length];
    for (int i = 0; i < counts.length; i++) {
      shares[i] = (double) counts[i] / total;
    }
    return shares;
  }

  /**
   * Evidently's zero fill: an empty bucket gets 0.0001, or a millionth of the smallest non-empty
   * share when that share is itself at most 0.0001, so that logarithms stay finite.
   */
  static double[] fillZeroes(double[] shares) {
    double smallest = Double.POSITIVE_INFINITY;
    for (double share : shares) {
      if (share != 0.0 && share < smallest) {
        smallest = share;
      }
    }
    double fill = smallest <= ZERO_FILL ? smallest / 1_000_000.0 : ZERO_FILL;
    double[] filled = shares.clone();
    for (int i = 0; i < filled.length; i++) {
      if (filled[i] == 0.0) {
        filled[i] = fill;
      }
    }
    return filled;
  }

  /** Jensen-Shannon distance with natural logarithms; both vectors are normalised first. */
  static double jensenShannon(double[] p, double[] q) {
    double[] pn = normalised(p);
    double[] qn = normalised(q);
    CompensatedSum left = new CompensatedSum();
    CompensatedSum right = new CompensatedSum();
    for (int i = 0; i < pn.length; i++) {
      double m = (pn[i] + qn[i]) / 2.0;
      left.add(relativeEntropy(pn[i], m));
      right.add(relativeEntropy(qn[i], m));
    }
    double js = left.value() + right.value();
    // Rounding can leave a tiny negative sum for near-identical shares; SciPy then returns NaN.
    return Math.sqrt(Math.max(js, 0.0) / 2.0);
  }

  /** KL(p || q) as {@code scipy.stats.entropy(p, q)}: both vectors are normalised first. */
  static double kullbackLeibler(double[] p, double[] q) {
    double[] pn = normalised(p);
    double[] qn = normalised(q);
    CompensatedSum sum = new CompensatedSum();
    for (int i = 0; i < pn.length; i++) {
      sum.add(relativeEntropy(pn[i], qn[i]));
    }
    return sum.value();
  }

  /** Population stability index: sum of (p - q) ln(p / q), without normalisation. */
  static double populationStability(double[] p, double[] q) {
    CompensatedSum sum = new CompensatedSum();
    for (int i = 0; i < p.length; i++) {
      sum.add((p[i] - q[i]) * Math.log(p[i] / q[i]));
    }
    return sum.value();
  }

  /** Largest absolute difference of shares. */
  static double lInfinity(double[] p, double[] q) {
    double max = 0.0;
    for (int i = 0; i < p.length; i++) {
      max = Math.max(max, Math.abs(p[i] - q[i]));
    }
    return max;
  }

  /** SciPy's {@code rel_entr}: x ln(x/y), 0 when x is 0, infinity when only y is 0. */
  static double relativeEntropy(double x, double y) {
    if (x > 0 && y > 0) {
      return x * Math.log(x / y);
    }
    if (x == 0 && y >= 0) {
      return 0.0;
    }
    return Double.POSITIVE_INFINITY;
  }

  private static double[] normalised(double[] values) {
    CompensatedSum total = new CompensatedSum();
    for (double value : values) {
      total.add(value);
    }
    double sum = total.value();
    double[] result = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      result[i] = values[i] / sum;
    }
    return result;
  }
}
