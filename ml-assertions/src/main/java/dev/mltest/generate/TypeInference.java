package dev.mltest.generate;

import dev.mltest.data.ColumnType;
import dev.mltest.generate.ColumnFacts.Limit;
import dev.mltest.generate.ColumnFacts.Listed;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Gives a type to columns a suite does not type with {@code columnType}: strings for text
 * expectations, the type of listed values, dates for date bounds, decimals for numeric bounds (a
 * bound of {@code 1} does not make a probability an integer), the partner's type in a comparison,
 * else string.
 */
final class TypeInference {
  private TypeInference() {}

  static void apply(Map<String, ColumnFacts> columns, TableFacts table) {
    for (ColumnFacts c : columns.values()) {
      if (c.type == null) {
        infer(c).ifPresent(t -> c.type = t);
      }
    }
    for (TableFacts.Comparison comparison : table.comparisons) {
      ColumnFacts left = ColumnFacts.forColumn(columns, comparison.left());
      ColumnFacts right = ColumnFacts.forColumn(columns, comparison.right());
      if (left.type == null && right.type != null) {
        left.type = right.type;
      } else if (right.type == null && left.type != null) {
        right.type = left.type;
      }
    }
    for (ColumnFacts c : columns.values()) {
      if (c.type == null) {
        c.type = ColumnType.STRING;
      }
    }
  }

  private static Optional<ColumnType> infer(ColumnFacts c) {
    if (!c.typeHints.isEmpty()) {
      return Optional.of(c.typeHints.get(0));
    }
    List<Object> listed = new ArrayList<>();
    for (List<Listed> lists : List.of(c.allowed, c.required, c.forbidden)) {
      lists.forEach(l -> listed.addAll(l.values()));
    }
    if (!listed.isEmpty()) {
      if (listed.stream().allMatch(v -> v instanceof Boolean)) {
        return Optional.of(ColumnType.BOOLEAN);
      }
      if (listed.stream().allMatch(v -> v instanceof Long)) {
        return Optional.of(ColumnType.INTEGER);
      }
      if (listed.stream().allMatch(v -> v instanceof Number)) {
        return Optional.of(ColumnType.DECIMAL);
      }
      return Optional.of(ColumnType.STRING);
    }
    List<Object> bounds = new ArrayList<>();
    for (List<Limit> limits : List.of(c.lower, c.upper, c.someAtMost, c.someAtLeast)) {
      limits.forEach(l -> bounds.add(l.value()));
    }
    for (Object b : bounds) {
      if (b instanceof Number) {
        return Optional.of(ColumnType.DECIMAL);
      }
      if (b instanceof String s) {
        return Optional.of(isDate(s) ? ColumnType.DATE : ColumnType.TIMESTAMP);
      }
    }
    return Optional.empty();
  }

  private static boolean isDate(String text) {
    try {
      LocalDate.parse(text.trim());
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /**
   * A written value in a column's type: a {@code Long} for integers, a {@code Double} for decimals,
   * a parsed date or timestamp, a string; empty if the value cannot be one of the column's values.
   */
  static Optional<Object> convert(Object value, ColumnType type) {
    try {
      return switch (type) {
        case INTEGER -> {
          if (value instanceof Long || value instanceof Integer) {
            yield Optional.of(((Number) value).longValue());
          }
          if (value instanceof Double d && d == Math.rint(d) && Math.abs(d) < 9e18) {
            yield Optional.of(d.longValue());
          }
          yield Optional.empty();
        }
        case DECIMAL -> value instanceof Number n ? Optional.of(n.doubleValue()) : Optional.empty();
        case BOOLEAN -> value instanceof Boolean ? Optional.of(value) : Optional.empty();
        case DATE ->
            Optional.of(
                value instanceof LocalDate ? value : LocalDate.parse(value.toString().trim()));
        case TIMESTAMP -> Optional.of(timestamp(value));
        case STRING, OTHER -> Optional.of(value.toString());
      };
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static Object timestamp(Object value) {
    if (value instanceof LocalDateTime) {
      return value;
    }
    String text = value.toString().trim().replace(' ', 'T');
    return text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
  }

  /** A bound in the column's type: numbers stay numbers (integer columns round them). */
  static Optional<Object> bound(Object value, ColumnType type) {
    if (type.isNumeric()) {
      return value instanceof Number ? Optional.of(value) : Optional.empty();
    }
    return convert(value, type);
  }
}
