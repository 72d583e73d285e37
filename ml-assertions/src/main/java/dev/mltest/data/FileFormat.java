package dev.mltest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.apiguardian.api.API;

/** The file formats a {@link Dataset} can be read from. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum FileFormat {
  CSV("csv"),
  PARQUET("parquet"),
  JSON_LINES("jsonl");

  private final String key;

  FileFormat(String key) {
    this.key = key;
  }

  /** The name used in suite files: {@code csv}, {@code parquet} or {@code jsonl}. */
  public String key() {
    return key;
  }

  /** The format named by a suite file's {@code format:} value. */
  public static Optional<FileFormat> fromKey(String key) {
    String k = key.trim().toLowerCase(Locale.ROOT);
    return switch (k) {
      case "csv", "tsv" -> Optional.of(CSV);
      case "parquet" -> Optional.of(PARQUET);
      case "jsonl", "ndjson", "json", "json-lines", "jsonlines" -> Optional.of(JSON_LINES);
      default -> Optional.empty();
    };
  }

  /** The format implied by a file name's extension ({@code .csv}, {@code .csv.gz}, ...). */
  public static Optional<FileFormat> fromFileName(Path path) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.endsWith(".gz") || name.endsWith(".zst")) {
      name = name.substring(0, name.lastIndexOf('.'));
    }
    int dot = name.lastIndexOf('.');
    return dot < 0 ? Optional.empty() : fromKey(name.substring(dot + 1));
  }
}
