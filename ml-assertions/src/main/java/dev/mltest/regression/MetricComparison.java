package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The comparison rules for one metric, in order: a missing or NaN current value fails; a violated
 * hard bound fails; without a baseline or with a stale one nothing is compared; a metric the
 * baseline lacks is new; otherwise, with {@code tol = max(absTol, relTol·|baseline|)} and {@code Δ
 * = current − baseline}: two-sided fails if {@code |Δ| > tol}; higher-is-better fails if {@code Δ <
 * −tol} and is improved if {@code Δ > tol} (mirrored for lower-is-better); else it passes. The band
 * is inclusive; differences below 10⁻¹² relative are taken as rounding.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MetricComparison {
  private static final double ROUNDING = 1e-12;

  private MetricComparison() {}

  /**
   * Judges a metric against a baseline known to be fresh.
   *
   * @param criteria the metric's rule
   * @param baseline the baseline value, {@code null} if the baseline lacks the metric
   * @param current the current value, {@code null} if it could not be computed
   * @param missingReason why {@code current} is missing, if it is
   */
  public static MetricOutcome compare(
      MetricCriteria criteria,
      @Nullable Double baseline,
      @Nullable Double current,
      @Nullable String missingReason) {
    return compare(criteria, baseline, current, missingReason, List.of(), null);
  }

  /**
   * Judges a metric.
   *
   * @param staleness what differs between the baseline's lineage and this run's; empty if fresh
   * @param noBaseline if there is no baseline at all: where it is expected and how to create it
   */
  public static MetricOutcome compare(
      MetricCriteria criteria,
      @Nullable Double baseline,
      @Nullable Double current,
      @Nullable String missingReason,
      List<String> staleness,
      @Nullable String noBaseline) {
    Double value = current == null || current.isNaN() ? null : current;
    MetricDelta delta = new MetricDelta(criteria, noBaseline == null ? baseline : null, value);
    if (value == null) {
      String reason =
          current != null
              ? "the value is NaN"
              : missingReason == null ? "not computed" : missingReason;
      return new MetricOutcome.Missing(delta, reason);
    }
    if (criteria.min() != null && value < criteria.min()) {
      return new MetricOutcome.BoundViolated(delta, "min " + MetricFormat.value(criteria.min()));
    }
    if (criteria.max() != null && value > criteria.max()) {
      return new MetricOutcome.BoundViolated(delta, "max " + MetricFormat.value(criteria.max()));
    }
    if (noBaseline != null) {
      return new MetricOutcome.NoBaseline(delta, noBaseline);
    }
    if (!staleness.isEmpty()) {
      return new MetricOutcome.Stale(delta, staleness);
    }
    if (baseline == null) {
      return new MetricOutcome.NewMetric(delta);
    }
    double tol = criteria.tolerance(baseline);
    double slack = ROUNDING * Math.max(1, Math.max(Math.abs(baseline), Math.abs(value)));
    double d = value - baseline;
    if (criteria.direction() == Direction.TWO_SIDED) {
      return Math.abs(d) > tol + slack
          ? new MetricOutcome.Regressed(delta)
          : new MetricOutcome.Passed(delta);
    }
    double better = criteria.direction() == Direction.HIGHER ? d : -d;
    if (better < -(tol + slack)) {
      return new MetricOutcome.Regressed(delta);
    }
    if (better > tol + slack) {
      return new MetricOutcome.Improved(delta);
    }
    return new MetricOutcome.Passed(delta);
  }
}
