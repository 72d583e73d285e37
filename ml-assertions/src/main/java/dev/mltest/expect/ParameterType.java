package dev.mltest.expect;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/** The type of an expectation parameter, with its conversion from a parsed suite-file value. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ParameterType {
  COLUMN("a column name"),
  COLUMNS("a column name or a list of column names"),
  STRING("a string"),
  REGEX("a regular expression"),
  REGEX_LIST("a list of regular expressions"),
  LIKE_PATTERNS("a list of SQL LIKE patterns"),
  BOOLEAN("true or false"),
  INTEGER("a whole number"),
  NUMBER("a number"),
  RATIO("a number from 0 to 1"),
  VALUE("a number, string or date"),
  VALUE_LIST("a list of values"),
  STRING_LIST("a list of strings"),
  CHOICE("one of the listed names"),
  QUANTILE_RANGES("a list of {quantile, min, max}"),
  CATEGORY_SHARES("a mapping of category to share"),
  HISTOGRAM("{edges: [numbers], shares: [one per bin]}"),
  JSON_SCHEMA("a JSON Schema written as a mapping");

  private final String description;

  ParameterType(String description) {
    this.description = description;
  }

  /** What a value of this type looks like, for messages and docs. */
  public String description() {
    return description;
  }

  /**
   * Converts a parsed value (String, Long, Double, Boolean, List, Map) to this type.
   *
   * @throws IllegalArgumentException naming what was expected and what was found
   */
  Object convert(@Nullable Object raw) {
    return switch (this) {
      case COLUMN, STRING -> nonEmptyString(raw);
      case REGEX -> regex(raw);
      case REGEX_LIST -> patternList(raw).stream().map(this::regex).toList();
      case LIKE_PATTERNS -> patternList(raw);
      case COLUMNS -> raw instanceof List<?> ? stringList(raw) : List.of(nonEmptyString(raw));
      case STRING_LIST -> stringList(raw);
      case BOOLEAN -> {
        if (raw instanceof Boolean b) {
          yield b;
        }
        throw mismatch(raw);
      }
      case INTEGER -> integer(raw);
      case NUMBER -> number(raw);
      case RATIO -> {
        double d = number(raw);
        // Written so that NaN (.nan in YAML) is refused too: it compares false with everything.
        if (!(d >= 0 && d <= 1)) {
          throw new IllegalArgumentException("expected a number from 0 to 1, found " + raw);
        }
        yield d;
      }
      case VALUE -> scalar(raw);
      case VALUE_LIST -> valueList(raw);
      case CHOICE -> nonEmptyString(raw);
      case QUANTILE_RANGES -> QuantileRange.listOf(raw);
      case CATEGORY_SHARES -> StoredDistribution.categories(raw);
      case HISTOGRAM -> StoredDistribution.histogram(raw);
      case JSON_SCHEMA -> InlineJsonSchema.read(raw);
    };
  }

  private IllegalArgumentException mismatch(@Nullable Object raw) {
    return new IllegalArgumentException(
        "expected %s, found %s".formatted(description, describe(raw)));
  }

  static String describe(@Nullable Object raw) {
    if (raw == null) {
      return "null";
    }
    if (raw instanceof String s) {
      return "the string '" + s + "'";
    }
    if (raw instanceof List<?>) {
      return "a list";
    }
    if (raw instanceof Map<?, ?>) {
      return "a mapping";
    }
    return raw.getClass().getSimpleName().toLowerCase(java.util.Locale.ROOT) + " " + raw;
  }

  private String nonEmptyString(@Nullable Object raw) {
    if (raw instanceof String s && !s.isBlank()) {
      return s;
    }
    if (raw instanceof Long || raw instanceof Boolean) {
      return raw.toString();
    }
    throw mismatch(raw);
  }

  private String regex(@Nullable Object raw) {
    // A pattern of spaces is a valid pattern (it finds a space); only an empty one says nothing.
    String s = raw instanceof String text && !text.isEmpty() ? text : nonEmptyString(raw);
    RegexSyntax.compile(s);
    return s;
  }

  /**
   * A non-empty list of patterns. Any string is a pattern, even an empty one (a LIKE pattern {@code
   * ''} matches only the empty string), so blanks are kept.
   */
  private List<String> patternList(@Nullable Object raw) {
    if (!(raw instanceof List<?> list) || list.isEmpty()) {
      throw new IllegalArgumentException(
          "expected a non-empty list of patterns, found " + describe(raw));
    }
    List<String> out = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof String s)) {
        throw new IllegalArgumentException(
            "expected each pattern to be a string, found "
                + (item == null ? "null" : describe(item)));
      }
      out.add(s);
    }
    return List.copyOf(out);
  }

  private List<String> stringList(@Nullable Object raw) {
    if (!(raw instanceof List<?> list) || list.isEmpty()) {
      throw new IllegalArgumentException(
          "expected a non-empty list of names, found " + describe(raw));
    }
    List<String> out = new ArrayList<>();
    for (Object item : list) {
      out.add(STRING.nonEmptyString(item));
    }
    return List.copyOf(out);
  }

  private long integer(@Nullable Object raw) {
    if (raw instanceof Long l) {
      return l;
    }
    if (raw instanceof Double d && d == Math.rint(d) && !d.isInfinite()) {
      return d.longValue();
    }
    throw mismatch(raw);
  }

  private double number(@Nullable Object raw) {
    if (raw instanceof Number n) {
      return n.doubleValue();
    }
    throw mismatch(raw);
  }

  private Object scalar(@Nullable Object raw) {
    if (raw instanceof String || raw instanceof Number || raw instanceof Boolean) {
      return raw;
    }
    if (raw instanceof LocalDate || raw instanceof LocalDateTime) {
      // Java callers pass dates as objects; they compare like the ISO text a suite file holds.
      return raw;
    }
    throw mismatch(raw);
  }

  private List<Object> valueList(@Nullable Object raw) {
    if (!(raw instanceof List<?> list)) {
      throw mismatch(raw);
    }
    List<Object> out = new ArrayList<>();
    for (Object item : list) {
      if (item == null) {
        throw new IllegalArgumentException(
            "a value list cannot hold null; nulls are never in a set");
      }
      out.add(scalar(item));
    }
    return List.copyOf(out);
  }
}
