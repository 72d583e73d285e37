package dev.mltest.regression;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How {@link BaselineComparison} judges.
 *
 * @param mode statistical (the default) or fixed tolerance
 * @param baselineRows the baseline run's evaluation rows ({@link EvaluationRowsStore}), needed for
 *     the statistical mode; without them it falls back to the fixed tolerance
 * @param acceptProtocolChanges whether a changed evaluation protocol passes with a warning
 * @param noBaselineHint what to say when there is no baseline, or {@code null} for the default
 * @param howToAccept how to accept a protocol change, for the message
 * @param confidence the one-sided confidence of each interval bound
 * @param resamples bootstrap resamples
 * @param seed the bootstrap's seed
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ComparisonOptions(
    ToleranceMode mode,
    @Nullable EvaluationRows baselineRows,
    boolean acceptProtocolChanges,
    @Nullable String noBaselineHint,
    String howToAccept,
    double confidence,
    int resamples,
    long seed) {

  /** The default one-sided confidence of an interval bound. */
  public static final double DEFAULT_CONFIDENCE = 0.95;

  /** The default number of bootstrap resamples. */
  public static final int DEFAULT_RESAMPLES = 2000;

  public ComparisonOptions {
    requireNonNull(mode, "mode");
    requireNonNull(howToAccept, "howToAccept");
  }

  /** Statistical mode with the given baseline rows (or none), failing on protocol changes. */
  public static ComparisonOptions defaults(@Nullable EvaluationRows baselineRows) {
    return new ComparisonOptions(
        ToleranceMode.STATISTICAL,
        baselineRows,
        false,
        null,
        ComparisonContext.DEFAULT_HOW_TO_ACCEPT,
        DEFAULT_CONFIDENCE,
        DEFAULT_RESAMPLES,
        1);
  }

  /** These options with another mode. */
  public ComparisonOptions withMode(ToleranceMode newMode) {
    return new ComparisonOptions(
        newMode,
        baselineRows,
        acceptProtocolChanges,
        noBaselineHint,
        howToAccept,
        confidence,
        resamples,
        seed);
  }

  /** These options with protocol changes accepted (or not). */
  public ComparisonOptions acceptingProtocolChanges(boolean accept) {
    return new ComparisonOptions(
        mode, baselineRows, accept, noBaselineHint, howToAccept, confidence, resamples, seed);
  }

  /** These options with the given messages for a missing baseline and for accepting changes. */
  public ComparisonOptions withHints(@Nullable String noBaseline, String accept) {
    return new ComparisonOptions(
        mode, baselineRows, acceptProtocolChanges, noBaseline, accept, confidence, resamples, seed);
  }
}
