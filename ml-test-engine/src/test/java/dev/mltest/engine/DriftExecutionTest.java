package dev.mltest.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

class DriftExecutionTest {
  private static final String SUITE = "fixtures/drift/shifted.mltest.yaml";
  @TempDir Path out;

  private EngineExecutionResults run(org.junit.platform.engine.DiscoverySelector selector) {
    return EngineTestKit.engine(new MlTestEngine())
        .selectors(selector)
        .outputDirectoryCreator(new TempDirOutput(out))
        .execute();
  }

  @Test
  void eachColumnCoverageCheckAndTheDatasetRuleIsATest() {
    EngineExecutionResults results = run(selectClasspathResource(SUITE));
    results.testEvents().assertStatistics(s -> s.started(5).failed(4).succeeded(1));
    assertThat(message(results, "column:amount"))
        .startsWith(SUITE + ":4:3 drift[amount]: amount: drift detected by K-S p_value: ")
        .contains("(corrected across columns: ")
        .endsWith("<= 0.05, and KS distance D 0.675 >= 0.05 (reference 400 values, current 400)");
    assertThat(message(results, "column:segment"))
        .contains("chi-square")
        .contains("new categories: z");
    assertThat(message(results, "coverage:newCategories[segment]"))
        .isEqualTo(
            SUITE
                + ":4:3 newCategories[segment]: "
                + "segment: 3.5% of 400 current values have categories the reference never has"
                + " (1 distinct): 'z' (at most 1% allowed)");
    assertThat(message(results, "dataset:dataset"))
        .isEqualTo(
            SUITE
                + ":4:3 dataset drift: dataset drift: 2 of 3 columns drifted (66.7%), limit 50%,"
                + " fdr correction: amount, segment");
    assertThat(results.testEvents().succeeded().list())
        .extracting(e -> e.getTestDescriptor().getDisplayName())
        .containsExactly("drift[score]");
  }

  @Test
  void oneColumnSelectedByUniqueIdRunsAloneWithTheDatasetRuleLeftOut() {
    UniqueId id =
        UniqueId.forEngine("ml-test")
            .append("suite", SUITE)
            .append("drift", "drift")
            .append("column", "score");
    var discovered =
        EngineTestKit.engine(new MlTestEngine()).selectors(selectUniqueId(id)).discover();
    System.err.println(
        "ISSUES "
            + discovered.getDiscoveryIssues()
            + " "
            + discovered.getEngineDescriptor().getDescendants());
    EngineExecutionResults results = run(selectUniqueId(id));
    results.testEvents().assertStatistics(s -> s.started(1).succeeded(1));
  }

  @Test
  void unknownMethodFailsTheDriftSectionWithTheNearestNameAndAWarning() {
    String suite = "fixtures/drift/unknown-method.mltest.yaml";
    var discovery =
        EngineTestKit.engine(new MlTestEngine())
            .selectors(selectClasspathResource(suite))
            .discover();
    assertThat(discovery.getDiscoveryIssues())
        .singleElement()
        .satisfies(
            issue ->
                assertThat(issue.message())
                    .startsWith(suite + ":4:11: ")
                    .contains("kss")
                    .contains("'ks'"));
    EngineExecutionResults results = run(selectClasspathResource(suite));
    Throwable failure =
        results.containerEvents().failed().stream()
            .filter(
                e -> e.getTestDescriptor().getUniqueId().getLastSegment().getType().equals("drift"))
            .findFirst()
            .orElseThrow()
            .getRequiredPayload(TestExecutionResult.class)
            .getThrowable()
            .orElseThrow();
    assertThat(failure).isInstanceOf(dev.mltest.engine.suite.SuiteDefinitionException.class);
    assertThat(failure.getMessage()).startsWith(suite + ":4:11: ").contains("kss");
  }

  @Test
  void columnsMissingOnOneSideOrTypedDifferentlyAreErrorsOfTheirOwnTests() {
    EngineExecutionResults results =
        run(selectClasspathResource("fixtures/drift/bad-columns.mltest.yaml"));
    assertThat(message(results, "column:amount"))
        .isEqualTo(
            "amount: column 'amount' is decimal (DOUBLE) in the reference but string (VARCHAR) in the current dataset");
    assertThat(message(results, "column:amont"))
        .isEqualTo("amont: column 'amont' is not in either dataset; did you mean 'amount'?");
    assertThat(results.testEvents().succeeded().list())
        .extracting(e -> e.getTestDescriptor().getDisplayName())
        .containsExactly("drift[score]", "dataset drift");
    assertThat(errorType(results, "column:amount"))
        .isEqualTo(dev.mltest.engine.suite.ExpectationErrorException.class);
  }

