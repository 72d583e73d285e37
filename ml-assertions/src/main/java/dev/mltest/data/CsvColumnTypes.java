package dev.mltest.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The column types a CSV dataset may force on its columns ({@code options: {types: {flag:
 * VARCHAR}}}), overriding what DuckDB's CSV sniffer detects. Suite files are untrusted, so a type
 * name is never passed on as written: it must be one of {@link #ACCEPTED} (any case, or an alias
 * such as {@code string}), and only its canonical spelling reaches SQL.
 */
@API(status = INTERNAL, since = "0.1")
public final class CsvColumnTypes {
  /** The type names a suite may write, in their canonical spelling. */
  public static final List<String> ACCEPTED =
      List.of(
          "VARCHAR",
          "BOOLEAN",
          "TINYINT",
          "SMALLINT",
          "INTEGER",
          "BIGINT",
          "HUGEINT",
          "FLOAT",
          "DOUBLE",
          "DECIMAL(p,s)",
          "DATE",
          "TIMESTAMP",
          "TIMESTAMPTZ");

  private static final Map<String, String> ALIASES =
      Map.of(
          "STRING", "VARCHAR",
          "TEXT", "VARCHAR",
          "BOOL", "BOOLEAN",
          "INT", "INTEGER",
          "LONG", "BIGINT",
          "REAL", "FLOAT",
          "NUMERIC", "DECIMAL");

  private static final Pattern DECIMAL =
      Pattern.compile("(?:DECIMAL|NUMERIC)\\s*\\(\\s*([0-9]{1,2})\\s*,\\s*([0-9]{1,2})\\s*\\)");

  /** The name of the reader option that holds the types. */
  public static final String OPTION = "types";

  private CsvColumnTypes() {}

  /** The accepted names without parameters, for "did you mean" hints. */
  public static List<String> names() {
    return ACCEPTED.stream().map(n -> n.replace("(p,s)", "")).toList();
  }

  /** Every accepted spelling without parameters: the names and their aliases ({@code STRING}). */
  public static List<String> spellings() {
    List<String> all = new java.util.ArrayList<>(names());
    ALIASES.keySet().stream().sorted().forEach(all::add);
    return all;
  }

  /**
   * The canonical spelling of a type name ({@code varchar} → {@code VARCHAR}, {@code string} →
   * {@code VARCHAR}, {@code decimal(10, 2)} → {@code DECIMAL(10,2)}), or empty if the name is not
   * accepted.
   */
  public static Optional<String> canonical(String name) {
    String upper = name.trim().toUpperCase(Locale.ROOT);
    upper = ALIASES.getOrDefault(upper, upper);
    if (upper.equals("DECIMAL")) {
      return Optional.of("DECIMAL(18,3)");
    }
    Matcher decimal = DECIMAL.matcher(upper);
    if (decimal.matches()) {
      int precision = Integer.parseInt(decimal.group(1));
      int scale = Integer.parseInt(decimal.group(2));
      return precision >= 1 && precision <= 38 && scale <= precision
          ? Optional.of("DECIMAL(%d,%d)".formatted(precision, scale))
          : Optional.empty();
    }
    return ACCEPTED.contains(upper) ? Optional.of(upper) : Optional.empty();
  }

  /**
   * What is wrong with one entry of {@code types}, or null if it is valid. Column names are quoted
   * when they reach SQL, so any name without control characters is safe; the type must be accepted.
   */
  public static @org.jspecify.annotations.Nullable String problem(String column, String type) {
    return problem(column, type, "");
  }

  /**
   * Like {@link #problem(String, String)}, with a hint (such as "; did you mean 'VARCHAR'?") put
   * after an unknown type name.
   */
  public static @org.jspecify.annotations.Nullable String problem(
      String column, String type, String hint) {
    if (column.isBlank() || column.chars().anyMatch(Character::isISOControl)) {
      return "'types' names a column '%s' that is blank or holds control characters"
          .formatted(printable(column));
    }
    if (canonical(type).isPresent()) {
      return null;
    }
    return "unknown column type '%s' for column '%s' in 'types'%s; accepted types: %s"
        .formatted(printable(type), column, hint, String.join(", ", ACCEPTED));
  }

  private static String printable(String text) {
    StringBuilder out = new StringBuilder(text.length());
    text.codePoints().forEach(c -> out.appendCodePoint(Character.isISOControl(c) ? '?' : c));
    return out.toString();
  }

  /**
   * Validates and canonicalises a whole {@code types} mapping, keeping its order.
   *
   * @throws IllegalArgumentException naming the first bad entry and the accepted types
   */
  static Map<String, String> canonicalAll(Map<String, String> types) {
    Map<String, String> out = new LinkedHashMap<>();
    types.forEach(
        (column, type) -> {
          String problem = problem(column, type);
          if (problem != null) {
            throw new IllegalArgumentException(problem);
          }
          out.put(column, canonical(type).orElseThrow());
        });
    return out;
  }
}
