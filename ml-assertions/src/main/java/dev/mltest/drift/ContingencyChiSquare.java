package dev.mltest.drift;

/**
 * Pearson's two-sample chi-square test of homogeneity on the 2 x k table of category counts, as
 * {@code scipy.stats.chi2_contingency(table, correction=False)}: both samples are treated as draws
 * from one unknown distribution, so the reference is not mistaken for the exact truth (the
 * goodness-of-fit test does that, and flags about a third of no-drift tables at 500 vs 500 rows).
 *
 * <p>Before testing, categories whose expected count is below {@value #MIN_EXPECTED} in the smaller
 * sample are pooled into one bucket (Cochran's rule), so that a column with many rare or one-off
 * values keeps the chi-square approximation valid. A bucket seen on one side only is an ordinary
 * cell of the table. With one bucket left there is nothing to compare and p = 1.
 */
final class ContingencyChiSquare {
  /** Cochran's minimum expected count per cell. */
  static final double MIN_EXPECTED = 5.0;

  private ContingencyChiSquare() {}

  /**
   * The test result.
   *
   * @param statistic the chi-square statistic of the pooled table
   * @param pValue the upper tail probability of chi-square with (buckets - 1) degrees of freedom
   * @param buckets the number of buckets tested, after pooling
   * @param pooled the number of categories pooled into the rare bucket
   */
  record Result(double statistic, double pValue, int buckets, int pooled) {}

  static Result test(ValueBuckets buckets) {
    return test(buckets.reference(), buckets.current());
  }

  static Result test(long[] reference, long[] current) {
    double n = 0;
    double m = 0;
    for (int i = 0; i < reference.length; i++) {
      n += reference[i];
      m += current[i];
    }
    double total = n + m;
    double smaller = Math.min(n, m);
    int k = reference.length;
    long[] ref = new long[k + 1];
    long[] cur = new long[k + 1];
    int kept = 0;
    long rareRef = 0;
    long rareCur = 0;
    int pooled = 0;
    for (int i = 0; i < k; i++) {
      double column = reference[i] + current[i];
      if (column * smaller / total < MIN_EXPECTED) {
        rareRef += reference[i];
        rareCur += current[i];
        pooled++;
      } else {
        ref[kept] = reference[i];
        cur[kept] = current[i];
        kept++;
      }
    }
    if (pooled > 0) {
      ref[kept] = rareRef;
      cur[kept] = rareCur;
      kept++;
    }
    if (kept < 2) {
      return new Result(0.0, 1.0, kept, pooled);
    }
    CompensatedSum statistic = new CompensatedSum();
    for (int j = 0; j < kept; j++) {
      double column = ref[j] + cur[j];
      double expectedRef = column * (n / total);
      double expectedCur = column * (m / total);
      double dr = ref[j] - expectedRef;
      double dc = cur[j] - expectedCur;
      statistic.add(dr * dr / expectedRef);
      statistic.add(dc * dc / expectedCur);
    }
    double chiSquare = statistic.value();
    return new Result(
        chiSquare, GoodnessOfFitChiSquare.upperTail(chiSquare, kept - 1), kept, pooled);
  }
}
