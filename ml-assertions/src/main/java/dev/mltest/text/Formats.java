package dev.mltest.text;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** Renders numbers and values the same way in every message. */
@API(status = INTERNAL, since = "0.1")
public final class Formats {
  private Formats() {}

  /** {@code 10,000}. */
  public static String count(long n) {
    return String.format(Locale.ROOT, "%,d", n);
  }

  /** {@code 1 try}, {@code 100 tries}: the count with the word in the right number. */
  public static String count(long n, String one, String many) {
    return count(n) + " " + (n == 1 ? one : many);
  }

  /** {@code mostly 0.95 allows 5.0%}, or {@code mostly 1 allows none}: a check's tolerance. */
  public static String mostly(double mostly) {
    return "mostly %s allows %s"
        .formatted(number(mostly), mostly >= 1 ? "none" : percent(1 - mostly));
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
      return Quoting.quote(s, Quoting.MAX_SHOWN);
    }
    if (v instanceof List<?> list) {
      return list.stream().map(Formats::value).collect(Collectors.joining(", ", "[", "]"));
    }
    return v.toString();
  }

  /**
   * {@code observed} as {@link #value}, with more significant digits when six would make it read
   * like one of the {@code shown} values it differs from: {@code 1.15470054} next to a bound shown
   * as {@code 1.1547}, never {@code 1.1547 (expected [1.1547, 1.1547])}.
   */
  public static String valueApartFrom(@Nullable Object observed, @Nullable Object... shown) {
    if (!(observed instanceof Double
        || observed instanceof Float
        || observed instanceof BigDecimal)) {
      return value(observed);
    }
    double d = ((Number) observed).doubleValue();
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return value(observed);
    }
    for (int digits = 6; digits < 17; digits++) {
      String text = number(d, digits);
      boolean apart = true;
      for (Object other : shown) {
        if (other instanceof Number n
            && n.doubleValue() != d
            && (text.equals(value(other)) || text.equals(number(n.doubleValue(), digits)))) {
          apart = false;
        }
      }
      if (apart) {
        return text;
      }
    }
    return Double.toString(d);
  }

  /** A double in at most six significant digits, scientific when very large or small. */
  public static String number(double d) {
    return number(d, 6);
  }

  private static String number(double d, int digits) {
    if (Double.isNaN(d) || Double.isInfinite(d)) {
      return Double.toString(d);
    }
    if (d == Math.rint(d) && Math.abs(d) < 1e6) {
      return Long.toString((long) d);
    }
    double abs = Math.abs(d);
    if (abs >= 1e6 || abs < 1e-4) {
      String s = String.format(Locale.ROOT, "%." + (digits - 2) + "e", d);
      String mantissa = s.substring(0, s.indexOf('e')).replaceAll("0+$", "").replaceAll("\\.$", "");
      int exponent = Integer.parseInt(s.substring(s.indexOf('e') + 1));
      return mantissa + "e" + exponent;
    }
    return new BigDecimal(d)
        .round(new java.math.MathContext(digits))
        .stripTrailingZeros()
        .toPlainString();
  }
}
