package dev.mltest.suite;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.Dataset;
import dev.mltest.data.FileDataset;
import dev.mltest.data.FileFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The dataset a suite names, before it is resolved to a file.
 *
 * @param path the path as written, relative to the suite file or to the data root
 * @param format the format, if given (else implied by the extension)
 * @param options reader options
 * @param types CSV columns read as a given type ({@code options: {types: {flag: VARCHAR}}}), in the
 *     order written
 * @param position where the dataset is named
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DatasetRef(
    String path,
    @Nullable FileFormat format,
    Map<String, String> options,
    Map<String, String> types,
    SourcePosition position) {

  /** A dataset read with the types the reader detects. */
  public DatasetRef(
      String path,
      @Nullable FileFormat format,
      Map<String, String> options,
      SourcePosition position) {
    this(path, format, options, Map.of(), position);
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
   *     roots, if it lies outside them; or that it is a folder
   */
  public FileDataset resolve(
      @Nullable Path suiteDirectory, @Nullable Path dataRoot, DataRootPolicy policy) {
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
