package dev.mltest.drift;

/**
 * An independent exact two-sided two-sample KS p-value, used only to cross-check the library: P(D
 * >= d) as the probability that a uniformly random path from (0, 0) to (n, m) ever reaches |i m - j
 * n| >= d n m. It walks forward probabilities (each step is an x with probability remaining x /
 * remaining values) and adds up the mass absorbed at the boundary, so small p-values keep their
 * relative precision. O(n m) time, O(m) memory.
 */
final class LatticePathOracle {
  private LatticePathOracle() {}

  /** The integral statistic max |i m - j n| over the ends of tie blocks, as SciPy's D n m. */
  static long integralStatistic(double[] x, double[] y) {
    int n = x.length;
    int m = y.length;
    int i = 0;
    int j = 0;
    long max = 0;
    while (i < n || j < m) {
      double value = j == m || (i < n && x[i] <= y[j]) ? x[i] : y[j];
      while (i < n && x[i] == value) {
        i++;
      }
      while (j < m && y[j] == value) {
        j++;
      }
      max = Math.max(max, Math.abs((long) i * m - (long) j * n));
    }
    return max;
  }

  static double pValue(double[] x, double[] y) {
    int n = x.length;
    int m = y.length;
    long bound = integralStatistic(x, y);
    if (bound == 0) {
      return 1.0;
    }
    double[] previous = new double[m + 1];
    double[] row = new double[m + 1];
    CompensatedSum absorbed = new CompensatedSum();
    for (int i = 0; i <= n; i++) {
      for (int j = 0; j <= m; j++) {
        double incoming = i == 0 && j == 0 ? 1.0 : 0.0;
        if (i > 0) {
          incoming += previous[j] * (n - i + 1) / (double) (n - i + 1 + m - j);
        }
        if (j > 0) {
          incoming += row[j - 1] * (m - j + 1) / (double) (n - i + m - j + 1);
        }
        if (Math.abs((long) i * m - (long) j * n) >= bound) {
          absorbed.add(incoming);
          row[j] = 0.0;
        } else {
          row[j] = incoming;
        }
      }
      double[] swap = previous;
      previous = row;
      row = swap;
    }
    return absorbed.value();
  }
}