  @Test
  void anEmptySideIsAnErrorNotAPass() {
    EngineExecutionResults results =
        run(selectClasspathResource("fixtures/drift/empty-current.mltest.yaml"));
    results.testEvents().assertStatistics(s -> s.started(3).failed(3));
    assertThat(message(results, "column:amount"))
        .startsWith("amount: ")
        .contains("has no current values after cleaning (dropped 20 NaN");
    assertThat(message(results, "column:segment"))
        .startsWith("segment: ")
        .contains("has no current values after cleaning");
    assertThat(message(results, "dataset:dataset"))
        .startsWith("dataset drift: no column could be compared");
  }

  @Test
  void keysAndNearUniqueTextAreSkippedWithTheReasonAndNamedInTheDatasetTest() {
    EngineExecutionResults results =
        run(selectClasspathResource("fixtures/drift/roles.mltest.yaml"));

    assertThat(skipReason(results, "column:user_id"))
        .isEqualTo(
            "user_id: excluded from drift: named like an identifier; list it under 'include' to"
                + " compare it anyway");
    assertThat(skipReason(results, "column:email"))
        .startsWith("email: excluded from drift: near-unique text (200 of 200 reference values");
    assertThat(skipReason(results, "column:ticket"))
        .startsWith("ticket: excluded from drift: a key column of the suite (primaryKey/unique)");
    assertThat(message(results, "column:signup"))
        .startsWith(
            "fixtures/drift/roles.mltest.yaml:7:3 drift[signup]: signup: drift detected by K-S"
                + " p_value: ")
        .contains("; reference 2024-01-")
        .contains("; current 2024-07-")
        .doesNotContain("17040");
    assertThat(message(results, "dataset:dataset"))
        .startsWith(
            "fixtures/drift/roles.mltest.yaml:7:3 dataset drift: dataset drift: 1 of 2 columns"
                + " drifted (50%), limit 50%, fdr correction: signup")
        .contains(
            "excluded (list under 'include' to compare): user_id (named like an identifier);"
                + " email (near-unique text");
    assertThat(results.testEvents().succeeded().list())
        .extracting(e -> e.getTestDescriptor().getDisplayName())
        .contains("drift[spend]");
  }

  /** Issue #13: a jump of the null rate is drift, though the remaining values did not move. */
  @Test
  void aJumpOfTheShareOfMissingValuesIsDriftAndASmallOneIsNot() {
    EngineExecutionResults results =
        run(selectClasspathResource("fixtures/drift/missing.mltest.yaml"));
    assertThat(message(results, "column:income"))
        .startsWith(
            "fixtures/drift/missing.mltest.yaml:6:3 drift[income]: income: drift detected in"
                + " missing values; values: no drift by K-S p_value: ")
        .contains(
            "; missing values changed: 2.2% of 600 reference rows, 28.7% of 600 current rows"
                + " (difference 0.265 >= 0.05), two-proportion z-test p-value ")
        .contains("(corrected across columns: ");
    assertThat(results.testEvents().succeeded().list())
        .extracting(e -> e.getTestDescriptor().getDisplayName())
        .contains("drift[tenure]", "drift[segment]");
    assertThat(results.testEvents().failed().list())
        .extracting(e -> e.getTestDescriptor().getDisplayName())
        .containsExactlyInAnyOrder("drift[income]");
  }

  /** Issue #13: a column left out for its role is in results.json, skipped, with the reason. */
  @Test
  void excludedColumnsAreSkippedEntriesOfResultsJsonWithTheReason() throws Exception {
    run(selectClasspathResource("fixtures/drift/roles.mltest.yaml"));
    JsonNode root = new ObjectMapper().readTree(out.resolve("mltest/results.json").toFile());
    Map<String, JsonNode> byName = new HashMap<>();
    root.get("tests").forEach(t -> byName.put(t.get("name").asText(), t));
    for (String column : List.of("user_id", "email", "ticket")) {
      JsonNode test = byName.get("drift[" + column + "]");
      assertThat(test).as(column).isNotNull();
      assertThat(test.get("outcome").asText()).isEqualTo("skipped");
      assertThat(test.get("message").asText()).startsWith(column + ": excluded from drift: ");
      assertThat(test.get("kind").asText())
          .isEqualTo(byName.get("drift[spend]").get("kind").asText());
    }
    assertThat(byName.get("drift[user_id]").get("message").asText())
        .isEqualTo(
            "user_id: excluded from drift: named like an identifier; list it under 'include' to"
                + " compare it anyway");
    assertThat(root.get("summary").get("skipped").asInt()).isEqualTo(3);
  }

