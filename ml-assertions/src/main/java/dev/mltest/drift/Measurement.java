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
 * @param newCategories current-only values, when compared value by value
 */
record Measurement(
    double score,
    double statistic,
    PValueComputation computation,
    boolean tiesAffectStatistic,
    Binning binning,
    List<String> newCategories) {

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
            List.of());
      }
      case WASSERSTEIN ->
          distance(WassersteinDistance.normed(reference, current), new Binning.None());
      case HELLINGER -> {
        double[] edges = HellingerDistance.numericEdges(reference, current);
        long[] ref = SturgesHistogram.counts(reference.sortedValues(), edges);
        long[] cur = SturgesHistogram.counts(current.sortedValues(), edges);
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
        long[] ref = SturgesHistogram.counts(reference.sortedValues(), edges);
        long[] cur = SturgesHistogram.counts(current.sortedValues(), edges);
        double score = binnedScore(method, ref, reference.size(), cur, current.size());
        yield distance(score, histogram(edges, ref, cur));
      }
      case CHISQUARE, Z -> ofBuckets(method, ValueBuckets.of(reference, current));
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
        new Binning.Values(buckets.labels(), boxed(buckets.reference()), boxed(buckets.current()));
    return switch (method) {
      case CHISQUARE -> {
        ChiSquareTest.Result test = ChiSquareTest.test(buckets);
        yield new Measurement(
            test.pValue(),
            test.statistic(),
            PValueComputation.ASYMPTOTIC,
            false,
            binning,
            buckets.newLabels());
      }
      case Z -> {
        TwoProportionZTest.Result test = TwoProportionZTest.test(buckets);
        yield new Measurement(
            test.pValue(),
            test.statistic(),
            PValueComputation.ASYMPTOTIC,
            false,
            binning,
            buckets.newLabels());
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
            score, score, PValueComputation.NONE, false, binning, buckets.newLabels());
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
    return new Measurement(score, score, PValueComputation.NONE, false, binning, List.of());
  }

  private static Binning histogram(double[] edges, long[] reference, long[] current) {
    return new Binning.Histogram(
        Arrays.stream(edges).boxed().toList(), boxed(reference), boxed(current));
  }

  private static List<Long> boxed(long[] values) {
    return Arrays.stream(values).boxed().toList();
  }
}
