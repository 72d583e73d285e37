package dev.mltest.drift;

import org.apache.commons.math3.special.Erf;

/**
 * Evidently's two-proportion z-test, two-sided. The first value of the union (smallest number, or
 * first label in order) is coded 0 and every other value 1; the statistic compares the shares of 1
 * with a pooled variance. When both sides hold one and the same value the p-value is 1.
 *
 * <p>Evidently computes the p-value as 2 (1 - Phi(|z|)); this computes the same quantity as
 * erfc(|z| / sqrt 2), which keeps its precision when it is tiny.
 */
final class TwoProportionZTest {
  private TwoProportionZTest() {}

  /**
   * The test result.
   *
   * @param statistic z
   * @param pValue the two-sided p-value
   */
  record Result(double statistic, double pValue) {}

  static Result test(ValueBuckets buckets) {
    long[] reference = buckets.reference();
    long[] current = buckets.current();
    double n1 = buckets.referenceTotal();
    double n2 = buckets.currentTotal();
    if (buckets.size() == 1) {
      return new Result(0.0, 1.0);
    }
    return test(
        buckets.referenceTotal() - reference[0], n1, buckets.currentTotal() - current[0], n2);
  }

  /**
   * The test on counts: {@code ones1} of {@code n1} reference rows against {@code ones2} of {@code
   * n2} current rows. When neither side has a 1, or both only 1s, the shares cannot differ and the
   * p-value is 1.
   */
  static Result test(double ones1, double n1, double ones2, double n2) {
    if (ones1 + ones2 == 0 || ones1 + ones2 == n1 + n2) {
      return new Result(0.0, 1.0);
    }
    double p1 = ones1 / n1;
    double p2 = ones2 / n2;
    double pooled = (p1 * n1 + p2 * n2) / (n1 + n2);
    double z = (p1 - p2) / Math.sqrt(pooled * (1 - pooled) * (1.0 / n1 + 1.0 / n2));
    return new Result(z, Erf.erfc(Math.abs(z) / Math.sqrt(2.0)));
  }
}
