package dev.mltest.history;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A strategy's judgement of one value against its history.
 *
 * @param status normal, anomalous, or not judged for lack of history
 * @param decision what the test does with it: pass, warn or fail
 * @param current the judged value
 * @param lower the smallest accepted value, or null when there is no lower limit (or no judgement)
 * @param upper the largest accepted value, or null
 * @param historySize how many earlier runs the history held
 * @param explanation how the limits were computed, e.g. {@code mean 1,000 − 3·σ 50 = 850}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HistoryVerdict(
    Status status,
    Decision decision,
    double current,
    @Nullable Double lower,
    @Nullable Double upper,
    int historySize,
    String explanation) {

  public HistoryVerdict {
    requireNonNull(status, "status");
    requireNonNull(decision, "decision");
    requireNonNull(explanation, "explanation");
  }

  static HistoryVerdict judged(
      double current,
      @Nullable Double lower,
      @Nullable Double upper,
      int historySize,
      String explanation) {
    boolean inside =
        !Double.isNaN(current)
            && (lower == null || current >= lower)
            && (upper == null || current <= upper);
    return new HistoryVerdict(
        inside ? Status.NORMAL : Status.ANOMALY,
        inside ? Decision.PASS : Decision.FAIL,
        current,
        lower,
        upper,
        historySize,
        explanation);
  }

  /** Whether the value lies within the accepted range. */
  public enum Status {
    /** Within the limits. */
    NORMAL,
    /** Outside the limits. */
    ANOMALY,
    /** Too few earlier runs to judge; the decision follows the configured policy. */
    INSUFFICIENT_HISTORY
  }

  /** What the test does. */
  public enum Decision {
    /** The test passes. */
    PASS,
    /** The test passes with a warning. */
    WARN,
    /** The test fails. */
    FAIL
  }
}
