package dev.mltest.engine.property;

import dev.mltest.engine.Constants;
import dev.mltest.engine.MlTestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.OutputDirectoryCreator;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/** Runs the ml-test engine with outputs and remembered seeds in a temporary folder. */
final class PropertyKit {
  private PropertyKit() {}

  static EngineTestKit.Builder engine(Path dir, DiscoverySelector... selectors) {
    return EngineTestKit.engine(new MlTestEngine())
        .enableImplicitConfigurationParameters(false)
        .configurationParameter(
            Constants.PROPERTY_SEEDS_FILE, dir.resolve("seeds.properties").toString())
        .outputDirectoryCreator(new Output(dir.resolve("out")))
        .selectors(selectors);
  }

  /** All report entries of a test, merged, by its display name. */
  static Map<String, String> entries(EngineExecutionResults results, String displayName) {
    return results.testEvents().reportingEntryPublished().stream()
        .filter(e -> e.getTestDescriptor().getDisplayName().equals(displayName))
        .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
        .flatMap(m -> m.entrySet().stream())
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> b));
  }

  static Throwable failure(EngineExecutionResults results, String displayName) {
    Event finished =
        results.testEvents().finished().stream()
            .filter(e -> e.getTestDescriptor().getDisplayName().equals(displayName))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no test " + displayName));
    return finished
        .getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class)
        .getThrowable()
        .orElseThrow(() -> new AssertionError(displayName + " did not fail"));
  }

  static List<Path> files(EngineExecutionResults results) {
    return results.testEvents().fileEntryPublished().stream()
        .map(
            e ->
                e.getRequiredPayload(org.junit.platform.engine.reporting.FileEntry.class).getPath())
        .toList();
  }

  private static final class Output implements OutputDirectoryCreator {
    private final Path root;

    Output(Path root) {
      this.root = root;
    }

    @Override
    public Path getRootDirectory() {
      return root;
    }

    @Override
    public Path createOutputDirectory(TestDescriptor descriptor) throws IOException {
      return Files.createDirectories(
          root.resolve(descriptor.getUniqueId().toString().replaceAll("[^A-Za-z0-9._-]", "_")));
    }
  }
}
