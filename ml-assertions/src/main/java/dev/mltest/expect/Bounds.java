package dev.mltest.expect;

import dev.mltest.text.Formats;
import java.math.BigDecimal;
import org.jspecify.annotations.Nullable;

/**
 * An interval with optional, optionally strict ends, over numbers, dates or timestamps.
 *
 * @param min lower end or null
 * @param max upper end or null
 * @param strictMin whether the lower end is excluded
 * @param strictMax whether the upper end is excluded
 */
record Bounds(@Nullable Object min, @Nullable Object max, boolean strictMin, boolean strictMax) {

  static Bounds of(@Nullable Object min, @Nullable Object max) {
    return new Bounds(min, max, false, false);
  }

  boolean contains(Object value) {
    if (min != null) {
      int c = compare(value, min);
      if (c < 0 || (strictMin && c == 0)) {
        return false;
      }
    }
    if (max != null) {
      int c = compare(value, max);
      return c < 0 || (!strictMax && c == 0);
    }
    return true;
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  static int compare(Object a, Object b) {
    if (a instanceof Number x && b instanceof Number y) {
      if (x instanceof Double || y instanceof Double || x instanceof Float || y instanceof Float) {
        return Double.compare(x.doubleValue(), y.doubleValue());
      }
      return new BigDecimal(x.toString()).compareTo(new BigDecimal(y.toString()));
    }
    return ((Comparable) a).compareTo(b);
  }

  /** What a value outside these bounds is: {@code outside [0, 10]}, {@code not ≥ 18}. */
  String violation() {
    return min != null && max != null ? "outside " + this : "not " + this;
  }

  @Override
  public String toString() {
    if (min != null && max != null) {
      return (strictMin ? "(" : "[")
          + Formats.value(min)
          + ", "
          + Formats.value(max)
          + (strictMax ? ")" : "]");
    }
    if (min != null) {
      return (strictMin ? "> " : "≥ ") + Formats.value(min);
    }
    if (max != null) {
      return (strictMax ? "< " : "≤ ") + Formats.value(max);
    }
    return "(unbounded)";
  }
}
