package dev.mltest.spark;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import dev.mltest.engine.MlTestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.platform.engine.OutputDirectoryCreator;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs suite files through the engine on the shared Spark session's settings, and tells each node's
 * outcome with its message, so that two runs can be compared test for test.
 */
final class SuiteRuns {
  private SuiteRuns() {}

  /**
   * Runs a suite file or a folder of suites with {@link SharedSpark#SETTINGS} and the given
   * parameters, writing reports under {@code out/report}.
   */
  static EngineExecutionResults run(Path selected, Path out, Map<String, String> parameters) {
    EngineTestKit.Builder kit =
        EngineTestKit.engine(new MlTestEngine())
            .enableImplicitConfigurationParameters(false)
            .outputDirectoryCreator(new Output(out.resolve("junit")))
            .configurationParameter("mltest.report.dir", out.resolve("report").toString())
            .selectors(
                Files.isDirectory(selected)
                    ? selectDirectory(selected.toFile())
                    : selectFile(selected.toFile()));
    for (Map.Entry<String, String> setting : SharedSpark.SETTINGS.entrySet()) {
      kit = kit.configurationParameter("mltest.spark." + setting.getKey(), setting.getValue());
    }
    return kit.configurationParameters(parameters).execute();
  }

  /**
   * Each node's name (below the engine) with its status and message; {@code replacements} turn
   * run-specific text (file names, folders) into placeholders.
   */
  static Map<String, String> outcomes(
      EngineExecutionResults results, Map<String, String> replacements) {
    Map<String, String> outcomes = new TreeMap<>();
    for (Event e : results.allEvents().finished().list()) {
      TestDescriptor d = e.getTestDescriptor();
      if (d.getParent().isEmpty()) {
        continue;
      }
      TestExecutionResult r = e.getRequiredPayload(TestExecutionResult.class);
      String message = r.getThrowable().map(t -> ": " + t.getMessage()).orElse("");
      for (Map.Entry<String, String> replace : replacements.entrySet()) {
        message = message.replace(replace.getKey(), replace.getValue());
      }
      outcomes.put(d.getDisplayName(), r.getStatus() + message);
    }
    return outcomes;
  }

  /** Each test node's output folder under one root. */
  record Output(Path root) implements OutputDirectoryCreator {
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
