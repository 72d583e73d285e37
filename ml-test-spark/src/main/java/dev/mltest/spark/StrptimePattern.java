package dev.mltest.spark;

import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.format.SignStyle;
import java.time.format.TextStyle;
import java.time.temporal.ChronoField;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A DuckDB {@code strptime} pattern ({@code %Y-%m-%d}) as a strict {@link DateTimeFormatter}, so a
 * {@code hasFormat} date pattern means the same on Spark. Supported: {@code %Y %y %m %d %H %I %M %S
 * %f %p %b %B %a %A %j %z %%}; numbers may be written without leading zeros, as DuckDB accepts.
 */
final class StrptimePattern {
  private static final Map<String, StrptimePattern> CACHE = new ConcurrentHashMap<>();

  private final DateTimeFormatter formatter;

  private StrptimePattern(DateTimeFormatter formatter) {
    this.formatter = formatter;
  }

  static StrptimePattern of(String pattern) {
    return CACHE.computeIfAbsent(pattern, p -> new StrptimePattern(formatter(p)));
  }

  boolean parses(String text) {
    try {
      formatter.parse(text);
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  /**
   * @throws IllegalArgumentException for a specifier this translation does not support
   */
  static DateTimeFormatter formatter(String pattern) {
    DateTimeFormatterBuilder b = new DateTimeFormatterBuilder().parseCaseInsensitive();
    for (int i = 0; i < pattern.length(); i++) {
      char c = pattern.charAt(i);
      if (c != '%' || i + 1 == pattern.length()) {
        b.appendLiteral(c);
        continue;
      }
      char spec = pattern.charAt(++i);
      switch (spec) {
        case 'Y' -> b.appendValue(ChronoField.YEAR, 4);
        case 'y' -> b.appendValueReduced(ChronoField.YEAR, 2, 2, 2000);
        case 'm' -> b.appendValue(ChronoField.MONTH_OF_YEAR, 1, 2, SignStyle.NOT_NEGATIVE);
        case 'd' -> b.appendValue(ChronoField.DAY_OF_MONTH, 1, 2, SignStyle.NOT_NEGATIVE);
        case 'H' -> b.appendValue(ChronoField.HOUR_OF_DAY, 1, 2, SignStyle.NOT_NEGATIVE);
        case 'I' -> b.appendValue(ChronoField.CLOCK_HOUR_OF_AMPM, 1, 2, SignStyle.NOT_NEGATIVE);
        case 'M' -> b.appendValue(ChronoField.MINUTE_OF_HOUR, 1, 2, SignStyle.NOT_NEGATIVE);
        case 'S' -> b.appendValue(ChronoField.SECOND_OF_MINUTE, 1, 2, SignStyle.NOT_NEGATIVE);
        case 'f' -> b.appendFraction(ChronoField.MICRO_OF_SECOND, 1, 6, false);
        case 'p' -> b.appendText(ChronoField.AMPM_OF_DAY, TextStyle.SHORT);
        case 'b' -> b.appendText(ChronoField.MONTH_OF_YEAR, TextStyle.SHORT);
        case 'B' -> b.appendText(ChronoField.MONTH_OF_YEAR, TextStyle.FULL);
        case 'a' -> b.appendText(ChronoField.DAY_OF_WEEK, TextStyle.SHORT);
        case 'A' -> b.appendText(ChronoField.DAY_OF_WEEK, TextStyle.FULL);
        case 'j' -> b.appendValue(ChronoField.DAY_OF_YEAR, 1, 3, SignStyle.NOT_NEGATIVE);
        case 'z' -> b.appendOffset("+HHmm", "Z");
        case '%' -> b.appendLiteral('%');
        default ->
            throw new IllegalArgumentException(
                "the Spark backend does not support the strptime specifier %%%s in '%s'"
                    .formatted(spec, pattern));
      }
    }
    return b.toFormatter(Locale.ROOT).withResolverStyle(ResolverStyle.STRICT);
  }
}
