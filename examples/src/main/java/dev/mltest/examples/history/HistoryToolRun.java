package dev.mltest.examples.history;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Runs {@link HistoryTool} in-process and returns what it printed, for tests and scripts. */
public final class HistoryToolRun {
  private HistoryToolRun() {}

  /** The tool's output for these arguments. */
  public static String run(String... args) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      new HistoryTool(out).run(args);
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }
}
