package dev.mltest.engine.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mltest.engine.MlTestEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Issue #14 item 2: two test executions of one build (as two JVMs forked by Surefire make them)
 * write one summary and one results file holding the tests and failures of both, and say that a
 * model was trained on data that the other execution found bad; a different build discards them.
 */
class ForkedRunsTest {
  @TempDir static Path data;
  @TempDir Path roots;
  @TempDir Path out;

  private static Path suite;

  @BeforeAll
  static void writeData() throws IOException {
    ChurnModels.data = ChurnFiles.write(data.resolve("churn.csv"), 5_000);
    suite =
        Files.writeString(
            data.resolve("churn.mltest.yaml"),
            """
            suite: churn
            dataset: churn.csv
            expectations:
              - expect: rowCount
                min: 1
              - expect: rowCount
                id: too-few-rows
                min: 1000000
              - expect: between
                column: age
                min: 30
              - expect: notNull
                column: customer_id
            """);
  }

  private EngineTestKit.Builder kit(String buildId, DiscoverySelector... selectors) {
    return EngineTestKit.engine(new MlTestEngine())
        .enableImplicitConfigurationParameters(false)
        .configurationParameter("mltest.ide.source-roots", roots.toString())
        .configurationParameter("mltest.baseline.update", "true")
        .configurationParameter("mltest.report.build-id", buildId)
        .outputDirectoryCreator(new TempDirOutput(out))
        .selectors(selectors);
  }

  private JsonNode results() throws IOException {
    return new ObjectMapper().readTree(out.resolve("mltest/results.json").toFile());
  }

  private List<String> testIds(JsonNode results) {
    List<String> ids = new ArrayList<>();
    results.get("tests").forEach(t -> ids.add(t.get("uniqueId").asText()));
    return ids;
  }

  @Test
  void twoExecutionsOfOneBuildWriteOneReportWithEveryTestAndFailure() throws IOException {
    kit("build-1", selectFile(suite.toFile())).execute();
    JsonNode first = results();
    assertThat(first.at("/summary/total").asInt()).isEqualTo(4);

    kit("build-1", selectMethod(ChurnModels.class, "logistic"))
        .execute()
        .testEvents()
        .assertStatistics(s -> s.succeeded(3));

    JsonNode merged = results();
    assertThat(merged.at("/summary/total").asInt()).isEqualTo(7);
    assertThat(merged.at("/summary/failed").asInt()).isEqualTo(2);
    assertThat(merged.at("/summary/passed").asInt()).isEqualTo(5);
    assertThat(testIds(merged)).containsAll(testIds(first)).hasSize(7);
    String summary = Files.readString(out.resolve("mltest/summary.md"));
    assertThat(summary)
        .contains("ML checks: 2 failed")
        .contains("Merged from 2 test executions in 1 JVM of one build")
        .contains("ChurnModels\\#logistic() trained a model on")
        .contains("too-few-rows");
    assertThat(merged.get("notes").get(1).asText())
        .contains("churn.csv")
        .contains("found that data bad")
        .contains("with forked JVMs it cannot");
  }

  @Test
  void aNewBuildDiscardsThePartsOfEarlierBuilds() throws IOException {
    kit("build-1", selectFile(suite.toFile())).execute();
    kit("build-2", selectMethod(ChurnModels.class, "logistic")).execute();

    JsonNode results = results();
    assertThat(results.at("/summary/total").asInt()).isEqualTo(3);
    assertThat(results.at("/summary/failed").asInt()).isZero();
    assertThat(results.get("notes")).isEmpty();
    assertThat(testIds(results)).allMatch(id -> id.contains("ChurnModels"));
    try (Stream<Path> builds = Files.list(out.resolve("mltest/parts"))) {
      assertThat(builds.filter(Files::isDirectory)).hasSize(1);
    }
  }
}
