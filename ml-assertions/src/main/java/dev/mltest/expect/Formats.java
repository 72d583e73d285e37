package dev.mltest.expect;

import dev.mltest.data.ValueText;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Renders numbers and values the same way in every message. */
public final class Formats {
  private Formats() {}

  /** {@code 10,000}. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** {@code 7.1%}: one decimal, more for small non-zero shares. */
  public static String percent(double share) {
    double p = share * 100;
    if (p != 0 && Math.abs(p) < 0.1) {
      return String.format(Locale.ROOT, "%.3g%%", p);
    }
    return String.format(Locale.ROOT, "%.1f%%", p).replace(".0%", "%");
  }

  /** A value as users wrote it: {@code 1e7}, {@code 0.95}, {@code 2023-01-01}, {@code 'abc'}. */
  public static String value(@Nullable Object v) {
    if (v == null) {
      return "null";
    }
    if (v instanceof Double || v instanceof Float) {
      return number(((Number) v).doubleValue());
    }
    if (v instanceof BigDecimal bd) {
      return number(bd.doubleValue());
    }
    if (v instanceof Number) {
      return v.toString();
    }
    if (v instanceof String s) {
      return ValueText.quote(s);
    }
    if (v instanceof List<?> list) {
      return list.stream().map(Formats::value).collect(Collectors.joining(", ", "[", "]"));
    }
    return v.toString();
  }

  /** A double in at most six significant digits, scientific when very large or small. */
  public static String number(double d) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return Double.toString(d);
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e6) {
      return Long.toString((long) d);
    }
    double abs = Math.abs(d);
    if (abs >= 1e6 || abs < 1e-4) {
      String s = String.format(Locale.ROOT, "%.4e", d);
      String mantissa = s.substring(0, s.indexOf('e')).replaceAll("0+$", "").replaceAll("\\.$", "");
      int exponent = Integer.parseInt(s.substring(s.indexOf('e') + 1));
      return mantissa + "e" + exponent;
    }
    return new BigDecimal(d)
        .round(new java.math.MathContext(6))
        .stripTrailingZeros()
        .toPlainString();
  }
}
