package dev.mltest.data;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apiguardian.api.API;

/**
 * A dataset stored in a file.
 *
 * @param path the file
 * @param format how to read it
 * @param options reader options; for CSV: {@code delimiter}, {@code header}, {@code quote}, {@code
 *     escape}, {@code nullString}, {@code dateFormat}, {@code timestampFormat}, {@code skipRows},
 *     {@code encoding} ({@code utf-8}, {@code utf-16} or {@code latin-1})
 * @param types CSV columns read as a given type instead of the type DuckDB's sniffer detects, by
 *     column name, in the canonical spelling of {@link CsvColumnTypes} (e.g. {@code flag ->
 *     VARCHAR})
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record FileDataset(
    Path path, FileFormat format, Map<String, String> options, Map<String, String> types)
    implements Dataset {

  /** The reader options a CSV dataset accepts. */
  public static final Set<String> CSV_OPTIONS =
      Set.of(
          "delimiter",
          "header",
          "quote",
          "escape",
          "nullString",
          "dateFormat",
          "timestampFormat",
          "skipRows",
          "encoding");

  private static final java.util.Map<String, Boolean> BOOLEANS =
      java.util.Map.of(
          "true", true, "yes", true, "on", true, "1", true, "false", false, "no", false, "off",
          false, "0", false);

  /** A file read with the types the reader detects. */
  public FileDataset(Path path, FileFormat format, Map<String, String> options) {
    this(path, format, options, Map.of());
  }

  public FileDataset {
    requireNonNull(path, "path");
    requireNonNull(format, "format");
    types = checkedTypes(format, types);
    options = checkedOptions(format, options);
  }

  /**
   * The CSV column types, checked: only CSV takes them; ordered and canonical, so that the types
   * reach SQL only in their allow-listed spelling.
   *
   * @throws IllegalArgumentException for types on another format or a type not allowed
   */
  static Map<String, String> checkedTypes(FileFormat format, Map<String, String> types) {
    if (!types.isEmpty() && format != FileFormat.CSV) {
      throw new IllegalArgumentException(
          "'types' applies to CSV files only; %s files carry their own column types"
              .formatted(format.key()));
    }
    return java.util.Collections.unmodifiableMap(CsvColumnTypes.canonicalAll(types));
  }

  /**
   * The reader options, checked: only CSV takes options, each a known one with a valid value.
   *
   * @throws IllegalArgumentException naming the unknown option or the bad value
   */
  static Map<String, String> checkedOptions(FileFormat format, Map<String, String> given) {
    Map<String, String> options = new TreeMap<>(given);
    for (String key : options.keySet()) {
      if (format != FileFormat.CSV || !CSV_OPTIONS.contains(key)) {
        throw new IllegalArgumentException(
            "unknown %s reader option '%s'; known options: %s"
                .formatted(
                    format.key(),
                    key,
                    format == FileFormat.CSV ? new java.util.TreeSet<>(CSV_OPTIONS) : "none"));
      }
      String problem = optionProblem(key, options.get(key));
      if (problem != null) {
        throw new IllegalArgumentException(problem);
      }
    }
    return Map.copyOf(options);
  }

  /**
   * What is wrong with a CSV reader option's value, or null if it is valid: {@code header} takes
   * true/false (also yes/no, on/off, 1/0), {@code skipRows} a whole number of at least 0, {@code
   * encoding} one of {@link TextEncoding#CSV_ENCODINGS}.
   */
  public static @org.jspecify.annotations.Nullable String optionProblem(String key, String value) {
    return switch (key) {
      case "header" ->
          headerValue(value) == null
              ? "'header' must be true or false (yes/no and on/off are accepted too), found '%s'"
                  .formatted(value)
              : null;
      case "skipRows" -> {
        try {
          yield Integer.parseInt(value.trim()) >= 0
              ? null
              : "'skipRows' must be a whole number of at least 0, found '%s'".formatted(value);
        } catch (NumberFormatException e) {
          yield "'skipRows' must be a whole number of lines to skip, e.g. skipRows: 2; found '%s'"
              .formatted(value);
        }
      }
      case "encoding" ->
          TextEncoding.CSV_ENCODINGS.contains(value.trim().toLowerCase(java.util.Locale.ROOT))
              ? null
              : "'encoding' must be one of %s, found '%s'"
                  .formatted(String.join(", ", TextEncoding.CSV_ENCODINGS), value);
      default -> null;
    };
  }

  /** The {@code header} option's value as a boolean, or null if it is not a boolean word. */
  static @org.jspecify.annotations.Nullable Boolean headerValue(String value) {
    return BOOLEANS.get(value.trim().toLowerCase(java.util.Locale.ROOT));
  }

  /**
   * This file with these columns read as the given types (added to, and overriding, the types
   * already set).
   *
   * @throws IllegalArgumentException if a type is not one of {@link CsvColumnTypes#ACCEPTED}
   */
  public FileDataset withTypes(Map<String, String> more) {
    Map<String, String> all = new java.util.LinkedHashMap<>(types);
    all.putAll(more);
    return new FileDataset(path, format, options, all);
  }

  @Override
  public String name() {
    return path.getFileName().toString();
  }
}
