package dev.mltest.assertions;

import dev.mltest.data.ValueText;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/**
 * Builds the failures of the AssertJ entry points. Their messages quote data values, and a Jupiter
 * test's failure message reaches whatever records it (Allure, a CI dashboard) unescaped: markup in
 * a value is made inert here ({@link ValueText#withoutMarkup}), so {@code <img src=x onerror=...>}
 * in the data stays text in any report, whichever engine ran the test and whichever Allure
 * generator renders it.
 */
final class Failures {
  private Failures() {}

  static AssertionFailedError failure(String message) {
    return new AssertionFailedError(ValueText.withoutMarkup(message));
  }

  static AssertionFailedError failure(
      String message, @Nullable Object expected, @Nullable Object actual) {
    return new AssertionFailedError(
        ValueText.withoutMarkup(message), inert(expected), inert(actual));
  }

  private static @Nullable Object inert(@Nullable Object value) {
    return value instanceof String s ? ValueText.withoutMarkup(s) : value;
  }
}
