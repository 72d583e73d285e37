package dev.mltest.cli;

import dev.mltest.data.FileDataset;
import dev.mltest.data.FileFormat;
import dev.mltest.suite.DataRootPolicy;
import dev.mltest.suite.DatasetRef;
import dev.mltest.suite.SourcePosition;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Turns a data path given on the command line into a dataset with the rule a suite's {@code
 * dataset:} follows ({@link DatasetRef#resolve}), and so the same messages (file not found, a
 * folder, format not told by the extension), with the working directory as the base folder.
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
    // A file named on the command line is the user's own choice, not an untrusted suite's: no
    // data-root policy.
    FileDataset dataset =
        new DatasetRef(path.toString(), known, Map.of(), SourcePosition.START)
            .resolve(Path.of("").toAbsolutePath(), null, DataRootPolicy.unrestricted());
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
