package dev.mltest.drift;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How large a difference is, next to whether it is significant: the part of MLTest's default rule
 * that keeps a million-row comparison from flagging trivia. Both measures are shares of the data
 * that moved, in [0, 1].
 *
 * @param measure what was measured
 * @param value the measured size
 * @param threshold the smallest size that counts as material
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public record EffectSize(Measure measure, double value, double threshold) {
  /** Checks the measure is present. */
  public EffectSize {
    requireNonNull(measure, "measure");
  }

  /** The effect-size measures. */
  public enum Measure {
    /**
     * The Kolmogorov-Smirnov statistic D: the largest gap between the two empirical CDFs, i.e. the
     * largest share of values that lie below some point on one side but not the other.
     */
    KS_D("KS distance D"),
    /** Total variation distance: half the sum of |reference share - current share|. */
    TOTAL_VARIATION("total variation distance");

    private final String displayName;

    Measure(String displayName) {
      this.displayName = displayName;
    }

    /**
     * Returns the name shown in messages.
     *
     * @return for example {@code KS distance D}
     */
    public String displayName() {
      return displayName;
    }
  }

  /**
   * Tells whether the effect is large enough to matter.
   *
   * @return {@code value >= threshold}
   */
  public boolean material() {
    return value >= threshold;
  }
}
