package dev.mltest.generate;

import org.jspecify.annotations.Nullable;

/**
 * A value as the data backend compares it for equality: {@code -0.0} equals {@code 0.0}, NaN equals
 * NaN, and integers compare by value whatever their Java type. Used for uniqueness, sets and
 * distinct counts.
 *
 * @param value the normalised value
 */
record ValueKey(@Nullable Object value) {

  static ValueKey of(@Nullable Object value) {
    if (value instanceof Double || value instanceof Float) {
      double d = ((Number) value).doubleValue();
      return new ValueKey(d == 0.0 ? 0.0 : d);
    }
    if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
      return new ValueKey(((Number) value).longValue());
    }
    return new ValueKey(value);
  }
}
