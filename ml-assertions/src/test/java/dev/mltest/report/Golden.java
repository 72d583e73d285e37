package dev.mltest.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files of rendered reports, in {@code src/test/resources/dev/mltest/report/golden}. Run
 * with {@code -Dmltest.golden.update=true} to rewrite them after an intended change, then review
 * the diff.
 */
final class Golden {
  private static final Path DIRECTORY = Path.of("src/test/resources/dev/mltest/report/golden");

  private Golden() {}

  static void assertMatches(String actual, String name) {
    Path file = DIRECTORY.resolve(name);
    try {
      if (Boolean.getBoolean("mltest.golden.update")) {
        Files.createDirectories(DIRECTORY);
        Files.writeString(file, actual, StandardCharsets.UTF_8);
      }
      assertThat(file).as("golden file %s (-Dmltest.golden.update=true writes it)", file).exists();
      assertThat(actual)
          .as("rendered %s", name)
          .isEqualTo(Files.readString(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
