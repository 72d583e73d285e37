package dev.mltest.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The DuckDB table function that reads a dataset file with its reader options. Shared by the DuckDB
 * backend and by DuckDB-specific code elsewhere (sampling for training), so a file is read the same
 * way everywhere.
 */
@API(status = INTERNAL, since = "0.1")
public final class DuckDbReader {
  private static final Map<String, String> CSV_OPTION_NAMES =
      Map.of(
          "delimiter", "delim",
          "header", "header",
          "quote", "quote",
          "escape", "escape",
          "nullString", "nullstr",
          "dateFormat", "dateformat",
          "timestampFormat", "timestampformat",
          "skipRows", "skip",
          "encoding", "encoding");

  private DuckDbReader() {}

  /**
   * {@code read_csv(...)}, {@code read_parquet(...)} or {@code read_json(...)} for the file.
   *
   * @param textColumn a CSV column to read as text whatever its values look like (a label whose
   *     {@code yes}/{@code no} values must stay classes, not become booleans), or null
   */
  public static String tableFunction(FileDataset file, @Nullable String textColumn) {
    String path = DuckDbSql.SQL.string(pattern(file.path()));
    return switch (file.format()) {
      case PARQUET -> "read_parquet(" + path + ")";
      case JSON_LINES -> "read_json(" + path + ", format = 'newline_delimited')";
      case CSV -> "read_csv(" + csvArguments(file, textColumn) + ")";
    };
  }

  /**
   * The arguments of {@code read_csv} (or {@code sniff_csv}) for a CSV file: path, then options.
   */
  static String csvArguments(FileDataset file, @Nullable String textColumn) {
    String options =
        file.options().entrySet().stream()
            .map(
                e ->
                    ", "
                        + CSV_OPTION_NAMES.get(e.getKey())
                        + " = "
                        + csvOption(e.getKey(), e.getValue()))
            .collect(Collectors.joining());
    // DuckDB would otherwise guess a preamble to skip, which hides ragged lines.
    String skip = file.options().containsKey("skipRows") ? "" : ", skip = 0";
    return DuckDbSql.SQL.string(pattern(file.path())) + options + skip + types(file, textColumn);
  }

  /**
   * {@code , types = {'flag': 'VARCHAR'}}: the dataset's forced column types, plus the text column.
   * Column names are SQL string literals and types come from the {@link CsvColumnTypes} allow-list
   * only, so nothing a suite file says reaches SQL unquoted.
   */
  private static String types(FileDataset file, @Nullable String textColumn) {
    Map<String, String> types = new java.util.LinkedHashMap<>(file.types());
    if (textColumn != null) {
      types.put(textColumn, "VARCHAR");
    }
    if (types.isEmpty()) {
      return "";
    }
    return types.entrySet().stream()
        .map(e -> DuckDbSql.SQL.string(e.getKey()) + ": " + DuckDbSql.SQL.string(e.getValue()))
        .collect(Collectors.joining(", ", ", types = {", "}"));
  }

  /**
   * The path as DuckDB must be given it to read exactly this file: DuckDB expands {@code *}, {@code
   * ?} and {@code [...]} in every path, so {@code sales[2024].csv} would read {@code sales2.csv}
   * and {@code part*.csv} every part. Each such character is put in a one-character class ({@code
   * [*]}), which matches only itself.
   */
  public static String pattern(Path file) {
    String path = file.toAbsolutePath().toString();
    StringBuilder escaped = new StringBuilder(path.length() + 8);
    for (int i = 0; i < path.length(); i++) {
      char c = path.charAt(i);
      if (c == '*' || c == '?' || c == '[') {
        escaped.append('[').append(c).append(']');
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /**
   * Every string DuckDB checks against {@code allowed_paths} when it reads the file: the pattern it
   * is given and the file it finds.
   */
  public static List<String> accessPaths(Path file) {
    Set<String> paths = new LinkedHashSet<>();
    paths.add(pattern(file));
    paths.add(file.toAbsolutePath().toString());
    try {
      paths.add(file.toRealPath().toString());
    } catch (IOException e) {
      // A missing file is reported when it is read; there is nothing more to allow.
    }
    return List.copyOf(paths);
  }

  /**
   * Locks a connection down to reading this one file (see {@code DuckDbLockdown}), for code that
   * reads a dataset with {@link #tableFunction} directly rather than through a backend.
   *
   * @throws SQLException if DuckDB refuses a setting
   */
  public static void lockDownTo(Connection connection, FileDataset file) throws SQLException {
    try (Statement s = connection.createStatement()) {
      DuckDbLockdown.apply(s, accessPaths(file.path()));
    }
  }

  /**
   * A CSV file as the DuckDB backend sees it: checked as it checks it (missing, empty, not UTF-8,
   * ragged lines give its errors), with the column types and the dialect its sniffer detects, in
   * one sniff. For a backend that reads the file itself (Spark) with DuckDB's view of it.
   *
   * @param schema the columns and their types
   * @param dialect how the file is written
   */
  public record CheckedCsv(TableSchema schema, CsvDialect dialect) {}

  /**
   * Checks a CSV file and detects its types and dialect (see {@link CheckedCsv}).
   *
   * @throws DataAccessException with the DuckDB backend's message if the file cannot be read
   */
  public static CheckedCsv checkedCsv(FileDataset file) {
    if (file.format() != FileFormat.CSV) {
      throw new IllegalArgumentException("not a CSV dataset: " + file.name());
    }
    try (DuckDbBackend duck = new DuckDbBackend();
        DuckDbTable table = (DuckDbTable) duck.open(file)) {
      CsvDialect dialect = table.csvDialect();
      if (dialect == null) {
        throw new IllegalStateException("no dialect was sniffed for " + file.name());
      }
      return new CheckedCsv(table.schema(), dialect);
    }
  }

  static String csvOption(String key, String value) {
    return switch (key) {
      case "header" -> Boolean.TRUE.equals(FileDataset.headerValue(value)) ? "true" : "false";
      case "skipRows" -> String.valueOf(Integer.parseInt(value.trim()));
      case "encoding" -> DuckDbSql.SQL.string(value.trim().toLowerCase(java.util.Locale.ROOT));
      default -> DuckDbSql.SQL.string(value);
    };
  }
}
