package dev.mltest.history;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Parameter checks and number formatting shared by the strategies. */
final class Limits {
  private Limits() {}

  static void check(@Nullable Double low, @Nullable Double high, String lowName, String highName) {
    finite(low, lowName);
    finite(high, highName);
    if (low != null && high != null && low > high) {
      throw new IllegalArgumentException(
          "%s %s is greater than %s %s".formatted(lowName, format(low), highName, format(high)));
    }
  }

  static void requireSome(
      @Nullable Double low, @Nullable Double high, String lowName, String highName) {
    if (low == null && high == null) {
      throw new IllegalArgumentException("give '%s', '%s' or both".formatted(lowName, highName));
    }
  }

  static void nonNegative(@Nullable Double value, String name) {
    finite(value, name);
    if (value != null && value < 0) {
      throw new IllegalArgumentException(
          "%s is a size and must be >= 0, was %s".formatted(name, format(value)));
    }
  }

  static void positive(double value, String name) {
    if (!(value > 0) || Double.isInfinite(value)) {
      throw new IllegalArgumentException(
          "%s must be a positive number, was %s".formatted(name, format(value)));
    }
  }

  private static void finite(@Nullable Double value, String name) {
    if (value != null && !Double.isFinite(value)) {
      throw new IllegalArgumentException(name + " must be a finite number, was " + value);
    }
  }

  static void requireHistory(AnomalyStrategy strategy, List<Double> history) {
    if (history.size() < strategy.minimumHistory()) {
      throw new IllegalArgumentException(
          "%s needs at least %d earlier values, got %d"
              .formatted(strategy.key(), strategy.minimumHistory(), history.size()));
    }
  }

  /** Up to 6 significant digits, without trailing zeros: {@code 1000}, {@code 0.125}. */
  static String format(double value) {
    if (!Double.isFinite(value)) {
      return Double.isNaN(value) ? "NaN" : value > 0 ? "+∞" : "-∞";
    }
    if (value == 0) {
      return "0";
    }
    BigDecimal rounded =
        new BigDecimal(String.format(Locale.ROOT, "%.6g", value)).stripTrailingZeros();
    return Math.abs(value) >= 1e15 || Math.abs(value) < 1e-6
        ? rounded.toString()
        : rounded.toPlainString();
  }

  static String formatOrOpen(@Nullable Double value, String open) {
    return value == null ? open : format(value);
  }

  static String signed(double value) {
    return (value > 0 ? "+" : "") + format(value);
  }

  static String signedOrOpen(@Nullable Double value, String open) {
    return value == null ? open : signed(value);
  }

  static String percent(double ratio) {
    return Double.isFinite(ratio) ? signed(ratio * 100) + "%" : format(ratio);
  }

  static String percentOrOpen(@Nullable Double ratio, String open) {
    return ratio == null ? open : percent(ratio);
  }
}
