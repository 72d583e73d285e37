package dev.mltest.drift;

import org.apache.commons.math3.special.Gamma;

/**
 * Evidently's chi-square test: {@code scipy.stats.chisquare(f_obs = current counts, f_exp =
 * reference counts * n_cur / n_ref)} over the union of values.
 *
 * <p>A value seen only in the current sample has an expected count of zero; like SciPy the
 * statistic is then +infinity and the p-value 0, where Commons Math would throw. With a single
 * value on both sides there is no degree of freedom; SciPy returns NaN, this returns p = 1.
 */
final class GoodnessOfFitChiSquare {
  private GoodnessOfFitChiSquare() {}

  /**
   * The test result.
   *
   * @param statistic the chi-square statistic
   * @param pValue the upper tail probability of the chi-square distribution
   */
  record Result(double statistic, double pValue) {}

  static Result test(ValueBuckets buckets) {
    long referenceTotal = buckets.referenceTotal();
    long currentTotal = buckets.currentTotal();
    double scale = (double) currentTotal / referenceTotal;
    CompensatedSum statistic = new CompensatedSum();
    for (int i = 0; i < buckets.size(); i++) {
      double expected = buckets.reference()[i] * scale;
      double difference = buckets.current()[i] - expected;
      statistic.add(
          expected == 0.0 ? Double.POSITIVE_INFINITY : difference * difference / expected);
    }
    double chiSquare = statistic.value();
    int degreesOfFreedom = buckets.size() - 1;
    if (degreesOfFreedom == 0) {
      return new Result(chiSquare, 1.0);
    }
    return new Result(chiSquare, upperTail(chiSquare, degreesOfFreedom));
  }

  /** P(X >= x) for X ~ chi-square(df), computed directly as the regularised gamma Q. */
  static double upperTail(double x, int degreesOfFreedom) {
    if (x == Double.POSITIVE_INFINITY) {
      return 0.0;
    }
    return Gamma.regularizedGammaQ(degreesOfFreedom / 2.0, x / 2.0);
  }
}
