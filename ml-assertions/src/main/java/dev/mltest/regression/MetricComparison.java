package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The comparison rules for one metric, in order: a missing or NaN current value fails; a violated
 * hard bound fails; without a baseline nothing is compared; a metric the baseline lacks is new;
 * otherwise the values are always compared, whatever changed since the baseline (the changes are
 * listed with the outcome), and a changed evaluation protocol makes the outcome {@link
 * MetricOutcome.NotComparable} (saying what the comparison would have been).
 *
 * <p>With {@code tol = max(absTol, relTol·|baseline|)} and {@code Δ = current − baseline}:
 *
 * <ul>
 *   <li>fixed tolerance (no interval): higher-is-better regresses if {@code Δ < −tol} and is
 *       improved if {@code Δ > tol} (mirrored for lower-is-better; two-sided regresses if {@code
 *       |Δ| > tol}); the band is inclusive, differences below 10⁻¹² relative are rounding;
 *   <li>statistical (with a {@link DeltaInterval}): higher-is-better regresses if the interval's
 *       upper bound is below {@code −tol} — the drop is beyond the tolerance with the interval's
 *       confidence — and is improved if its lower bound is above {@code tol} (mirrored for
 *       lower-is-better; two-sided regresses if the interval lies wholly beyond {@code ±tol}).
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MetricComparison {
  private static final double ROUNDING = 1e-12;

  private MetricComparison() {}

  /**
   * Judges a metric against a baseline from the same protocol, with the fixed tolerance.
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
    return compare(criteria, baseline, current, missingReason, null, ComparisonContext.unchanged());
  }

  /**
   * Judges a metric.
   *
   * @param interval the change's confidence interval (statistical mode), or {@code null} for the
   *     fixed tolerance
   * @param context what changed since the baseline, and what to say without one
   */
  public static MetricOutcome compare(
      MetricCriteria criteria,
      @Nullable Double baseline,
      @Nullable Double current,
      @Nullable String missingReason,
      @Nullable DeltaInterval interval,
      ComparisonContext context) {
    Double value = current == null || current.isNaN() ? null : current;
    MetricDelta delta =
        new MetricDelta(criteria, context.noBaseline() == null ? baseline : null, value, interval);
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
    if (context.noBaseline() != null) {
      return new MetricOutcome.NoBaseline(delta, context.noBaseline());
    }
    if (baseline == null) {
      return new MetricOutcome.NewMetric(delta);
    }
    if (!context.protocolChanges().isEmpty()) {
      // The interval pairs rows of two protocols: judge the face value with the fixed rule.
      MetricDelta plain = new MetricDelta(criteria, baseline, value);
      return new MetricOutcome.NotComparable(
          plain,
          context.protocolChanges(),
          judge(criteria, baseline, value, null),
          context.acceptProtocolChanges(),
          context.howToAccept());
    }
    return switch (judge(criteria, baseline, value, interval)) {
      case REGRESSED -> new MetricOutcome.Regressed(delta, context.changes());
      case IMPROVED -> new MetricOutcome.Improved(delta, context.changes());
      default -> new MetricOutcome.Passed(delta, context.changes());
    };
  }

  private static MetricOutcome.Kind judge(
      MetricCriteria criteria, double baseline, double value, @Nullable DeltaInterval interval) {
    double tol = criteria.tolerance(baseline);
    double slack = ROUNDING * Math.max(1, Math.max(Math.abs(baseline), Math.abs(value)));
    double lower = interval == null ? value - baseline : interval.lower();
    double upper = interval == null ? value - baseline : interval.upper();
    double limit = tol + slack;
    return switch (criteria.direction()) {
      case TWO_SIDED ->
          lower > limit || upper < -limit
              ? MetricOutcome.Kind.REGRESSED
              : MetricOutcome.Kind.PASSED;
      case HIGHER ->
          upper < -limit
              ? MetricOutcome.Kind.REGRESSED
              : lower > limit ? MetricOutcome.Kind.IMPROVED : MetricOutcome.Kind.PASSED;
      case LOWER ->
          lower > limit
              ? MetricOutcome.Kind.REGRESSED
              : upper < -limit ? MetricOutcome.Kind.IMPROVED : MetricOutcome.Kind.PASSED;
    };
  }
}
