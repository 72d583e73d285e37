package dev.mltest.suite;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.CatalogTable;
import dev.mltest.data.Dataset;
import dev.mltest.data.FileDataset;
import dev.mltest.data.FileFormat;
import dev.mltest.data.HadoopDataset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The dataset a suite names, before it is resolved to a file: a path, a Hadoop URI ({@code
 * s3a://lake/events/}, allowed only under the run's {@link AllowedLocations}), or a catalog table
 * ({@code dataset: {table: db.events}}); URIs and tables are never resolved against the local file
 * system.
 *
 * @param path the path as written, relative to the suite file or to the data root; for a catalog
 *     table, its name
 * @param format the format, if given (else implied by the extension)
 * @param options reader options
 * @param types CSV columns read as a given type ({@code options: {types: {flag: VARCHAR}}}), in the
 *     order written
 * @param position where the dataset is named
 * @param table the catalog table, if the suite names one instead of a file
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DatasetRef(
    String path,
    @Nullable FileFormat format,
    Map<String, String> options,
    Map<String, String> types,
    SourcePosition position,
    @Nullable CatalogTable table) {

  /** A dataset read with the types the reader detects. */
  public DatasetRef(
      String path,
      @Nullable FileFormat format,
      Map<String, String> options,
      SourcePosition position) {
    this(path, format, options, Map.of(), position);
  }

  /** A file dataset with CSV columns read as given types. */
  public DatasetRef(
      String path,
      @Nullable FileFormat format,
      Map<String, String> options,
      Map<String, String> types,
      SourcePosition position) {
    this(path, format, options, types, position, null);
  }

  /** A catalog table named at {@code position}. */
  public static DatasetRef catalogTable(CatalogTable table, SourcePosition position) {
    return new DatasetRef(table.qualifiedName(), null, Map.of(), Map.of(), position, table);
  }

  /**
   * How reports and test names show the dataset: the path as written, or {@code table db.events}.
   */
  public String shownAs() {
    return table != null ? table.shownAs() : path;
  }

  /**
   * The dataset: the catalog table as it is (no data-root or path rule applies to a name), the URI
   * if the policy's {@linkplain DataRootPolicy#locations() locations} allow it, or the file
   * {@linkplain #resolve(Path, Path, DataRootPolicy) resolved}.
   *
   * @throws IllegalArgumentException as {@link #resolve(Path, Path, DataRootPolicy)} does, or
   *     saying why a URI is refused and which setting allows it
   */
  public Dataset dataset(
      @Nullable Path suiteDirectory, @Nullable Path dataRoot, DataRootPolicy policy) {
    if (table != null) {
      return table;
    }
    return isUri() ? uri(policy) : resolve(suiteDirectory, dataRoot, policy);
  }

  /**
   * Whether the dataset is written as a Hadoop URI ({@code s3a://lake/events/}) rather than a local
   * path: such a dataset is never looked up on the local file system.
   */
  public boolean isUri() {
    return table == null && HadoopLocation.isUri(path);
  }

  /**
   * The URI, if the policy allows it: in canonical form, its format from {@code format:} or from
   * the last name's extension (a folder needs {@code format:}).
   */
  private HadoopDataset uri(DataRootPolicy policy) {
    HadoopLocation location = policy.locations().check(path);
    FileFormat f = format;
    if (f == null) {
      f =
          FileFormat.fromFileName(Path.of(location.lastSegment()))
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "cannot tell the format of '%s' from its name; add 'format: parquet|csv|jsonl' (a folder of files always needs it)"
                              .formatted(path)));
    }
    return new HadoopDataset(location.toString(), f, options, types);
  }

  public DatasetRef {
    options = Map.copyOf(options);
    types = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(types));
  }

  /**
   * Resolves the path under the {@linkplain DataRootPolicy#standard standard data-root policy}.
   *
   * @see #resolve(Path, Path, DataRootPolicy)
   */
  public FileDataset resolve(@Nullable Path suiteDirectory, @Nullable Path dataRoot) {
    return resolve(suiteDirectory, dataRoot, DataRootPolicy.standard(dataRoot));
  }

  /**
   * Resolves the path: absolute as it is; else relative to the suite's folder if the file is there;
   * else relative to the data root if given and the file is there. A path outside the policy's
   * roots is refused whether or not the file exists.
   *
   * @param suiteDirectory the folder of the suite file, if it is a file
   * @param dataRoot the configured data root, if any
   * @param policy where datasets may lie
   * @throws IllegalArgumentException naming every place that was tried, if the file is in none; the
   *     roots, if it lies outside them; that it is a folder; or that the dataset is a catalog
   *     table, which has no file
   */
  public FileDataset resolve(
      @Nullable Path suiteDirectory, @Nullable Path dataRoot, DataRootPolicy policy) {
    if (table != null) {
      throw new IllegalArgumentException(
          "%s is a catalog table, not a file; only suites and drift sections read catalog tables"
              .formatted(table.shownAs()));
    }
    if (isUri()) {
      throw new IllegalArgumentException(
          "'%s' is a URI, not a local file; only suites and drift sections on the Spark backend read URIs"
              .formatted(path));
    }
    Path written = Path.of(path);
    List<Path> tried = new ArrayList<>();
    if (written.isAbsolute()) {
      tried.add(written);
    } else {
      if (suiteDirectory != null) {
        tried.add(suiteDirectory.resolve(written).normalize());
      }
      if (dataRoot != null) {
        tried.add(dataRoot.resolve(written).normalize());
      }
    }
    String refused = null;
    for (Path candidate : tried) {
      var refusal = policy.refusal(path, candidate, suiteDirectory);
      if (refusal.isPresent()) {
        refused = refused == null ? refusal.get() : refused;
        continue;
      }
      if (Files.isRegularFile(candidate)) {
        return dataset(candidate);
      }
      if (Files.isDirectory(candidate)) {
        throw new IllegalArgumentException(
            "dataset path '%s' is a folder (%s), not a file; name one .csv, .parquet or .jsonl file in it"
                .formatted(path, candidate.toAbsolutePath()));
      }
    }
    if (refused != null) {
      throw new IllegalArgumentException(refused);
    }
    throw new IllegalArgumentException(
        "dataset file '%s' not found; looked for %s"
            .formatted(
                path, tried.isEmpty() ? "it nowhere (no suite folder or data root)" : tried));
  }

  private FileDataset dataset(Path file) {
    FileFormat f = format;
    if (f == null) {
      f =
          FileFormat.fromFileName(file)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "cannot tell the format of '%s' from its extension; add 'format: csv|parquet|jsonl'"
                              .formatted(path)));
    }
    if (!types.isEmpty() && f != FileFormat.CSV) {
      throw new IllegalArgumentException(
          "'types' applies to CSV files only; '%s' is read as %s, which carries its own column types"
              .formatted(path, f.key()));
    }
    return switch (f) {
      case CSV -> new FileDataset(file, FileFormat.CSV, options, types);
      case PARQUET -> Dataset.parquet(file);
      case JSON_LINES -> Dataset.jsonLines(file);
    };
  }
}
