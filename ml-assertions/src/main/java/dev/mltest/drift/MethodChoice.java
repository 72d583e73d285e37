package dev.mltest.drift;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A method and/or threshold chosen by the user for some columns; what is left null falls back to
 * the next level (column, then column kind, then the whole suite, then Evidently's default rule).
 *
 * @param method the drift method, or null to keep the default choice
 * @param threshold the threshold, or null for the method's default
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record MethodChoice(@Nullable DriftMethod method, @Nullable Double threshold) {
  /** Nothing chosen. */
  public static final MethodChoice DEFAULT = new MethodChoice(null, null);

  /** This choice, with the other's parts where this one has none. */
  public MethodChoice orElse(MethodChoice other) {
    return new MethodChoice(
        method != null ? method : other.method, threshold != null ? threshold : other.threshold);
  }
}
