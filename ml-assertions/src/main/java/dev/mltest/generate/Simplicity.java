package dev.mltest.generate;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.jspecify.annotations.Nullable;

/**
 * How complicated a value is, so that shrinking only ever moves toward simpler values and so always
 * ends: small magnitudes and few digits are simple, NaN and infinities are not.
 */
final class Simplicity {
  private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

  private Simplicity() {}

  static double score(@Nullable Object value) {
    if (value == null) {
      return 0;
    }
    if (value instanceof Boolean b) {
      return b ? 2 : 1;
    }
    if (value instanceof Double d) {
      if (d.isNaN() || d.isInfinite()) {
        return 1e6;
      }
      double digits = new BigDecimal(Double.toString(d)).stripTrailingZeros().precision();
      return 1 + digits + Math.log10(Math.abs(d) + 1) + (d < 0 || isNegativeZero(d) ? 1 : 0);
    }
    if (value instanceof Number n) {
      long l = n.longValue();
      return 1 + Math.log10(Math.abs((double) l) + 1) + (l < 0 ? 1 : 0);
    }
    if (value instanceof String s) {
      double score = 1 + s.length() * 4;
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        score += c == 'a' ? 0 : (c >= 'a' && c <= 'z') ? 0.5 : c < 128 ? 1 : 2;
      }
      return score;
    }
    if (value instanceof LocalDate d) {
      return 1 + Math.log10(Math.abs(d.toEpochDay() - EPOCH.toEpochDay()) + 1);
    }
    if (value instanceof LocalDateTime t) {
      long seconds = Math.abs(t.toEpochSecond(java.time.ZoneOffset.UTC) - 946684800L);
      return 1 + Math.log10(seconds + 1);
    }
    return 1e3;
  }

  private static boolean isNegativeZero(double d) {
    return d == 0.0 && Double.doubleToRawLongBits(d) != 0;
  }
}
