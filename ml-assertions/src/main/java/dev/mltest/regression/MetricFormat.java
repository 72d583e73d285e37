package dev.mltest.regression;

import java.util.Locale;

/** Formats metric values for messages and report entries. */
final class MetricFormat {
  private MetricFormat() {}

  /** Four decimals, or scientific notation for values too small or too large for that. */
  static String value(double value) {
    if (Double.isNaN(value) || Double.isInfinite(value)) {
      return Double.toString(value);
    }
    double a = Math.abs(value);
    if (a != 0 && (a < 1e-3 || a >= 1e9)) {
      return String.format(Locale.ROOT, "%.4e", value);
    }
    return String.format(Locale.ROOT, "%.4f", value);
  }

  /** A value with an explicit sign. */
  static String signed(double value) {
    String text = value(value);
    return value >= 0 && !text.startsWith("-") ? "+" + text : text;
  }

  /** A signed percentage with two decimals. */
  static String percent(double ratio) {
    return String.format(Locale.ROOT, "%+.2f%%", ratio * 100);
  }

  /** A number without trailing zeros, e.g. {@code 90} or {@code 97.5}. */
  static String trim(double value) {
    return value == Math.rint(value)
        ? Long.toString((long) value)
        : String.format(Locale.ROOT, "%s", value);
  }
}
