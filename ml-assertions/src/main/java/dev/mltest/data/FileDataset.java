package dev.mltest.data;

import static java.util.Objects.requireNonNull;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A dataset stored in a file.
 *
 * @param path the file
 * @param format how to read it
 * @param options reader options; for CSV: {@code delimiter}, {@code header}, {@code quote}, {@code
 *     escape}, {@code nullString}, {@code dateFormat}, {@code timestampFormat}, {@code skipRows}
 */
public record FileDataset(Path path, FileFormat format, Map<String, String> options)
    implements Dataset {

  /** The reader options a CSV dataset accepts. */
  public static final Set<String> CSV_OPTIONS =
      Set.of(
          "delimiter",
          "header",
          "quote",
          "escape",
          "nullString",
          "dateFormat",
          "timestampFormat",
          "skipRows");

  public FileDataset {
    requireNonNull(path, "path");
    requireNonNull(format, "format");
    options = new TreeMap<>(options);
    for (String key : options.keySet()) {
      if (format != FileFormat.CSV || !CSV_OPTIONS.contains(key)) {
        throw new IllegalArgumentException(
            "unknown %s reader option '%s'; known options: %s"
                .formatted(
                    format.key(),
                    key,
                    format == FileFormat.CSV ? new java.util.TreeSet<>(CSV_OPTIONS) : "none"));
      }
    }
    options = Map.copyOf(options);
  }

  @Override
  public String name() {
    return path.getFileName().toString();
  }
}
