package dev.mltest.suite;

import dev.mltest.data.Dataset;
import dev.mltest.data.FileDataset;
import dev.mltest.data.FileFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The dataset a suite names, before it is resolved to a file.
 *
 * @param path the path as written, relative to the suite file or to the data root
 * @param format the format, if given (else implied by the extension)
 * @param options reader options
 * @param position where the dataset is named
 */
public record DatasetRef(
    String path,
    @Nullable FileFormat format,
    Map<String, String> options,
    SourcePosition position) {

  public DatasetRef {
    options = Map.copyOf(options);
  }

  /**
   * Resolves the path: absolute as it is; else relative to the suite's folder if the file is there;
   * else relative to the data root if given and the file is there.
   *
   * @param suiteDirectory the folder of the suite file, if it is a file
   * @param dataRoot the configured data root, if any
   * @throws IllegalArgumentException naming every place that was tried, if the file is in none
   */
  public FileDataset resolve(@Nullable Path suiteDirectory, @Nullable Path dataRoot) {
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
    for (Path candidate : tried) {
      if (Files.isRegularFile(candidate)) {
        return dataset(candidate);
      }
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
    return switch (f) {
      case CSV -> Dataset.csv(file, options);
      case PARQUET -> Dataset.parquet(file);
      case JSON_LINES -> Dataset.jsonLines(file);
    };
  }
}
