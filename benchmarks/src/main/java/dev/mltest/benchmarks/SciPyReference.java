package dev.mltest.benchmarks;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Runs {@code benchmarks/scipy/drift_reference.py} when Python with SciPy is available. */
final class SciPyReference {
  private SciPyReference() {}

  /** SciPy's compute time for the drift benchmark, or null when SciPy cannot be run here. */
  static @Nullable Double computeSeconds(Path dir, long rows, PrintStream log) {
    Path script = Path.of("scipy/drift_reference.py");
    if (!Files.isRegularFile(script)) {
      return null;
    }
    try {
      Process process =
          new ProcessBuilder(
                  List.of("python3", script.toString(), dir.toString(), Long.toString(rows)))
              .redirectErrorStream(true)
              .start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        log.println("SciPy reference not run: " + output.lines().reduce((a, b) -> b).orElse(""));
        return null;
      }
      log.println(output);
      for (String line : output.split("\\R")) {
        if (line.contains("compute only")) {
          String[] cells = line.split("\\|");
          return Double.parseDouble(cells[2].trim());
        }
      }
      return null;
    } catch (java.io.IOException e) {
      log.println("SciPy reference not run: " + e.getMessage());
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }
}
