package dev.mltest.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import dev.mltest.engine.MlTestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.OutputDirectoryCreator;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * The Allure categories match the messages the engine really writes, each failure in exactly one
 * category, as Allure matches them: the whole message, with {@code DOTALL}.
 */
class AllureCategoriesTest {
  @TempDir Path out;

  @Test
  void everyFailureOfTheFixturesFallsIntoOneCategory() {
    Map<String, String> failed = new TreeMap<>();
    Map<String, String> broken = new TreeMap<>();
    List<Event> finished =
        EngineTestKit.engine(new MlTestEngine())
            .enableImplicitConfigurationParameters(false)
            .configurationParameter("mltest.report.enabled", "false")
            .outputDirectoryCreator(output(out))
            .selectors(
                selectClasspathResource("fixtures/execution/people.mltest.yaml"),
                selectClasspathResource("fixtures/drift/shifted.mltest.yaml"),
                selectClasspathResource("fixtures/badinput/malformed.mltest.yaml"))
            .execute()
            .allEvents()
            .finished()
            .list();
    for (Event event : finished) {
      TestExecutionResult result = event.getRequiredPayload(TestExecutionResult.class);
      result
          .getThrowable()
          .ifPresent(
              t ->
                  (t instanceof AssertionError ? failed : broken)
                      .put(event.getTestDescriptor().getDisplayName(), t.getMessage()));
    }
    assertThat(failed)
        .containsOnlyKeys(
            "adults — everyone is of age",
            "drift[amount]",
            "drift[segment]",
            "newCategories[segment]",
            "dataset drift");
    failed.forEach(
        (name, message) ->
            assertThat(categories(message, "failed"))
                .as(name + ": " + message)
                .containsExactly(name.startsWith("adults") ? "Data expectation" : "Data drift"));
    assertThat(broken).containsKeys("notNull[agee]", "malformed.mltest.yaml");
    broken.forEach(
        (name, message) ->
            assertThat(categories(message, "broken"))
                .as(name)
                .containsExactly("Suite or data problem"));
  }

  @Test
  void regressionMessagesFollowTheirPrefixes() {
    assertThat(categories("REGRESSION: f1 0.812 -> 0.781 is worse than the baseline", "failed"))
        .containsExactly("Metric regression");
    assertThat(categories("MISSING: metric f1 has no value: NaN", "failed"))
        .containsExactly("Metric regression");
    assertThat(categories("BOUND: auc 0.61 violates the hard bound min 0.7", "failed"))
        .containsExactly("Metric regression");
    assertThat(categories("BASELINE STALE: f1 was not compared (seed 42 → 7)", "broken"))
        .containsExactly("Baseline stale");
    assertThat(
            categories(
                "NOT COMPARABLE: f1 0.7 vs baseline 0.8 was measured under another evaluation"
                    + " protocol (seed 42 → 7); taken at face value, the metric WOULD HAVE REGRESSED",
                "broken"))
        .containsExactly("Baseline stale");
    assertThat(
            categories("NO BASELINE: no baseline file at src/test/baselines/churn.json", "failed"))
        .containsExactly("Baseline stale");
    assertThat(categories("WARNING: income: drift detected by K-S p_value", "passed"))
        .containsExactly("Data warning (passed)");
  }

  @Test
  void categoriesJsonIsValidAndListsEveryCategory() throws IOException {
    Path file =
        Files.writeString(out.resolve("categories.json"), AllureResultsFiles.categoriesJson());
    com.fasterxml.jackson.databind.JsonNode json =
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(file.toFile());
    assertThat(json).hasSize(AllureResultsFiles.CATEGORIES.size());
    for (int i = 0; i < json.size(); i++) {
      AllureResultsFiles.Category c = AllureResultsFiles.CATEGORIES.get(i);
      assertThat(json.get(i).get("name").asText()).isEqualTo(c.name());
      assertThat(json.get(i).get("messageRegex").asText()).isEqualTo(c.messageRegex());
    }
  }

  private static List<String> categories(String message, String status) {
    return AllureResultsFiles.CATEGORIES.stream()
        .filter(c -> c.statuses().contains(status))
        .filter(c -> Pattern.compile(c.messageRegex(), Pattern.DOTALL).matcher(message).matches())
        .map(AllureResultsFiles.Category::name)
        .toList();
  }

  private static OutputDirectoryCreator output(Path root) {
    return new OutputDirectoryCreator() {
      @Override
      public Path getRootDirectory() {
        return root;
      }

      @Override
      public Path createOutputDirectory(TestDescriptor descriptor) throws IOException {
        return Files.createDirectories(
            root.resolve(descriptor.getUniqueId().toString().replaceAll("[^A-Za-z0-9._-]", "_")));
      }
    };
  }
}
