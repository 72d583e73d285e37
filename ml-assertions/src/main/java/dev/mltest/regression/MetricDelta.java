package dev.mltest.regression;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A metric's current value next to its baseline value, with the rule that judges them.
 *
 * @param criteria the rule
 * @param baseline the baseline value, if the baseline has the metric
 * @param current the current value, if it could be computed
 * @param interval the confidence interval of the change from the evaluation rows (statistical
 *     mode), if there is one
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MetricDelta(
    MetricCriteria criteria,
    @Nullable Double baseline,
    @Nullable Double current,
    @Nullable DeltaInterval interval) {

  public MetricDelta {
    requireNonNull(criteria, "criteria");
  }

  /** Values without an interval (fixed tolerance). */
  public MetricDelta(MetricCriteria criteria, @Nullable Double baseline, @Nullable Double current) {
    this(criteria, baseline, current, null);
  }

  /** The metric's name. */
  public String metric() {
    return criteria.name();
  }

  /** {@code current − baseline}, if both exist. */
  public @Nullable Double delta() {
    return baseline == null || current == null ? null : current - baseline;
  }

  /**
   * {@code (current − baseline) / |baseline|}; {@code null} if either is missing or the baseline is
   * 0.
   */
  public @Nullable Double relativeDelta() {
    Double d = delta();
    return d == null || baseline == null || baseline == 0 ? null : d / Math.abs(baseline);
  }

  /** The tolerance around the baseline ({@code absTol} alone when there is no baseline value). */
  public double tolerance() {
    return baseline == null ? criteria.absTol() : criteria.tolerance(baseline);
  }

  /**
   * The signed boundary of the allowed change: {@code −tol} when higher is better, {@code +tol}
   * when lower is better, {@code ±tol} when two-sided.
   */
  public String allowed() {
    String tol = MetricFormat.value(tolerance());
    return switch (criteria.direction()) {
      case HIGHER -> "-" + tol;
      case LOWER -> "+" + tol;
      case TWO_SIDED -> "±" + tol;
    };
  }

  /**
   * A short description of the values, e.g. {@code 0.7810 vs baseline 0.8120 (Δ -0.0310, -3.82%)}.
   */
  String describe() {
    StringBuilder text = new StringBuilder();
    text.append(current == null ? "no value" : MetricFormat.value(current));
    if (baseline != null) {
      text.append(" vs baseline ").append(MetricFormat.value(baseline));
      Double d = delta();
      if (d != null) {
        text.append(" (Δ ").append(MetricFormat.signed(d));
        Double r = relativeDelta();
        if (r != null) {
          text.append(", ").append(MetricFormat.percent(r));
        }
        text.append(", allowed ").append(allowed());
        if (interval != null) {
          text.append(", ").append(interval.describe());
        }
        text.append(')');
      }
    }
    return text.toString();
  }
}
