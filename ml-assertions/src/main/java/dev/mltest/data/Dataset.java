package dev.mltest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * A table of data to check: a file (CSV, Parquet, JSON lines), an in-memory table built in Java, or
 * (Spark backend only) a table in the Spark catalog or files at a Hadoop URI.
 *
 * <pre>{@code
 * Dataset customers = Dataset.csv(Path.of("data/customers.csv"));
 * Dataset scores = Dataset.table("scores")
 *     .column("id", ColumnType.INTEGER)
 *     .column("score", ColumnType.DECIMAL)
 *     .row(1, 0.5)
 *     .row(2, null)
 *     .build();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface Dataset permits FileDataset, InMemoryTable, CatalogTable, HadoopDataset {

  /** A short name for messages and reports: the file name or the table name. */
  String name();

  /** A CSV file with a header line; delimiter and types are detected. */
  static FileDataset csv(Path path) {
    return new FileDataset(path, FileFormat.CSV, Map.of());
  }

  /** A CSV file read with explicit options ({@code delimiter}, {@code header}, ...). */
  static FileDataset csv(Path path, Map<String, String> options) {
    return new FileDataset(path, FileFormat.CSV, options);
  }

  /** A Parquet file. */
  static FileDataset parquet(Path path) {
    return new FileDataset(path, FileFormat.PARQUET, Map.of());
  }

  /** A file with one JSON object per line. */
  static FileDataset jsonLines(Path path) {
    return new FileDataset(path, FileFormat.JSON_LINES, Map.of());
  }

  /**
   * A file whose format is implied by its extension ({@code .csv}, {@code .parquet}, {@code
   * .jsonl}).
   *
   * @throws IllegalArgumentException if the extension names no known format
   */
  static FileDataset file(Path path) {
    FileFormat format =
        FileFormat.fromFileName(path)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "cannot tell the format of '%s' from its extension; use .csv, .parquet or .jsonl, or name the format"
                            .formatted(path)));
    return new FileDataset(path, format, Map.of());
  }

  /**
   * A table in the Spark catalog, read with {@code spark.table(name)}: Delta, Iceberg, Hive or a
   * temporary view, whatever the session knows. Only the Spark backend reads it.
   *
   * @param qualifiedName 1 to 3 plain identifiers joined by dots, e.g. {@code db.events}
   * @throws IllegalArgumentException if the name is not such a name (backticks, quotes, spaces and
   *     other characters are refused)
   */
  static CatalogTable catalogTable(String qualifiedName) {
    return new CatalogTable(qualifiedName);
  }

  /**
   * Files at a Hadoop URI ({@code s3a://}, {@code hdfs://}, {@code abfs://}, {@code gs://}, {@code
   * file://}), read by Spark alone: one file, or a folder of files of the format. Only the Spark
   * backend reads it.
   *
   * @param uri the URI, given to Spark as it is
   * @param format the files' format
   */
  static HadoopDataset hadoop(String uri, FileFormat format) {
    return new HadoopDataset(uri, format, Map.of(), Map.of());
  }

  /** Starts an in-memory table. */
  static InMemoryTable.Builder table(String name) {
    return new InMemoryTable.Builder(name);
  }
}
