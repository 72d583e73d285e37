package dev.mltest.drift;

/**
 * Bounds on the Kolmogorov-Smirnov statistic D of two samples counted in the same shared buckets
 * ({@link dev.mltest.data.BucketPlan}).
 *
 * <p><b>Why the bounds hold.</b> Write F and G for the empirical distribution functions of the raw
 * reference and current values, and s(x) = F(x) - G(x), so that D = sup |s(x)| over all x. Both
 * sides are bucketed with the same boundaries, and every value moves up to the end of its bucket.
 * So at each boundary b the bucketed counts up to b equal the raw ones: s(b) is exact there. The
 * bucketed samples hold values only at boundaries (and raw values above the last boundary, which
 * are exact), so the D of the bucketed samples is max |s(b)| over the boundaries with rows, {@code
 * lower}, and since those are points where the raw |s| takes the same value, {@code lower <= D}.
 *
 * <p>Between two neighbouring points with rows, prev &lt; x, the only raw values are those strictly
 * inside x's bucket (any boundary in between has no rows on either side): p of the reference's rows
 * and q of the current's, as shares. For y in (prev, x), F(y) = F(prev) + a and G(y) = G(prev) + c
 * with 0 &lt;= a &lt;= p and 0 &lt;= c &lt;= q, so s(prev) - q &lt;= s(y) &lt;= s(prev) + p. Taking
 * the largest of these over all gaps, and {@code lower} at the points, gives {@code upper >= D}.
 * Since |s(prev)| &lt;= lower and p, q are at most the bucket's shares, this also proves the
 * simpler bound D &lt;= lower + max over buckets of the larger side's share of the bucket; the
 * computed {@code upper} is never above it and is tighter because it leaves out the rows that sit
 * exactly on a boundary.
 *
 * @param lower the D of the bucketed samples, a lower bound of the raw D
 * @param upper an upper bound of the raw D
 */
record KsBound(double lower, double upper) {

  /**
   * Bounds D from two samples counted in the same buckets (raw samples give {@code lower == upper
   * == D}).
   *
   * @throws IllegalArgumentException if a side is empty
   */
  static KsBound of(NumericSample reference, NumericSample current) {
    if (reference.isEmpty() || current.isEmpty()) {
      throw new IllegalArgumentException("both sides need values to bound D");
    }
    double[] a = reference.distinctValues();
    double[] b = current.distinctValues();
    long n = reference.size();
    long m = current.size();
    double nm = (double) n * m;
    int i = 0;
    int j = 0;
    long referenceUpTo = 0;
    long currentUpTo = 0;
    // s = F - G at the previous point with rows, times n * m: exact in integers, as K-S computes D.
    long before = 0;
    long largest = 0;
    double upper = 0;
    while (i < a.length || j < b.length) {
      double x = j >= b.length || (i < a.length && a[i] <= b[j]) ? a[i] : b[j];
      boolean onReference = i < a.length && a[i] == x;
      boolean onCurrent = j < b.length && b[j] == x;
      long p = onReference ? (long) reference.interiorAt(i) * m : 0;
      long q = onCurrent ? (long) current.interiorAt(j) * n : 0;
      upper = Math.max(upper, Math.max((double) before + p, (double) q - before) / nm);
      if (onReference) {
        referenceUpTo += reference.countAt(i++);
      }
      if (onCurrent) {
        currentUpTo += current.countAt(j++);
      }
      before = referenceUpTo * m - currentUpTo * n;
      largest = Math.max(largest, Math.abs(before));
    }
    double lower = largest / nm;
    return new KsBound(lower, Math.min(1.0, Math.max(lower, upper)));
  }

  /** How far the raw D may lie above {@code lower}. */
  double slack() {
    return upper - lower;
  }
}
