package dev.mltest.drift;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

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
   * Compares a numeric column with the method and threshold of {@link DefaultMethodRule}.
   *
   * @param column the column name, for the result and messages
   * @param reference the reference sample
   * @param current the current sample
   * @return the result
   * @throws DriftInputException if a side is empty after cleaning
   */
  public static ColumnDriftResult numeric(
      String column, NumericSample reference, NumericSample current) {
    requireSides(column, reference.summary(), current.summary());
    DriftMethod method = DefaultMethodRule.choose(reference, current);
    return numeric(column, reference, current, method, method.defaultThreshold());
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
    Measurement measurement = Measurement.numeric(method, reference, current);
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
        ties);
  }

  /**
   * Compares a categorical column with the method and threshold of {@link DefaultMethodRule}.
   *
   * @param column the column name
   * @param reference the reference sample
   * @param current the current sample
   * @return the result
   * @throws DriftInputException if a side is empty after cleaning
   */
  public static ColumnDriftResult categorical(
      String column, CategoricalSample reference, CategoricalSample current) {
    requireSides(column, reference.summary(), current.summary());
    DriftMethod method = DefaultMethodRule.choose(reference, current);
    return categorical(column, reference, current, method, method.defaultThreshold());
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
    Measurement measurement = Measurement.categorical(method, reference, current);
    SampleSummary ref = reference.summary();
    SampleSummary cur = current.summary();
    long shared = DistinctOverlap.of(reference, current).shared();
    Ties ties = new Ties(ref.tiedValues(), cur.tiedValues(), shared, false);
    return result(column, ColumnKind.CATEGORICAL, method, threshold, measurement, ref, cur, ties);
  }

  private static ColumnDriftResult result(
      String column,
      ColumnKind kind,
      DriftMethod method,
      double threshold,
      Measurement measurement,
      SampleSummary reference,
      SampleSummary current,
      Ties ties) {
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
        measurement.newCategories());
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
