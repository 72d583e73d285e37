package dev.mltest.regression;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How one metric is judged against its baseline, as declared by a test. Every part is optional:
 * what a test leaves out comes from the baseline file, then from the defaults of {@link
 * MetricCatalog}.
 *
 * <pre>{@code
 * MetricSpec.of("accuracy").absTol(0.02).min(0.7)
 * MetricSpec.of("calibrationGap").lowerIsBetter().relTol(0.1)
 * }</pre>
 *
 * @param name the metric's name, e.g. {@code accuracy}
 * @param direction which way it may move; {@code null} for the default of a well-known name
 * @param absTol the absolute tolerance ({@code ≥ 0}), if set
 * @param relTol the tolerance relative to {@code |baseline|} ({@code ≥ 0}), if set
 * @param min a hard lower bound, if any
 * @param max a hard upper bound, if any
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MetricSpec(
    String name,
    @Nullable Direction direction,
    @Nullable Double absTol,
    @Nullable Double relTol,
    @Nullable Double min,
    @Nullable Double max) {

  public MetricSpec {
    requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("a metric name must not be blank");
    }
    checkTolerance(name, "absTol", absTol);
    checkTolerance(name, "relTol", relTol);
    checkFinite(name, "min", min);
    checkFinite(name, "max", max);
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException(
          "metric %s: min %s is greater than max %s".formatted(name, min, max));
    }
  }

  /** A metric judged entirely by the baseline file and the defaults. */
  public static MetricSpec of(String name) {
    return new MetricSpec(name, null, null, null, null, null);
  }

  /** A copy that declares the direction. */
  public MetricSpec direction(Direction newDirection) {
    return new MetricSpec(name, requireNonNull(newDirection), absTol, relTol, min, max);
  }

  /** A copy: larger values are better. */
  public MetricSpec higherIsBetter() {
    return direction(Direction.HIGHER);
  }

  /** A copy: smaller values are better. */
  public MetricSpec lowerIsBetter() {
    return direction(Direction.LOWER);
  }

  /** A copy: a move either way beyond tolerance regresses. */
  public MetricSpec twoSided() {
    return direction(Direction.TWO_SIDED);
  }

  /** A copy with this absolute tolerance. */
  public MetricSpec absTol(double tolerance) {
    return new MetricSpec(name, direction, tolerance, relTol, min, max);
  }

  /** A copy with this tolerance relative to {@code |baseline|}. */
  public MetricSpec relTol(double tolerance) {
    return new MetricSpec(name, direction, absTol, tolerance, min, max);
  }

  /** A copy with a hard lower bound: a value below it fails whatever the baseline says. */
  public MetricSpec min(double bound) {
    return new MetricSpec(name, direction, absTol, relTol, bound, max);
  }

  /** A copy with a hard upper bound: a value above it fails whatever the baseline says. */
  public MetricSpec max(double bound) {
    return new MetricSpec(name, direction, absTol, relTol, min, bound);
  }

  private static void checkTolerance(String name, String what, @Nullable Double value) {
    if (value != null && (!(value >= 0) || Double.isInfinite(value))) {
      throw new IllegalArgumentException(
          "metric %s: %s must be a finite number ≥ 0, not %s".formatted(name, what, value));
    }
  }

  private static void checkFinite(String name, String what, @Nullable Double value) {
    if (value != null && !Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "metric %s: %s must be a finite number, not %s".formatted(name, what, value));
    }
  }
}
