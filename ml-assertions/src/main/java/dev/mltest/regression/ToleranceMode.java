package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/** How a metric's change is judged against its tolerance. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ToleranceMode {
  /**
   * A confidence interval of the change, from both runs' evaluation rows ({@link PairedDelta}),
   * must lie beyond the tolerance; falls back to {@link #FIXED} for a metric without rows.
   */
  STATISTICAL,
  /** The point change {@code current − baseline} must lie beyond the tolerance. */
  FIXED;

  /** The configuration value, {@code statistical} or {@code fixed}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses a configuration value, ignoring case. */
  public static Optional<ToleranceMode> parse(String text) {
    for (ToleranceMode mode : values()) {
      if (mode.key().equalsIgnoreCase(text.trim())) {
        return Optional.of(mode);
      }
    }
    return Optional.empty();
  }
}
