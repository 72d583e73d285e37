package dev.mltest.drift;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.NumericCounts;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * Computes the drift of one column between a reference and a current sample.
 *
 * <pre>{@code
 * NumericSample reference = NumericSample.of(referenceAges);
 * NumericSample current = NumericSample.of(currentAges);
 * ColumnDriftResult byDefault = ColumnDrift.numeric("age", reference, current);
 * ColumnDriftResult psi = ColumnDrift.numeric("age", reference, current, DriftMethod.PSI, 0.2);
 * }</pre>
 *
 * <p>Samples are reused across calls: create each once per column and try several methods.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ColumnDrift {
  private ColumnDrift() {}

  /**
   * Compares a numeric column with the default rule ({@link DriftConfig#defaults()}): KS p-value
   * and KS statistic D, or for at most 5 distinct values the chi-square contingency test and the
   * total variation distance. No multiple-testing correction is applied to a single column.
   *
   * @param column the column name, for the result and messages
   * @param reference the reference sample
   * @param current the current sample
   * @return the result
   * @throws DriftInputException if a side is empty after cleaning
   */
  public static ColumnDriftResult numeric(
      String column, NumericSample reference, NumericSample current) {
    return numeric(column, reference, current, DriftConfig.defaults());
  }

  /**
   * Compares a numeric column as a configuration says: its method and threshold for the column,
   * else the configuration's rule, with the rule's effect size.
   *
   * @param column the column name
   * @param reference the reference sample
   * @param current the current sample
   * @param config the configuration
   * @return the result, before any correction across columns
   * @throws DriftInputException if a side is empty or the chosen method does not apply
   */
  public static ColumnDriftResult numeric(
      String column, NumericSample reference, NumericSample current, DriftConfig config) {
    requireSides(column, reference.summary(), current.summary());
    MethodChoice choice = config.choiceFor(column, ColumnKind.NUMERIC);
    DriftMethod method =
        choice.method() != null
            ? choice.method()
            : config
                .rule()
                .choose(ColumnKind.NUMERIC, reference.size(), distinctValues(reference, current));
    double threshold = choice.threshold() != null ? choice.threshold() : method.defaultThreshold();
    validate(column, ColumnKind.NUMERIC, method, threshold);
    requireCategoryLike(column, reference, method);
    Measurement measurement = Measurement.numeric(method, reference, current);
    return approximated(
        gated(
            numeric(column, reference, current, method, threshold, measurement),
            measurement,
            config),
        reference,
        current);
  }

  /**
   * The distinct values of both sides together, for the rule's choice of method: for columns
   * counted in buckets, those of the raw column (a column with few buckets is still continuous).
   */
  private static long distinctValues(NumericSample reference, NumericSample current) {
    long union = DistinctOverlap.of(reference, current).union();
    for (NumericSample side : new NumericSample[] {reference, current}) {
      NumericCounts.Bucketing buckets = side.bucketing();
      union = buckets == null ? union : Math.max(union, buckets.distinctValues());
    }
    return union;
  }

  /**
   * States the approximation of a result computed from shared buckets. For K-S it bounds D (see
   * {@link KsBound}) and says whether the decision, made at the lower bound, holds at the upper
   * one; whether K-S would drift at the upper bound is judged with the limiting Kolmogorov
   * distribution at the same sample sizes and the same effect-size threshold.
   */
  private static ColumnDriftResult approximated(
      ColumnDriftResult r, NumericSample reference, NumericSample current) {
    NumericCounts.Bucketing referenceBuckets = reference.bucketing();
    NumericCounts.Bucketing currentBuckets = current.bucketing();
    NumericCounts.Bucketing buckets = referenceBuckets != null ? referenceBuckets : currentBuckets;
    if (buckets == null) {
      return r;
    }
    if (r.method() != DriftMethod.KS || referenceBuckets == null || currentBuckets == null) {
      // A bound needs both sides in the same buckets; other methods have none.
      return r.withApproximation(
          new Approximation(
              buckets.buckets(),
              buckets.distinctValues(),
              buckets.reason(),
              Double.NaN,
              Double.NaN,
              Approximation.Decision.NOT_BOUNDED));
    }
    double lower = r.statistic();
    double upper = Math.max(lower, KsBound.of(reference, current).upper());
    boolean atUpper =
        r.comparison()
                .holds(
                    KolmogorovSmirnov.limitingPValue(upper, reference.size(), current.size()),
                    r.threshold())
            && (r.effect() == null || upper >= r.effect().threshold());
    return r.withApproximation(
        new Approximation(
            buckets.buckets(),
            Math.max(referenceBuckets.distinctValues(), currentBuckets.distinctValues()),
            buckets.reason(),
            lower,
            upper,
            r.drifted() || !atUpper
                ? Approximation.Decision.HOLDS
                : Approximation.Decision.UNDECIDED));
  }

  /**
   * Compares a categorical column as a configuration says.
   *
   * @param column the column name
   * @param reference the reference sample
   * @param current the current sample
   * @param config the configuration
   * @return the result, before any correction across columns
   * @throws DriftInputException if a side is empty or the chosen method does not apply
   */
  public static ColumnDriftResult categorical(
      String column, CategoricalSample reference, CategoricalSample current, DriftConfig config) {
    requireSides(column, reference.summary(), current.summary());
    MethodChoice choice = config.choiceFor(column, ColumnKind.CATEGORICAL);
    DriftMethod method =
        choice.method() != null
            ? choice.method()
            : config
                .rule()
                .choose(
                    ColumnKind.CATEGORICAL,
                    reference.size(),
                    DistinctOverlap.of(reference, current).union());
    double threshold = choice.threshold() != null ? choice.threshold() : method.defaultThreshold();
    validate(column, ColumnKind.CATEGORICAL, method, threshold);
    Measurement measurement = Measurement.categorical(method, reference, current);
    return gated(
        categorical(column, reference, current, method, threshold, measurement),
        measurement,
        config);
  }

  /** Adds the rule's effect size to a test's result: drift needs both. */
  private static ColumnDriftResult gated(
      ColumnDriftResult r, Measurement measurement, DriftConfig config) {
    if (!config.rule().gatesEffect(r.method())) {
      return r;
    }
    EffectSize effect =
        r.method() == DriftMethod.KS
            ? new EffectSize(
                EffectSize.Measure.KS_D, r.statistic(), config.effects().of(ColumnKind.NUMERIC))
            : new EffectSize(
                EffectSize.Measure.TOTAL_VARIATION,
                measurement.totalVariation(),
                config.effects().of(r.kind()));
    return new ColumnDriftResult(
        r.column(),
        r.kind(),
        r.method(),
        r.scoreKind(),
        r.score(),
        r.statistic(),
        r.pValueComputation(),
        r.comparison(),
        r.threshold(),
        r.significant() && effect.material(),
        r.reference(),
        r.current(),
        r.ties(),
        r.binning(),
        r.newCategories(),
        effect,
        r.newCategoryCount(),
        r.display(),
        r.approximation());
  }

  /**
   * Compares a numeric column with a given method at its default threshold.
   *
   * @param column the column name
   * @param reference the reference sample
   * @param current the current sample
   * @param method the method
   * @return the result
   * @throws DriftInputException if a side is empty or the method does not apply to numbers
   */
  public static ColumnDriftResult numeric(
      String column, NumericSample reference, NumericSample current, DriftMethod method) {
    return numeric(column, reference, current, method, method.defaultThreshold());
  }

  /**
   * Compares a numeric column with a given method and threshold.
   *
   * @param column the column name
   * @param reference the reference sample
   * @param current the current sample
   * @param method the method
   * @param threshold the threshold
   * @return the result
   * @throws DriftInputException if a side is empty, the method does not apply to numbers, or the
   *     threshold is out of range
   */
  public static ColumnDriftResult numeric(
      String column,
      NumericSample reference,
      NumericSample current,
      DriftMethod method,
      double threshold) {
    validate(column, ColumnKind.NUMERIC, method, threshold);
    requireSides(column, reference.summary(), current.summary());
    requireCategoryLike(column, reference, method);
    return approximated(
        numeric(
            column,
            reference,
            current,
            method,
            threshold,
            Measurement.numeric(method, reference, current)),
        reference,
        current);
  }

  private static ColumnDriftResult numeric(
      String column,
      NumericSample reference,
      NumericSample current,
      DriftMethod method,
      double threshold,
      Measurement measurement) {
    DistinctOverlap overlap = DistinctOverlap.of(reference, current);
    Ties ties =
        new Ties(
            reference.tiedValueCount(),
            current.tiedValueCount(),
            overlap.shared(),
            measurement.tiesAffectStatistic());
    return result(
        column,
        ColumnKind.NUMERIC,
        method,
        threshold,
        measurement,
        reference.summary(),
        current.summary(),
        ties,
        SturgesHistogram.display(measurement.binning(), reference, current));
  }

  /**
   * Compares a categorical column with the default rule ({@link DriftConfig#defaults()}): the
   * chi-square contingency test and the total variation distance.
   *
   * @param column the column name
   * @param reference the reference sample
   * @param current the current sample
   * @return the result
   * @throws DriftInputException if a side is empty after cleaning
   */
  public static ColumnDriftResult categorical(
      String column, CategoricalSample reference, CategoricalSample current) {
    return categorical(column, reference, current, DriftConfig.defaults());
  }

  /**
   * Compares a categorical column with a given method at its default threshold.
   *
   * @param column the column name
   * @param reference the reference sample
   * @param current the current sample
   * @param method the method
   * @return the result
   * @throws DriftInputException if a side is empty or the method does not apply to categories
   */
  public static ColumnDriftResult categorical(
      String column, CategoricalSample reference, CategoricalSample current, DriftMethod method) {
    return categorical(column, reference, current, method, method.defaultThreshold());
  }

  /**
   * Compares a categorical column with a given method and threshold.
   *
   * @param column the column name
   * @param reference the reference sample
   * @param current the current sample
   * @param method the method
   * @param threshold the threshold
   * @return the result
   * @throws DriftInputException if a side is empty, the method does not apply to categories, or the
   *     threshold is out of range
   */
  public static ColumnDriftResult categorical(
      String column,
      CategoricalSample reference,
      CategoricalSample current,
      DriftMethod method,
      double threshold) {
    validate(column, ColumnKind.CATEGORICAL, method, threshold);
    requireSides(column, reference.summary(), current.summary());
    return categorical(
        column,
        reference,
        current,
        method,
        threshold,
        Measurement.categorical(method, reference, current));
  }

  private static ColumnDriftResult categorical(
      String column,
      CategoricalSample reference,
      CategoricalSample current,
      DriftMethod method,
      double threshold,
      Measurement measurement) {
    SampleSummary ref = reference.summary();
    SampleSummary cur = current.summary();
    long shared = DistinctOverlap.of(reference, current).shared();
    Ties ties = new Ties(ref.tiedValues(), cur.tiedValues(), shared, false);
    return result(
        column,
        ColumnKind.CATEGORICAL,
        method,
        threshold,
        measurement,
        ref,
        cur,
        ties,
        measurement.binning());
  }

  private static ColumnDriftResult result(
      String column,
      ColumnKind kind,
      DriftMethod method,
      double threshold,
      Measurement measurement,
      SampleSummary reference,
      SampleSummary current,
      Ties ties,
      Binning display) {
    return new ColumnDriftResult(
        column,
        kind,
        method,
        method.scoreKind(),
        measurement.score(),
        measurement.statistic(),
        measurement.computation(),
        method.comparison(),
        threshold,
        method.isDrift(measurement.score(), threshold),
        reference,
        current,
        ties,
        measurement.binning(),
        measurement.newCategories(),
        null,
        measurement.newCategoryCount(),
        display);
  }

  /**
   * Refuses a category test on a continuous column: one bucket per distinct value would make any
   * value unseen in the reference count as drift.
   */
  private static void requireCategoryLike(
      String column, NumericSample reference, DriftMethod method) {
    boolean categoryTest =
        method == DriftMethod.CHISQUARE
            || method == DriftMethod.CHISQUARE_GOF
            || method == DriftMethod.Z;
    NumericCounts.Bucketing buckets = reference.bucketing();
    long distinct =
        buckets == null
            ? reference.distinctCount()
            : Math.max(reference.distinctCount(), buckets.distinctValues());
    if (categoryTest && distinct > Measurement.MAX_VALUE_BUCKETS) {
      throw new DriftInputException(
          DriftInputException.Problem.CONTINUOUS_COLUMN,
          String.format(
              Locale.ROOT,
              "Column '%s' is numeric with %,d distinct reference values, but drift method '%s'"
                  + " compares categories: each value would be its own category and any value"
                  + " the reference never has would count as drift. Use 'ks' (or 'wasserstein'),"
                  + " or round the column to at most %d distinct values.",
              column,
              distinct,
              method.key(),
              Measurement.MAX_VALUE_BUCKETS));
    }
  }

  private static void validate(
      String column, ColumnKind kind, DriftMethod method, double threshold) {
    requireNonNull(column, "column");
    requireNonNull(method, "method");
    if (!method.supports(kind)) {
      throw new DriftInputException(
          DriftInputException.Problem.UNSUPPORTED_COLUMN_KIND,
          "Column '%s' is %s, but drift method '%s' supports only %s columns."
              .formatted(
                  column, kind.name().toLowerCase(Locale.ROOT), method.key(), supported(method)));
    }
    boolean pValue = method.scoreKind() == ScoreKind.P_VALUE;
    if (Double.isNaN(threshold)
        || threshold < 0
        || (pValue && threshold > 1)
        || Double.isInfinite(threshold)) {
      throw new DriftInputException(
          DriftInputException.Problem.INVALID_THRESHOLD,
          "Column '%s': threshold %s for drift method '%s' must be %s."
              .formatted(
                  column,
                  threshold,
                  method.key(),
                  pValue ? "a p-value in [0, 1]" : "a finite distance >= 0"));
    }
  }

  private static String supported(DriftMethod method) {
    return method.supports(ColumnKind.NUMERIC) ? "numeric" : "categorical";
  }

  private static void requireSides(String column, SampleSummary reference, SampleSummary current) {
    if (reference.size() == 0) {
      throw emptySide(DriftInputException.Problem.EMPTY_REFERENCE, column, "reference", reference);
    }
    if (current.size() == 0) {
      throw emptySide(DriftInputException.Problem.EMPTY_CURRENT, column, "current", current);
    }
  }

  private static DriftInputException emptySide(
      DriftInputException.Problem problem, String column, String side, SampleSummary summary) {
    return new DriftInputException(
        problem,
        ("Column '%s' has no %s values after cleaning (dropped %d NaN, %d infinite, %d null);"
                + " drift cannot be judged without data on both sides.")
            .formatted(
                column,
                side,
                summary.droppedNaN(),
                summary.droppedInfinite(),
                summary.droppedNull()));
  }
}
