package dev.mltest.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The files written at the end of a run: {@code summary.md} and {@code results.json}, from real
 * engine runs over the execution, drift and bad-input fixtures.
 */
class ReportFilesTest {
  private static final String PEOPLE = "fixtures/execution/people.mltest.yaml";
  private static final String SHIFTED = "fixtures/drift/shifted.mltest.yaml";
  private static final String MALFORMED = "fixtures/badinput/malformed.mltest.yaml";

  @TempDir Path out;

  private EngineTestKit.Builder kit() {
    return MlTestKit.engine(out)
        .selectors(
            selectClasspathResource(PEOPLE),
            selectClasspathResource(SHIFTED),
            selectClasspathResource(MALFORMED));
  }

  /** Issue #11 item 8: reports get the umask's default mode, or keep the previous file's. */
  @Test
  void reportFilesKeepThePreviousModeOrTheUmasksDefault() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "file modes are POSIX");
    kit().execute();
    Path summary = out.resolve("mltest/summary.md");
    Path results = out.resolve("mltest/results.json");
    Path reference = Files.createFile(out.resolve("umask-default"));
    assertThat(Files.getPosixFilePermissions(summary))
        .isEqualTo(Files.getPosixFilePermissions(reference));
    assertThat(Files.getPosixFilePermissions(results))
        .isEqualTo(Files.getPosixFilePermissions(reference));
    Files.setPosixFilePermissions(
        summary, java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--"));
    kit().execute();
    assertThat(
            java.nio.file.attribute.PosixFilePermissions.toString(
                Files.getPosixFilePermissions(summary)))
        .isEqualTo("rw-rw-r--");
  }

  @Test
  void summaryAndResultsAreWrittenNextToTheOutputDirectory() throws IOException {
    kit().execute();
    Path summary = out.resolve("mltest/summary.md");
    Path results = out.resolve("mltest/results.json");
    assertThat(summary).exists();
    assertThat(results).exists();
    String markdown = Files.readString(summary);
    assertThat(markdown.lines().findFirst()).contains("<!-- mltest-report id=mltest -->");
    assertThat(markdown)
        .contains("### ❌ ML checks: 5 failed, 2 broken, 1 warning")
        .contains("#### Needs attention", "#### Data drift", "#### Failed expectations")
        .contains("❌ **adults — everyone is of age** · people")
        .contains("| 12 | 1 | 2 |  |")
        .contains("**shifted**: ❌ dataset drift: 2 of 3 columns drifted")
        .contains("| ❌ | amount | num | K-S p\\_value |")
        .contains("malformed.mltest.yaml")
        .contains("| data/people.csv | `")
        .contains("📎 Full report: Allure, `target/site/allure-maven-plugin/index.html`");
  }

  @Test
  void resultsHoldEveryTestWithItsKindOutcomeAndRecord() throws IOException {
    kit().execute();
    JsonNode root = new ObjectMapper().readTree(out.resolve("mltest/results.json").toFile());
    assertThat(root.get("schemaVersion").asInt()).isEqualTo(1);
    Map<String, JsonNode> byName = new HashMap<>();
    root.get("tests").forEach(t -> byName.put(t.get("name").asText(), t));
    assertThat(byName)
        .containsKeys(
            "rowCount",
            "adults — everyone is of age",
            "inSet[country]",
            "notNull[agee]",
            "drift[amount]",
            "newCategories[segment]",
            "dataset drift",
            "malformed.mltest.yaml");
    assertThat(outcome(byName, "rowCount")).isEqualTo("passed");
    assertThat(outcome(byName, "adults — everyone is of age")).isEqualTo("failed");
    assertThat(outcome(byName, "inSet[country]")).isEqualTo("warning");
    assertThat(outcome(byName, "notNull[agee]")).isEqualTo("broken");
    assertThat(outcome(byName, "malformed.mltest.yaml")).isEqualTo("broken");
    JsonNode adults = byName.get("adults — everyone is of age");
    assertThat(adults.get("kind").asText()).isEqualTo("expectation");
    assertThat(adults.get("feature").asText()).isEqualTo("people");
    assertThat(adults.get("story").asText()).isEqualTo("age");
    assertThat(adults.get("message").asText()).startsWith(PEOPLE + ":7:5 adults: ");
    assertThat(adults.get("parameters").get("dataset").asText()).isEqualTo("data/people.csv");
    assertThat(adults.get("parameters").get("dataset SHA-256").asText()).matches("[0-9a-f]{12}");
    assertThat(adults.get("record").get("samples").get(0).get("value").asText()).isEqualTo("12");
    JsonNode amount = byName.get("drift[amount]");
    assertThat(amount.get("kind").asText()).isEqualTo("drift");
    assertThat(amount.get("parameters").get("reference").asText()).isEqualTo("data/reference.csv");
    assertThat(amount.get("record").get("method").asText()).isEqualTo("ks");
    assertThat(byName.get("notNull[agee]").get("record").isNull()).isFalse();
    assertThat(root.get("lineage").get("dataFiles")).hasSize(3);
    assertThat(root.get("lineage").get("versions").get("mltest")).isNotNull();
  }

  @Test
  void theReportFolderCanBeConfiguredOrTheReportsTurnedOff() {
    Path elsewhere = out.resolve("elsewhere");
    kit().configurationParameter(Constants.REPORT_DIR, elsewhere.toString()).execute();
    assertThat(elsewhere.resolve("summary.md")).exists();
    assertThat(out.resolve("mltest")).doesNotExist();

    Path off = out.resolve("off");
    kit()
        .configurationParameter(Constants.REPORT_DIR, off.toString())
        .configurationParameter(Constants.REPORT_ENABLED, "false")
        .execute();
    assertThat(off).doesNotExist();
  }

  @Test
  void withoutAnOutputDirectoryTheRunStillSucceeds() {
    // EngineTestKit refuses to give an output directory unless one is configured.
    EngineTestKit.engine(new MlTestEngine())
        .enableImplicitConfigurationParameters(false)
        .selectors(selectClasspathResource(PEOPLE))
        .execute()
        .containerEvents()
        .assertStatistics(stats -> stats.started(2).succeeded(2).failed(0));
  }

  @Test
  void aRunWithoutTestsWritesNothing() {
    MlTestKit.engine(out).selectors(selectClasspathResource("fixtures/none.mltest.yaml")).execute();
    assertThat(out.resolve("mltest")).doesNotExist();
  }

  @Test
  void theMarkerIdTitleAndLinkAreConfigurable() throws IOException {
    kit()
        .configurationParameter(Constants.REPORT_ID, "nightly-data")
        .configurationParameter(Constants.REPORT_TITLE, "Churn data")
        .configurationParameter(Constants.REPORT_ALLURE_LINK, "https://ci.example/allure/")
        .execute();
    String markdown = Files.readString(out.resolve("mltest/summary.md"));
    assertThat(markdown)
        .startsWith("<!-- mltest-report id=nightly-data -->\n### ❌ Churn data: ")
        .endsWith("📎 Full report: [Allure report](https://ci.example/allure/)\n");
  }

  private static String outcome(Map<String, JsonNode> byName, String name) {
    return byName.get(name).get("outcome").asText();
  }
}
