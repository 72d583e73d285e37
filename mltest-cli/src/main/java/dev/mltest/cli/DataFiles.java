package dev.mltest.cli;

import dev.mltest.data.FileDataset;
import dev.mltest.data.FileFormat;
import java.nio.file.Files;
import java.nio.file.Path;
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
    // A file named on the command line is the user's own choice, not an untrusted suite's: no
    // data-root policy, but the suites' words for a missing file and an unknown format.
    Path file = path.toAbsolutePath().normalize();
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "dataset file '%s' not found; looked for [%s]".formatted(path, file));
    }
    FileFormat chosen = known;
    if (chosen == null) {
      chosen =
          FileFormat.fromFileName(file)
              .orElseThrow(
                  () ->
                      new IllegalArgumentException(
                          "cannot tell the format of '%s' from its extension; add 'format: csv|parquet|jsonl'"
                              .formatted(path)));
    }
    FileDataset dataset =
        switch (chosen) {
          case CSV -> dev.mltest.data.Dataset.csv(file);
          case PARQUET -> dev.mltest.data.Dataset.parquet(file);
          case JSON_LINES -> dev.mltest.data.Dataset.jsonLines(file);
        };
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
