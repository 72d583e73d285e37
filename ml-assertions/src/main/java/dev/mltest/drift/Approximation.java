package dev.mltest.drift;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.text.Formats;
import org.apiguardian.api.API;

/**
 * Says that a column's drift was computed from shared buckets instead of raw values (a backend
 * could not bring every distinct value to the JVM; see {@link dev.mltest.data.BucketPlan}), and by
 * how much the result may be off.
 *
 * <p>For K-S the bound is rigorous: the statistic reported is the D of the bucketed samples, a
 * lower bound of the raw D, and the raw D is at most {@code statisticUpper} (see {@code KsBound}).
 * The column drifts only when the decision holds at the lower bound; when the upper bound would
 * decide otherwise the decision is {@link Decision#UNDECIDED} and no drift is reported. Other
 * methods computed from the buckets (Wasserstein, PSI, histograms) are approximate without a bound.
 *
 * @param buckets how many shared buckets the column was counted in
 * @param distinctValues how many distinct values the raw column has (an estimate)
 * @param reason why the column was bucketed, as words that follow "N distinct values"
 * @param statisticLower the statistic computed from the buckets (K-S: a lower bound of the raw D),
 *     NaN when not bounded
 * @param statisticUpper an upper bound of the raw statistic, NaN when not bounded
 * @param decision whether the decision holds across the bound
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Approximation(
    int buckets,
    long distinctValues,
    String reason,
    double statisticLower,
    double statisticUpper,
    Decision decision) {

  /** Whether a decision made from buckets is the one raw values would give. */
  public enum Decision {
    /** The bound is known and the decision is the same at both ends. */
    HOLDS,
    /** At the upper end of the bound the column would drift; no drift is reported. */
    UNDECIDED,
    /** The method has no bound here (every method but K-S): the score is approximate. */
    NOT_BOUNDED
  }

  /** Checks the parts. */
  public Approximation {
    requireNonNull(reason, "reason");
    requireNonNull(decision, "decision");
  }

  /**
   * Returns how far the raw statistic may lie above the one reported.
   *
   * @return {@code statisticUpper - statisticLower}, NaN when not bounded
   */
  public double bound() {
    return statisticUpper - statisticLower;
  }

  /**
   * Says what was approximated and by how much, for the column's sentence.
   *
   * @return for example {@code approximate: D = 0.0412 is a lower bound, the true D is at most
   *     0.042 (+0.0008), from 4,000 shared buckets because ...}
   */
  public String sentence() {
    String from =
        "from %s shared buckets because about %s distinct values %s"
            .formatted(Formats.count(buckets), Formats.count(distinctValues), reason);
    if (decision == Decision.NOT_BOUNDED) {
      return "approximate: computed " + from;
    }
    String text =
        "approximate: D = %s is a lower bound, the true D is at most %s (+%s), %s"
            .formatted(
                Formats.number(statisticLower),
                Formats.number(statisticUpper),
                Formats.number(bound()),
                from);
    return decision == Decision.HOLDS
        ? text + "; the decision holds across the bound"
        : text
            + "; undecided: at D = %s this would be drift, so no drift is reported; count the column exactly (raise the limit) to decide"
                .formatted(Formats.number(statisticUpper));
  }
}
