package dev.mltest.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The one-section suite behind {@code mltest drift}. */
final class DriftSuite {
  private DriftSuite() {}

  static String yaml(Path reference, Path current, DriftCommand options) {
    StringBuilder y = new StringBuilder();
    y.append("suite: ")
        .append(quote("drift of " + current.getFileName() + " against " + reference.getFileName()))
        .append('\n');
    y.append("dataset: ").append(dataset(current, options.format)).append('\n');
    y.append("drift:\n");
    y.append("  reference: ").append(dataset(reference, options.format)).append('\n');
    if (!options.columns.isEmpty()) {
      y.append("  columns: ").append(list(options.columns)).append('\n');
    }
    if (!options.exclude.isEmpty()) {
      y.append("  exclude: ").append(list(options.exclude)).append('\n');
    }
    if (options.method != null) {
      y.append("  method: ").append(quote(options.method)).append('\n');
    }
    if (options.threshold != null) {
      y.append("  threshold: ").append(options.threshold).append('\n');
    }
    y.append("  severity: ").append(options.warn ? "warn" : "error").append('\n');
    return y.toString();
  }

  private static String dataset(Path file, @Nullable String format) {
    String path = quote(file.toAbsolutePath().normalize().toString());
    return format == null ? path : "{path: " + path + ", format: " + quote(format) + "}";
  }

  private static String list(List<String> names) {
    return names.stream().map(DriftSuite::quote).collect(Collectors.joining(", ", "[", "]"));
  }

  /** A double-quoted YAML scalar (JSON escapes are valid YAML). */
  static String quote(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        default -> {
          if (c < 0x20) {
            out.append("\\u%04x".formatted((int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
