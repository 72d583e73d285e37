package dev.mltest.drift;

import static org.assertj.core.api.Assertions.assertThat;

/** Relative-error comparison for golden values, exact for infinities and zeros. */
final class RelativeError {
  private RelativeError() {}

  /** |actual - expected| / |expected|; 0 when equal (infinities included), infinite otherwise. */
  static double of(double actual, double expected) {
    if (actual == expected || (Double.isNaN(actual) && Double.isNaN(expected))) {
      return 0.0;
    }
    if (expected == 0.0 || Double.isInfinite(expected) || Double.isNaN(expected)) {
      return Double.POSITIVE_INFINITY;
    }
    return Math.abs(actual - expected) / Math.abs(expected);
  }

  /**
   * Asserts agreement within {@code relative} relative error or {@code floor} absolute error; the
   * floor serves values near zero, where a relative error says nothing.
   */
  static void assertClose(
      String what, double actual, double expected, double relative, double floor) {
    boolean close = of(actual, expected) <= relative || Math.abs(actual - expected) <= floor;
    assertThat(close)
        .as(
            "%s: actual %s, expected %s (relative error %s, allowed %s)",
            what, actual, expected, of(actual, expected), relative)
        .isTrue();
  }

  static void assertClose(String what, double actual, double expected, double relative) {
    assertClose(what, actual, expected, relative, 0.0);
  }
}
