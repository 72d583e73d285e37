package dev.mltest.drift;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Whether the share of missing values of a column changed: the default rule's check beside the
 * distribution test, which sees non-missing values only. A column whose null rate jumps from 2% to
 * 30% keeps the same distribution of its remaining values, and would otherwise pass.
 *
 * <p>The test is the two-sample two-proportion z-test of the missing shares (pooled variance,
 * two-sided, {@code statsmodels.stats.proportion.proportions_ztest}); its p-value joins the suite's
 * multiple-testing correction with the columns' distribution tests, and, as for those, a change
 * counts only when it is also material: the absolute difference of the shares reaches {@code
 * threshold} (default 0.05, five percentage points).
 *
 * <pre>{@code
 * Missingness.of(result.reference(), result.current(), 0.05)
 *     .ifPresent(m -> System.out.println(m.referenceShare() + " -> " + m.currentShare()));
 * }</pre>
 *
 * @param referenceMissing missing values of the reference (null or NaN)
 * @param referenceRows all values of the reference, missing or not
 * @param currentMissing missing values of the current side
 * @param currentRows all values of the current side
 * @param statistic z, positive when the reference has the larger share
 * @param pValue the two-sided p-value
 * @param adjustedPValue the p-value after the correction across the suite's tests ({@code pValue}
 *     until judged within a dataset)
 * @param alpha the significance level the adjusted p-value is compared with
 * @param threshold the smallest absolute difference of the shares that is material
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record Missingness(
    long referenceMissing,
    long referenceRows,
    long currentMissing,
    long currentRows,
    double statistic,
    double pValue,
    double adjustedPValue,
    double alpha,
    double threshold) {

  /**
   * Tests the missing shares of two cleaned sides; there is nothing to test when neither side has a
   * missing value.
   *
   * @param reference the reference side's summary (its dropped nulls and NaNs are the missing ones)
   * @param current the current side's summary
   * @param alpha the significance level
   * @param threshold the smallest material difference of the shares, in [0, 1]
   * @return the test, or empty when no value is missing on either side
   */
  public static Optional<Missingness> of(
      SampleSummary reference, SampleSummary current, double alpha, double threshold) {
    long refMissing = reference.droppedNull() + reference.droppedNaN();
    long curMissing = current.droppedNull() + current.droppedNaN();
    if (refMissing + curMissing == 0) {
      return Optional.empty();
    }
    long refRows = reference.size() + reference.dropped();
    long curRows = current.size() + current.dropped();
    TwoProportionZTest.Result z = TwoProportionZTest.test(refMissing, refRows, curMissing, curRows);
    return Optional.of(
        new Missingness(
            refMissing,
            refRows,
            curMissing,
            curRows,
            z.statistic(),
            z.pValue(),
            z.pValue(),
            alpha,
            threshold));
  }

  /**
   * Returns the share of missing values of the reference.
   *
   * @return missing / all values
   */
  public double referenceShare() {
    return (double) referenceMissing / referenceRows;
  }

  /**
   * Returns the share of missing values of the current side.
   *
   * @return missing / all values
   */
  public double currentShare() {
    return (double) currentMissing / currentRows;
  }

  /**
   * Returns how far the shares lie apart: the effect size.
   *
   * @return |current share - reference share|
   */
  public double difference() {
    return Math.abs(currentShare() - referenceShare());
  }

  /**
   * Tells whether the difference is large enough to matter.
   *
   * @return {@code difference() >= threshold}
   */
  public boolean material() {
    return difference() >= threshold;
  }

  /**
   * Tells whether the share of missing values changed: significant after the correction, and
   * material.
   *
   * @return {@code adjustedPValue < alpha && material()}
   */
  public boolean drifted() {
    return adjustedPValue < alpha && material();
  }

  /**
   * Returns this test with the p-value corrected across the suite's tests.
   *
   * @param adjusted the corrected p-value
   * @return the judged test
   */
  public Missingness withAdjustedPValue(double adjusted) {
    return new Missingness(
        referenceMissing,
        referenceRows,
        currentMissing,
        currentRows,
        statistic,
        pValue,
        adjusted,
        alpha,
        threshold);
  }
}
