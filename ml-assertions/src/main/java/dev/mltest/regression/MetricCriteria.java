package dev.mltest.regression;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The effective rule for one metric: what the test declares, else what the baseline file says, else
 * the catalog's defaults.
 *
 * @param name the metric
 * @param direction which way it may move
 * @param absTol absolute tolerance
 * @param relTol tolerance relative to {@code |baseline|}
 * @param min hard lower bound, if any
 * @param max hard upper bound, if any
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MetricCriteria(
    String name,
    Direction direction,
    double absTol,
    double relTol,
    @Nullable Double min,
    @Nullable Double max) {

  public MetricCriteria {
    requireNonNull(name, "name");
    requireNonNull(direction, "direction");
  }

  /**
   * Resolves a metric's rule, part by part: the test's declaration first, then the baseline file,
   * then {@link MetricCatalog}'s defaults.
   *
   * @throws IllegalArgumentException if no direction is known for a metric the catalog does not
   *     know
   */
  public static MetricCriteria resolve(
      String name, @Nullable MetricSpec declared, @Nullable MetricSpec fromBaseline) {
    Direction direction =
        first(
            declared == null ? null : declared.direction(),
            fromBaseline == null ? null : fromBaseline.direction());
    if (direction == null) {
      direction =
          MetricCatalog.defaultDirection(name)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          ("metric '%s' has no direction: it is not a well-known metric, so declare"
                                  + " one (MetricSpec.of(\"%s\").higherIsBetter(), .lowerIsBetter()"
                                  + " or .twoSided()) or set \"direction\" in the baseline file")
                              .formatted(name, name)));
    }
    Double abs =
        first(
            declared == null ? null : declared.absTol(),
            fromBaseline == null ? null : fromBaseline.absTol());
    Double rel =
        first(
            declared == null ? null : declared.relTol(),
            fromBaseline == null ? null : fromBaseline.relTol());
    Double min =
        first(
            declared == null ? null : declared.min(),
            fromBaseline == null ? null : fromBaseline.min());
    Double max =
        first(
            declared == null ? null : declared.max(),
            fromBaseline == null ? null : fromBaseline.max());
    return new MetricCriteria(
        name,
        direction,
        abs != null ? abs : MetricCatalog.defaultAbsTol(name),
        rel != null ? rel : MetricCatalog.defaultRelTol(name),
        min,
        max);
  }

  /** The allowed distance from a baseline value: {@code max(absTol, relTol·|baseline|)}. */
  public double tolerance(double baseline) {
    return Math.max(absTol, relTol * Math.abs(baseline));
  }

  /** This rule as a declaration, for writing into a baseline file. */
  public MetricSpec asSpec() {
    return new MetricSpec(name, direction, absTol, relTol, min, max);
  }

  private static <T> @Nullable T first(@Nullable T a, @Nullable T b) {
    return a != null ? a : b;
  }
}
