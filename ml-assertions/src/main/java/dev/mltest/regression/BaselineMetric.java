package dev.mltest.regression;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One metric of a baseline: its value and the rule recorded with it (direction, tolerances, bounds;
 * any part may be absent in a hand-written file).
 *
 * @param value the baseline value
 * @param spec the recorded rule; its name is the metric's name
 * @param definition what the metric computed when the value was recorded ({@link
 *     MetricCatalog#definition}); {@code null} if the file does not say (written by hand or by an
 *     older version)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BaselineMetric(double value, MetricSpec spec, @Nullable String definition) {
  /** A value without a recorded definition. */
  public BaselineMetric(double value, MetricSpec spec) {
    this(value, spec, null);
  }

  public BaselineMetric {
    requireNonNull(spec, "spec");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "baseline value of %s must be finite, not %s".formatted(spec.name(), value));
    }
  }

  /** The metric's name. */
  public String name() {
    return spec.name();
  }
}
