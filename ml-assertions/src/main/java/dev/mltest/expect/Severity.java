package dev.mltest.expect;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/** How a failed expectation affects the build. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Severity {
  /** A failure fails the test (the default). */
  ERROR,
  /** A failure is reported as a warning; the test passes. */
  WARN;

  /** The suite-file name: {@code error} or {@code warn}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The severity named in a suite file. */
  public static Optional<Severity> fromKey(String key) {
    return switch (key.trim().toLowerCase(Locale.ROOT)) {
      case "error" -> Optional.of(ERROR);
      case "warn", "warning" -> Optional.of(WARN);
      default -> Optional.empty();
    };
  }
}
