package dev.mltest.suggest;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/** Rounds learned bounds outward to a few significant digits, so suites read well. */
final class Rounding {
  private static final int DIGITS = 4;

  private Rounding() {}

  /** The largest short number at most {@code x}. */
  static BigDecimal down(double x) {
    return round(x, RoundingMode.FLOOR);
  }

  /** The smallest short number at least {@code x}. */
  static BigDecimal up(double x) {
    return round(x, RoundingMode.CEILING);
  }

  private static BigDecimal round(double x, RoundingMode mode) {
    if (x == 0) {
      return BigDecimal.ZERO;
    }
    BigDecimal exact = new BigDecimal(x);
    BigDecimal rounded = exact.round(new MathContext(DIGITS, mode));
    // Keep at most 6 decimals for ratios and small numbers.
    if (rounded.scale() > 6) {
      rounded = exact.setScale(6, mode);
    }
    return rounded.stripTrailingZeros();
  }

  /** A number for a message: at most 4 significant digits. */
  static String show(double x) {
    if (Double.isNaN(x)) {
      return "NaN";
    }
    if (x == Math.rint(x) && Math.abs(x) < 1e15) {
      return String.valueOf((long) x);
    }
    return new BigDecimal(x).round(new MathContext(DIGITS)).stripTrailingZeros().toPlainString();
  }
}
