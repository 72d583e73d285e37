package dev.mltest.generate;

import dev.mltest.data.ColumnType;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The valid non-null values of one column, with every constraint on single values already merged
 * in: a draw is always valid, so generation never filters.
 */
sealed interface Domain permits LongDomain, DecimalDomain, SetDomain, StringDomain {

  /** The column type the values belong to. */
  ColumnType type();

  /** A random valid value. */
  Object draw(Source source);

  /** How many distinct values there are, saturating at {@link Long#MAX_VALUE}. */
  long size();

  /** Whether a value is valid. */
  boolean contains(Object value);

  /** The simplest valid value: zero, the first listed category, the shortest string. */
  Object simplest();

  /** Valid values that often break code: bounds, zeros, NaN, infinities, empty and long strings. */
  List<Object> specials();

  /** All values, in a stable order, if there are at most {@code limit}. */
  Optional<List<Object>> enumerate(int limit);

  /**
   * The values between two bounds, or empty if none.
   *
   * @throws UnsupportedOperationException if the domain has no order the backend shares
   */
  Optional<Domain> restrict(@Nullable Bound low, @Nullable Bound high);

  /** The same domain without these values. */
  Domain excluding(java.util.Set<ValueKey> values);

  /** Valid values simpler than {@code value}, simplest first, for shrinking. */
  List<Object> simpler(Object value);

  /**
   * One end of an interval.
   *
   * @param value a number, date or timestamp
   * @param strict whether the end itself is excluded
   */
  record Bound(Object value, boolean strict) {}
}
