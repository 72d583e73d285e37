package dev.mltest.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/**
 * How one ML test came out, as reports count it. Warnings and improvements pass the build; failed
 * (the data or the model is wrong) and broken (the check could not run) do not.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Outcome {
  /** The check failed: an {@link AssertionError}. */
  FAILED("❌"),
  /** The check could not run: a bad suite, unreadable data, a stale baseline. */
  BROKEN("💥"),
  /** The check failed with severity {@code warn}, or a metric is new: the test passes. */
  WARNING("⚠️"),
  /** A metric is better than its baseline by more than the tolerance: the test passes. */
  IMPROVED("🔼"),
  /** The check passed. */
  PASSED("✅"),
  /** The test was aborted or skipped. */
  SKIPPED("⏭️");

  private final String icon;

  Outcome(String icon) {
    this.icon = icon;
  }

  /** The icon shown in markdown and HTML tables. */
  public String icon() {
    return icon;
  }

  /** The lower-case name used in files: {@code failed}, {@code warning}, ... */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the summary lists it before the passed checks: failed, broken, warning, improved. */
  public boolean needsAttention() {
    return this != PASSED && this != SKIPPED;
  }

  /** Whether it fails the build. */
  public boolean failsBuild() {
    return this == FAILED || this == BROKEN;
  }
}
