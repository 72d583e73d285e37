package dev.mltest.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Keeps the broken-snapshot profile honest: the customer suite, run against the broken export in
 * {@code src/test/broken}, must fail exactly the expectations that export breaks.
 */
class BrokenSnapshotTest {
  @TempDir Path dir;

  @Test
  void theBrokenExportFailsTheExpectationsItBreaks() throws IOException {
    Path data = Files.createDirectories(dir.resolve("data"));
    copy("/dev/mltest/examples/customers.mltest.yaml", dir.resolve("customers.mltest.yaml"));
    Files.copy(
        Path.of("src/test/broken/dev/mltest/examples/data/current.csv"),
        data.resolve("current.csv"));

    EngineExecutionResults results =
        EngineTestKit.engine("ml-test")
            .selectors(selectFile(dir.resolve("customers.mltest.yaml").toFile()))
            .outputDirectoryCreator(new TempOutput(dir.resolve("out")))
            .execute();

    List<String> failed =
        results.testEvents().failed().stream()
            .map(e -> e.getTestDescriptor().getDisplayName())
            .toList();
    assertThat(failed)
        .containsExactlyInAnyOrder(
            "primaryKey[customer_id]",
            "notNull[income]",
            "between[income]",
            "inSet[segment]",
            "format[email]");
    assertThat(results.testEvents().succeeded().count()).isEqualTo(10);
  }

  private static void copy(String resource, Path target) throws IOException {
    try (InputStream in = BrokenSnapshotTest.class.getResourceAsStream(resource)) {
      Files.copy(in, target);
    }
  }
}
