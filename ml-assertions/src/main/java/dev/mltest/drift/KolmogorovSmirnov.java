package dev.mltest.drift;

import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * Two-sided two-sample Kolmogorov-Smirnov test that reproduces {@code scipy.stats.ks_2samp(ref,
 * cur, method="auto")}.
 *
 * <p>The statistic and p-value come from Commons Statistics, whose defaults already follow SciPy
 * (P(D >= d), ties kept, no jitter); see docs/drift-statistics.md for the measured agreement and
 * why Commons Math 3 is not used. Two SciPy rules are applied here because Commons Statistics
 * differs: the exact distribution is used while the larger sample has at most 10,000 values
 * (Commons Statistics switches below 10,000), and a side with a single value is allowed (Commons
 * Statistics requires two).
 */
final class KolmogorovSmirnov {
  /** SciPy's {@code MAX_AUTO_N}: the largest sample size for the exact p-value. */
  static final int MAX_EXACT_SIZE = 10_000;

  private static final KolmogorovSmirnovTest EXACT =
      KolmogorovSmirnovTest.withDefaults().with(PValueMethod.EXACT);
  private static final KolmogorovSmirnovTest ASYMPTOTIC =
      KolmogorovSmirnovTest.withDefaults().with(PValueMethod.ASYMPTOTIC);

  private KolmogorovSmirnov() {}

  /**
   * The test result.
   *
   * @param statistic D
   * @param pValue P(D >= d) under the null hypothesis
   * @param computation exact or asymptotic
   * @param tiesMatter whether resolving ties in some order could give a larger D
   */
  record Result(
      double statistic, double pValue, PValueComputation computation, boolean tiesMatter) {}

  static Result test(NumericSample reference, NumericSample current) {
    int n = reference.size();
    int m = current.size();
    boolean exact = Math.max(n, m) <= MAX_EXACT_SIZE;
    PValueComputation computation = exact ? PValueComputation.EXACT : PValueComputation.ASYMPTOTIC;
    if (n == 1 || m == 1) {
      return singleValue(reference, current, exact, computation);
    }
    // Commons Statistics takes the values one by one: each side is expanded for this one column
    // only, and dropped as soon as the test is done.
    KolmogorovSmirnovTest.TwoResult result =
        (exact ? EXACT : ASYMPTOTIC).test(reference.toSortedArray(), current.toSortedArray());
    return new Result(
        result.getStatistic(), result.getPValue(), computation, result.hasSignificantTies());
  }

  /**
   * One side holds a single value x. Then D = max(a/m, 1 - b/m), where a and b count the other
   * side's values below and up to x. Under the null hypothesis x falls in any of the m + 1 gaps of
   * the other side with equal probability, giving the exact p-value by counting gaps. SciPy's
   * asymptotic p-value uses the one-sample distribution with round(m/(m+1)) = 1 value, whose
   * survival function is 2(1 - d) for d >= 1/2.
   */
  private static Result singleValue(
      NumericSample reference, NumericSample current, boolean exact, PValueComputation how) {
    boolean referenceIsSingle = reference.size() == 1;
    double x = (referenceIsSingle ? reference : current).min();
    NumericSample others = referenceIsSingle ? current : reference;
    int m = others.size();
    int below = others.countBelow(x);
    int upTo = others.countUpTo(x);
    long h = Math.max(below, m - upTo);
    double d = (double) h / m;
    boolean tiesMatter = upTo > below;
    if (h == 0) {
      return new Result(d, 1.0, how, tiesMatter);
    }
    if (!exact) {
      double p = d <= 0.5 ? 1.0 : Math.min(1.0, Math.max(0.0, 2.0 * (1.0 - d)));
      return new Result(d, p, how, tiesMatter);
    }
    // Gaps k in [0, m] with max(k, m - k) >= h.
    long extreme = 0;
    for (int k = 0; k <= m; k++) {
      extreme += Math.max(k, m - k) >= h ? 1 : 0;
    }
    return new Result(d, (double) extreme / (m + 1), how, tiesMatter);
  }

  /**
   * P(D >= d) by the limiting Kolmogorov distribution at the effective size nm/(n+m): {@code 2 *
   * sum over k >= 1 of (-1)^(k-1) exp(-2 k^2 lambda^2)}, lambda = d * sqrt(nm/(n+m)). Used only to
   * tell whether the upper end of a bounded D would decide drift; a test's own p-value comes from
   * {@link #test}.
   */
  static double limitingPValue(double d, long n, long m) {
    double lambda = d * Math.sqrt((double) n * m / (n + m));
    if (lambda < 0.2) {
      return 1.0;
    }
    double sum = 0;
    for (int k = 1; k <= 100; k++) {
      double term = Math.exp(-2.0 * k * k * lambda * lambda);
      sum += (k % 2 == 1 ? term : -term);
      if (term < 1e-17) {
        break;
      }
    }
    return Math.min(1.0, Math.max(0.0, 2 * sum));
  }
}
