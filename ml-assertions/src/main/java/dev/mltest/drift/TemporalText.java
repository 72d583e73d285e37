package dev.mltest.drift;

import dev.mltest.data.ColumnType;
import dev.mltest.text.Formats;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jspecify.annotations.Nullable;

/**
 * Dates and timestamps are compared as epoch seconds; this turns those numbers back into dates for
 * messages, so a reader sees {@code 2024-07-01}, not {@code 1719792000}.
 */
final class TemporalText {
  private static final DateTimeFormatter DATE_TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

  private TemporalText() {}

  /** A value of the column, as a date for dates and timestamps, as a number otherwise. */
  static String value(@Nullable ColumnType type, double value) {
    if (type == null || !type.isTemporal() || !Double.isFinite(value)) {
      return Formats.number(value);
    }
    long seconds = (long) Math.floor(value);
    LocalDateTime time = LocalDateTime.ofInstant(Instant.ofEpochSecond(seconds), ZoneOffset.UTC);
    if (type == ColumnType.DATE) {
      return time.toLocalDate().toString();
    }
    return DATE_TIME.format(time);
  }

  /** {@code reference 2024-01-01 to 2024-06-30, median 2024-03-31; current ...}. */
  static String ranges(@Nullable ColumnType type, NumericSample reference, NumericSample current) {
    return "reference %s; current %s".formatted(range(type, reference), range(type, current));
  }

  private static String range(@Nullable ColumnType type, NumericSample sample) {
    if (sample.isEmpty()) {
      return "no values";
    }
    return "%s to %s, median %s"
        .formatted(
            value(type, sample.min()),
            value(type, sample.max()),
            value(type, sample.valueAtRank((sample.size() - 1) / 2)));
  }
}
