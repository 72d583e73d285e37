package dev.mltest.regression;

import org.apache.commons.math3.distribution.NormalDistribution;

/**
 * DeLong, DeLong and Clarke-Pearson (1988): the variance of the difference of two AUCs measured on
 * the same rows, from each row's placement values, computed with mid-ranks (Sun and Xu, 2014).
 */
final class DeLong {
  private DeLong() {}

  /** The interval, or {@code null} when a class has fewer than two rows. */
  static @org.jspecify.annotations.Nullable DeltaInterval interval(
      RowMetrics baseline, RowMetrics current, int[] baselineIdx, int[] currentIdx, double conf) {
    int n = baselineIdx.length;
    int positive = baseline.positiveClass();
    int m = 0;
    for (int j = 0; j < n; j++) {
      if (baseline.truthClass(baselineIdx[j]) == positive) {
        m++;
      }
    }
    int k = n - m;
    if (m < 2 || k < 2) {
      return null;
    }
    double[][] v10 = new double[2][m];
    double[][] v01 = new double[2][k];
    double[] auc = new double[2];
    for (int model = 0; model < 2; model++) {
      RowMetrics rows = model == 0 ? baseline : current;
      int[] idx = model == 0 ? baselineIdx : currentIdx;
      double[] all = new double[n];
      double[] pos = new double[m];
      double[] neg = new double[k];
      int p = 0;
      int q = 0;
      for (int j = 0; j < n; j++) {
        double s = rows.positiveScore(idx[j]);
        all[j] = s;
        if (baseline.truthClass(baselineIdx[j]) == positive) {
          pos[p++] = s;
        } else {
          neg[q++] = s;
        }
      }
      double[] rankAll = MidRanks.of(all);
      double[] rankPos = MidRanks.of(pos);
      double[] rankNeg = MidRanks.of(neg);
      p = 0;
      q = 0;
      double sum = 0;
      for (int j = 0; j < n; j++) {
        if (baseline.truthClass(baselineIdx[j]) == positive) {
          v10[model][p] = (rankAll[j] - rankPos[p]) / k;
          sum += v10[model][p];
          p++;
        } else {
          v01[model][q] = 1 - (rankAll[j] - rankNeg[q]) / m;
          q++;
        }
      }
      auc[model] = sum / m;
    }
    double variance =
        (covariance(v10[1], v10[1]) + covariance(v10[0], v10[0]) - 2 * covariance(v10[0], v10[1]))
                / m
            + (covariance(v01[1], v01[1])
                    + covariance(v01[0], v01[0])
                    - 2 * covariance(v01[0], v01[1]))
                / k;
    double delta = auc[1] - auc[0];
    double se = Math.sqrt(Math.max(0, variance));
    NormalDistribution normal = new NormalDistribution(null, 0, 1);
    double z = normal.inverseCumulativeProbability(conf);
    Double p =
        se == 0
            ? (delta == 0 ? 1.0 : 0.0)
            : 2 * normal.cumulativeProbability(-Math.abs(delta) / se);
    return new DeltaInterval("delong", n, delta, delta - z * se, delta + z * se, conf, p);
  }

  private static double covariance(double[] a, double[] b) {
    int n = a.length;
    if (n < 2) {
      return 0;
    }
    double ma = 0;
    double mb = 0;
    for (int i = 0; i < n; i++) {
      ma += a[i];
      mb += b[i];
    }
    ma /= n;
    mb /= n;
    double s = 0;
    for (int i = 0; i < n; i++) {
      s += (a[i] - ma) * (b[i] - mb);
    }
    return s / (n - 1);
  }
}