  @Test
  void includeForcesAKeyInAndTheEvidentlyRuleIsAvailable() {
    EngineExecutionResults results =
        run(selectClasspathResource("fixtures/drift/roles-included.mltest.yaml"));

    // Sequential ids: the next 200 never overlap the reference, so they always "drift".
    assertThat(message(results, "column:user_id"))
        .startsWith(
            "fixtures/drift/roles-included.mltest.yaml:4:3 drift[user_id]: user_id: drift"
                + " detected by K-S p_value: ");
    assertThat(results.testEvents().skipped().list())
        .extracting(e -> e.getTestDescriptor().getDisplayName())
        .containsExactlyInAnyOrder("drift[email]", "drift[ticket]");
  }

  @Test
  void columnsPlannedWithoutTheDatasetsSayWhyOnTheDriftSection(@TempDir Path data)
      throws Exception {
    Files.writeString(data.resolve("current.csv"), "amount\n1\n2\n");
    Path suite = data.resolve("gone.mltest.yaml");
    Files.writeString(
        suite, "suite: gone\ndataset: current.csv\ndrift:\n  reference: reference.csv\n");
    EngineExecutionResults results =
        EngineTestKit.engine(new MlTestEngine())
            .selectors(selectFile(suite.toFile()))
            .configurationParameter(Constants.DATA_ALLOWED_ROOTS, "*")
            .outputDirectoryCreator(new TempDirOutput(out))
            .execute();

    List<String> plan =
        results.containerEvents().reportingEntryPublished().stream()
            .filter(e -> segment(e.getTestDescriptor().getUniqueId()).equals("drift:drift"))
            .map(e -> e.getRequiredPayload(ReportEntry.class).getKeyValuePairs())
            .filter(entry -> entry.containsKey("mltest.drift.plan"))
            .map(entry -> entry.get("mltest.drift.plan"))
            .toList();
    assertThat(plan)
        .singleElement()
        .asString()
        .startsWith(suite.toString() + ": drift columns planned from the suite only")
        .contains("reference.csv");
    assertThat(
            results.containerEvents().failed().stream()
                .map(e -> segment(e.getTestDescriptor().getUniqueId())))
        .containsExactly("drift:drift");
  }

  @Test
  void columnsPlannedFromTheDatasetsPublishNoPlanEntry() {
    EngineExecutionResults results = run(selectClasspathResource(SUITE));
    assertThat(results.allEvents().reportingEntryPublished().stream())
        .noneMatch(
            e ->
                e.getRequiredPayload(ReportEntry.class)
                    .getKeyValuePairs()
                    .containsKey("mltest.drift.plan"));
  }

  private static String skipReason(EngineExecutionResults results, String lastSegment) {
    return results.testEvents().skipped().stream()
        .filter(e -> lastSegment.equals(segment(e.getTestDescriptor().getUniqueId())))
        .findFirst()
        .orElseThrow(() -> new AssertionError(lastSegment + " was not skipped"))
        .getRequiredPayload(String.class);
  }

  private static Class<?> errorType(EngineExecutionResults results, String lastSegment) {
    return results.testEvents().finished().stream()
        .filter(e -> lastSegment.equals(segment(e.getTestDescriptor().getUniqueId())))
        .findFirst()
        .orElseThrow()
        .getRequiredPayload(TestExecutionResult.class)
        .getThrowable()
        .orElseThrow()
        .getClass();
  }

  private static String segment(UniqueId id) {
    UniqueId.Segment last = id.getLastSegment();
    return last.getType() + ":" + last.getValue();
  }

  private static String message(EngineExecutionResults results, String lastSegment) {
    List<Event> finished =
        results.testEvents().finished().stream()
            .filter(e -> lastSegment.equals(segment(e.getTestDescriptor().getUniqueId())))
            .toList();
    assertThat(finished).as(lastSegment).hasSize(1);
    TestExecutionResult result = finished.get(0).getRequiredPayload(TestExecutionResult.class);
    return result.getThrowable().orElseThrow().getMessage();
  }
}
