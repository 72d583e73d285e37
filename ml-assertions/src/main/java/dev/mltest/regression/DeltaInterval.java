package dev.mltest.regression;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A confidence interval for {@code Δ = current − baseline} of one metric, computed on the
 * evaluation rows of both runs. {@code lower} and {@code upper} are each a one-sided bound at
 * {@code confidence} (together a two-sided interval at {@code 2·confidence − 1}).
 *
 * @param method how it was computed: {@code paired-proportions} (accuracy, with McNemar's exact
 *     p-value), {@code delong} (AUC), {@code paired-bootstrap}, or {@code unpaired-bootstrap} when
 *     the rows cannot be matched
 * @param rows the rows used (pairs when paired)
 * @param estimate the point estimate of Δ on those rows
 * @param lower the lower one-sided bound
 * @param upper the upper one-sided bound
 * @param confidence the one-sided confidence level, e.g. 0.95
 * @param pValue the two-sided p-value of "no difference", where the method gives one
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DeltaInterval(
    String method,
    int rows,
    double estimate,
    double lower,
    double upper,
    double confidence,
    @Nullable Double pValue) {

  public DeltaInterval {
    requireNonNull(method, "method");
  }

  /** Whether the two runs' rows were matched one to one. */
  public boolean paired() {
    return !method.startsWith("unpaired");
  }

  /** E.g. {@code 90% CI [-0.0412, -0.0125] (delong, 1250 paired rows)}. */
  public String describe() {
    return "%s%% CI [%s, %s] (%s, %d %srows)"
        .formatted(
            MetricFormat.trim(Math.round((2 * confidence - 1) * 1000) / 10.0),
            MetricFormat.signed(lower),
            MetricFormat.signed(upper),
            method,
            rows,
            paired() ? "paired " : "");
  }

  /**
   * The same width around another estimate: the rows give the uncertainty, the recorded values the
   * change (they differ when only some rows are paired, or a baseline value was edited by hand).
   */
  public DeltaInterval recenteredAt(double delta) {
    return new DeltaInterval(
        method,
        rows,
        delta,
        delta - (estimate - lower),
        delta + (upper - estimate),
        confidence,
        pValue);
  }
}
