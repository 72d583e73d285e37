package dev.mltest.data;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A dataset at a Hadoop URI ({@code s3a://lake/events/2026/}, {@code hdfs://nn/warehouse/x.csv},
 * {@code abfs://...}, {@code gs://...}): one file, or a folder of files of one format, read by the
 * Spark backend through whatever file systems the Spark configuration provides. DuckDB does not
 * read it.
 *
 * <p>There is no local file to check first, so Spark reads it alone: Parquet with its own schema,
 * JSON lines and CSV with Spark's inference (CSV with a header line), and CSV columns listed in
 * {@code types} with those types.
 *
 * <pre>{@code
 * Dataset events = Dataset.hadoop("s3a://lake/events/2026/", FileFormat.PARQUET);
 * }</pre>
 *
 * @param uri the URI, as Spark is given it
 * @param format how to read it
 * @param options CSV reader options ({@link FileDataset#CSV_OPTIONS})
 * @param types CSV columns read as a given type, in the spelling of {@link CsvColumnTypes}
 */
@API(status = EXPERIMENTAL, since = "0.2")
public record HadoopDataset(
    String uri,
    FileFormat format,
    java.util.Map<String, String> options,
    java.util.Map<String, String> types)
    implements Dataset {

  public HadoopDataset {
    requireNonNull(uri, "uri");
    requireNonNull(format, "format");
    types = FileDataset.checkedTypes(format, types);
    options = FileDataset.checkedOptions(format, options);
  }

  /** The URI's last name: {@code events.parquet}, or {@code 2026} for {@code .../2026/}. */
  @Override
  public String name() {
    String trimmed = uri.endsWith("/") ? uri.substring(0, uri.length() - 1) : uri;
    return trimmed.substring(trimmed.lastIndexOf('/') + 1);
  }
}
