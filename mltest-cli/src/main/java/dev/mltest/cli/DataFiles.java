package dev.mltest.cli;

import dev.mltest.data.FileDataset;
import dev.mltest.data.FileFormat;
import dev.mltest.suite.DatasetRef;
import dev.mltest.suite.SourcePosition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a data path given on the command line into a dataset with the same rule, and so the same
 * messages, as a suite's {@code dataset:} (file not found, format not told by the extension).
 */
final class DataFiles {
  private DataFiles() {}

  /**
   * The dataset at {@code path}, relative to the working directory.
   *
   * @param format the format key ({@code csv}, {@code parquet}, {@code jsonl}), or null to tell it
   *     from the extension
   * @throws IllegalArgumentException with the suite's message if the file or its format is wrong
   */
  static FileDataset resolve(Path path, @Nullable String format) {
    FileFormat known = null;
    if (format != null) {
      known =
          FileFormat.fromKey(format)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "unknown format '%s'; use csv, parquet or jsonl".formatted(format)));
    }
    if (Files.isDirectory(path)) {
      throw new IllegalArgumentException(
          "'%s' is a folder; name one data file (csv, parquet or jsonl)".formatted(path));
    }
    // Resolved as a suite resolves its dataset, relative to a folder: the working directory.
    Path workingDirectory = Path.of("").toAbsolutePath();
    DatasetRef ref = new DatasetRef(path.toString(), known, Map.of(), SourcePosition.START);
    FileDataset dataset = ref.resolve(workingDirectory, null);
    if (!Files.isReadable(dataset.path())) {
      throw new IllegalArgumentException("cannot read '%s': permission denied".formatted(path));
    }
    try {
      if (Files.size(dataset.path()) == 0) {
        throw new IllegalArgumentException(
            "dataset file '%s' is empty (0 bytes); it has no header and no rows".formatted(path));
      }
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException("cannot read '%s': %s".formatted(path, e.getMessage()));
    }
    return dataset;
  }
}
