package dev.mltest.expect;

import dev.mltest.data.Column;
import dev.mltest.data.ColumnType;
import dev.mltest.text.Formats;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Converts values written in a suite file to the type of the column they are compared with. */
final class Values {
  private Values() {}

  static @Nullable Object coerce(@Nullable Object value, Column column, String parameter) {
    if (value == null) {
      return null;
    }
    ColumnType type = column.type();
    if (type.isNumeric()) {
      if (value instanceof Number) {
        return value;
      }
      throw mismatch(value, column, parameter, "a number");
    }
    if (type == ColumnType.DATE) {
      return date(value, column, parameter);
    }
    if (type == ColumnType.TIMESTAMP) {
      return timestamp(value, column, parameter);
    }
    if (type == ColumnType.BOOLEAN) {
      if (value instanceof Boolean) {
        return value;
      }
      throw mismatch(value, column, parameter, "true or false");
    }
    return value.toString();
  }

  static List<Object> coerceAll(List<Object> values, Column column, String parameter) {
    return values.stream().map(v -> (Object) coerce(v, column, parameter)).toList();
  }

  private static LocalDate date(Object value, Column column, String parameter) {
    try {
      return LocalDate.parse(value.toString().trim());
    } catch (DateTimeParseException e) {
      throw mismatch(value, column, parameter, "an ISO date such as 2024-01-31");
    }
  }

  private static LocalDateTime timestamp(Object value, Column column, String parameter) {
    String text = value.toString().trim().replace(' ', 'T');
    try {
      return text.length() == 10 ? LocalDate.parse(text).atStartOfDay() : LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      throw mismatch(value, column, parameter, "an ISO timestamp such as 2024-01-31T12:00:00");
    }
  }

  private static ColumnTypeMismatch mismatch(
      Object value, Column column, String parameter, String expected) {
    return new ColumnTypeMismatch(
        "'%s' is compared with column '%s' of type %s (%s), so it must be %s; found %s"
            .formatted(
                parameter,
                column.name(),
                column.type().key(),
                column.nativeType(),
                expected,
                Formats.value(value)),
        column);
  }
}
