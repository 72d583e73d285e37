package dev.mltest.data;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Map;
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
          "skipRows", "skip");

  private DuckDbReader() {}

  /**
   * {@code read_csv(...)}, {@code read_parquet(...)} or {@code read_json(...)} for the file.
   *
   * @param textColumn a CSV column to read as text whatever its values look like (a label whose
   *     {@code yes}/{@code no} values must stay classes, not become booleans), or null
   */
  public static String tableFunction(FileDataset file, @Nullable String textColumn) {
    String path = DuckDbSql.string(file.path().toAbsolutePath().toString());
    return switch (file.format()) {
      case PARQUET -> "read_parquet(" + path + ")";
      case JSON_LINES -> "read_json(" + path + ", format = 'newline_delimited')";
      case CSV -> {
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
        String types =
            textColumn == null ? "" : ", types = {" + DuckDbSql.string(textColumn) + ": 'VARCHAR'}";
        yield "read_csv(" + path + options + skip + types + ")";
      }
    };
  }

  private static String csvOption(String key, String value) {
    return switch (key) {
      case "header" -> Boolean.parseBoolean(value) ? "true" : "false";
      case "skipRows" -> String.valueOf(Integer.parseInt(value.trim()));
      default -> DuckDbSql.string(value);
    };
  }
}
