package dev.mltest.report;

import dev.mltest.text.Formats;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** How reports write metric values: four decimals, signed deltas, {@code n/a} when absent. */
final class ReportNumbers {
  static final String ABSENT = "n/a";

  private ReportNumbers() {}

  /** {@code 0.8120}; very small or large values in six significant digits. */
  static String value(@Nullable Double v) {
    if (v == null) {
      return ABSENT;
    }
    if (Double.isNaN(v) || Double.isInfinite(v)) {
      return Double.toString(v);
    }
    double abs = Math.abs(v);
    if (abs != 0 && (abs < 1e-3 || abs >= 1e9)) {
      return Formats.number(v);
    }
    return String.format(Locale.ROOT, "%.4f", v);
  }

  /** {@code +0.0400}, {@code -0.0310}. */
  static String signed(@Nullable Double v) {
    if (v == null) {
      return ABSENT;
    }
    String s = value(v);
    return v >= 0 && !s.startsWith("+") && !s.equals("NaN") ? "+" + s : s;
  }

  /** {@code -3.82%}. */
  static String signedPercent(@Nullable Double percent) {
    if (percent == null || Double.isNaN(percent) || Double.isInfinite(percent)) {
      return ABSENT;
    }
    return String.format(Locale.ROOT, "%+.2f%%", percent);
  }
}
