package dev.mltest.drift;

import java.util.Arrays;
import java.util.List;

/**
 * What one method measured on one column, before it is judged against a threshold.
 *
 * @param score the p-value or distance
 * @param statistic the test statistic (the score for distances)
 * @param computation how a p-value was computed
 * @param tiesAffectStatistic whether tie order could change a KS statistic
 * @param binning the buckets used
 * @param newCategories current-only values, when compared value by value (at most {@value
 *     ColumnDriftResult#MAX_LISTED_NEW_CATEGORIES})
 * @param newCategoryCount how many current-only values there are
 * @param totalVariation the total variation distance of the value buckets, NaN when not bucketed
 */
record Measurement(
    double score,
    double statistic,
    PValueComputation computation,
    boolean tiesAffectStatistic,
    Binning binning,
    List<String> newCategories,
    long newCategoryCount,
    double totalVariation) {

  /** Numeric columns with more distinct reference values than this are binned by Sturges. */
  static final int MAX_VALUE_BUCKETS = 20;

  static Measurement numeric(DriftMethod method, NumericSample reference, NumericSample current) {
    return switch (method) {
      case KS -> {
        KolmogorovSmirnov.Result ks = KolmogorovSmirnov.test(reference, current);
        yield new Measurement(
            ks.pValue(),
            ks.statistic(),
            ks.computation(),
            ks.tiesMatter(),
            new Binning.None(),
            List.of(),
            0,
            Double.NaN);
      }
      case WASSERSTEIN ->
          distance(WassersteinDistance.normed(reference, current), new Binning.None());
      case HELLINGER -> {
        double[] edges = HellingerDistance.numericEdges(reference, current);
        long[] ref = SturgesHistogram.counts(reference, edges);
        long[] cur = SturgesHistogram.counts(current, edges);
        yield distance(HellingerDistance.ofHistograms(ref, cur, edges), histogram(edges, ref, cur));
      }
      case JENSENSHANNON, PSI, KL_DIV -> {
        if (reference.distinctCount() <= MAX_VALUE_BUCKETS) {
          yield ofBuckets(method, ValueBuckets.of(reference, current));
        }
        double[] edges =
            SturgesHistogram.edges(
                Math.min(reference.min(), current.min()),
                Math.max(reference.max(), current.max()),
                (long) reference.size() + current.size());
        long[] ref = SturgesHistogram.counts(reference, edges);
        long[] cur = SturgesHistogram.counts(current, edges);
        double score = binnedScore(method, ref, reference.size(), cur, current.size());
        yield distance(score, histogram(edges, ref, cur));
      }
      case CHISQUARE, CHISQUARE_GOF, Z -> ofBuckets(method, ValueBuckets.of(reference, current));
      case L_INFINITY ->
          throw new IllegalStateException("l_infinity does not support numeric columns");
    };
  }

  static Measurement categorical(
      DriftMethod method, CategoricalSample reference, CategoricalSample current) {
    return ofBuckets(method, ValueBuckets.of(reference, current));
  }

  private static Measurement ofBuckets(DriftMethod method, ValueBuckets buckets) {
    Binning binning =
        Binning.Values.capped(buckets.labels(), buckets.reference(), buckets.current());
    List<String> newLabels = listed(buckets.newLabels());
    long newCount = buckets.newLabels().size();
    double tvd = totalVariation(buckets);
    return switch (method) {
      case CHISQUARE -> {
        ContingencyChiSquare.Result test = ContingencyChiSquare.test(buckets);
        yield new Measurement(
            test.pValue(),
            test.statistic(),
            PValueComputation.ASYMPTOTIC,
            false,
            binning,
            newLabels,
            newCount,
            tvd);
      }
      case CHISQUARE_GOF -> {
        GoodnessOfFitChiSquare.Result test = GoodnessOfFitChiSquare.test(buckets);
        yield new Measurement(
            test.pValue(),
            test.statistic(),
            PValueComputation.ASYMPTOTIC,
            false,
            binning,
            newLabels,
            newCount,
            tvd);
      }
      case Z -> {
        TwoProportionZTest.Result test = TwoProportionZTest.test(buckets);
        yield new Measurement(
            test.pValue(),
            test.statistic(),
            PValueComputation.ASYMPTOTIC,
            false,
            binning,
            newLabels,
            newCount,
            tvd);
      }
      case JENSENSHANNON, PSI, KL_DIV, L_INFINITY, HELLINGER -> {
        double score =
            binnedScore(
                method,
                buckets.reference(),
                buckets.referenceTotal(),
                buckets.current(),
                buckets.currentTotal());
        yield new Measurement(
            score, score, PValueComputation.NONE, false, binning, newLabels, newCount, tvd);
      }
      case KS, WASSERSTEIN -> throw new IllegalStateException(method.key() + " is not binned");
    };
  }

  private static double binnedScore(
      DriftMethod method,
      long[] reference,
      long referenceTotal,
      long[] current,
      long currentTotal) {
    double[] p = ShareDistances.shares(reference, referenceTotal);
    double[] q = ShareDistances.shares(current, currentTotal);
    return switch (method) {
      case JENSENSHANNON -> ShareDistances.jensenShannon(p, q);
      case PSI ->
          ShareDistances.populationStability(
              ShareDistances.fillZeroes(p), ShareDistances.fillZeroes(q));
      case KL_DIV ->
          ShareDistances.kullbackLeibler(
              ShareDistances.fillZeroes(p), ShareDistances.fillZeroes(q));
      case L_INFINITY -> ShareDistances.lInfinity(p, q);
      case HELLINGER -> HellingerDistance.ofShares(p, q);
      default -> throw new IllegalStateException(method.key() + " is not a binned distance");
    };
  }

  private static Measurement distance(double score, Binning binning) {
    return new Measurement(
        score, score, PValueComputation.NONE, false, binning, List.of(), 0, Double.NaN);
  }

  private static List<String> listed(List<String> labels) {
    return labels.size() > ColumnDriftResult.MAX_LISTED_NEW_CATEGORIES
        ? labels.subList(0, ColumnDriftResult.MAX_LISTED_NEW_CATEGORIES)
        : labels;
  }

  /** Half the sum of |reference share - current share| over the buckets. */
  static double totalVariation(ValueBuckets buckets) {
    double n = buckets.referenceTotal();
    double m = buckets.currentTotal();
    CompensatedSum sum = new CompensatedSum();
    for (int i = 0; i < buckets.size(); i++) {
      sum.add(Math.abs(buckets.reference()[i] / n - buckets.current()[i] / m));
    }
    return Math.min(1.0, sum.value() / 2);
  }

  private static Binning histogram(double[] edges, long[] reference, long[] current) {
    return new Binning.Histogram(
        Arrays.stream(edges).boxed().toList(), boxed(reference), boxed(current));
  }

  private static List<Long> boxed(long[] values) {
    return Arrays.stream(values).boxed().toList();
  }
}
