package dev.mltest.data;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A per-row boolean condition, independent of any SQL dialect. Backends translate it; the {@link
 * Sql} case carries a user-written expression that is passed through as it is.
 *
 * <p>Literal values are {@link Boolean}, {@link Number}, {@link String}, {@link
 * java.time.LocalDate} or {@link java.time.LocalDateTime}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface RowCondition {

  /** Every row. */
  RowCondition ALWAYS = new Always();

  /** Every row. */
  record Always() implements RowCondition {}

  /** A user-written SQL boolean expression; a row whose expression is NULL does not satisfy it. */
  record Sql(String expression) implements RowCondition {
    public Sql {
      requireNonNull(expression, "expression");
    }
  }

  /** The column's value is null. */
  record IsNull(String column) implements RowCondition {}

  /** The negation of a condition. */
  record Not(RowCondition condition) implements RowCondition {}

  /** All conditions hold. */
  record And(List<RowCondition> conditions) implements RowCondition {
    public And {
      conditions = List.copyOf(conditions);
    }
  }

  /** At least one condition holds. */
  record Or(List<RowCondition> conditions) implements RowCondition {
    public Or {
      conditions = List.copyOf(conditions);
    }
  }

  /** The value lies within bounds; a null bound is open, and NaN lies within no numeric bounds. */
  record Between(
      String column,
      @Nullable Object min,
      @Nullable Object max,
      boolean strictMin,
      boolean strictMax)
      implements RowCondition {}

  /** The value is one of the listed values. */
  record InSet(String column, List<Object> values) implements RowCondition {
    public InSet {
      values = List.copyOf(values);
    }
  }

  /** The string value contains a match of the regular expression (RE2 syntax). */
  record Matches(String column, String regex) implements RowCondition {}

  /**
   * The value's text matches an SQL LIKE pattern ({@code %} any run of characters, {@code _} one
   * character); with an escape character, that character makes the next one literal.
   */
  record Like(String column, String pattern, @Nullable String escape) implements RowCondition {
    public Like {
      requireNonNull(pattern, "pattern");
    }
  }

  /** The string length lies within bounds; a null bound is open. */
  record LengthBetween(String column, @Nullable Integer min, @Nullable Integer max)
      implements RowCondition {}

  /** {@code left op right} for two columns. */
  record Compare(String left, ComparisonOperator operator, String right) implements RowCondition {}

  /** The string value has a well-known format. */
  record HasFormat(String column, ValueFormat format, @Nullable String pattern)
      implements RowCondition {}

  /** The column is not null. */
  static RowCondition notNull(String column) {
    return new Not(new IsNull(column));
  }

  /** All columns are not null. */
  static RowCondition allNotNull(List<String> columns) {
    return columns.size() == 1
        ? notNull(columns.get(0))
        : new And(columns.stream().map(RowCondition::notNull).toList());
  }

  /** Any column is null. */
  static RowCondition anyNull(List<String> columns) {
    return columns.size() == 1
        ? new IsNull(columns.get(0))
        : new Or(columns.stream().<RowCondition>map(IsNull::new).toList());
  }

  /** Both conditions, simplifying {@link #ALWAYS}. */
  static RowCondition and(RowCondition a, RowCondition b) {
    if (a instanceof Always) {
      return b;
    }
    if (b instanceof Always) {
      return a;
    }
    return new And(List.of(a, b));
  }
}
