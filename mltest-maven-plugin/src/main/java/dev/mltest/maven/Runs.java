package dev.mltest.maven;

import org.apache.maven.plugin.logging.Log;

/** Sends the runner's console lines to the Maven log at the level their verdict calls for. */
final class Runs {
  private Runs() {}

  static void log(Log log, String lines) {
    for (String line : lines.split("\\R")) {
      if (line.startsWith("FAILED") || line.startsWith("ERROR")) {
        log.error(line);
      } else if (line.startsWith("SKIPPED") || line.startsWith("ABORTED")) {
        log.warn(line);
      } else if (!line.isBlank()) {
        log.info(line);
      }
    }
  }
}
