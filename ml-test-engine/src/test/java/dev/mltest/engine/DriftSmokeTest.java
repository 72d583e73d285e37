package dev.mltest.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

class DriftSmokeTest {
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
        .startsWith("amount: drift detected by K-S p_value: ")
        .endsWith("<= 0.05 (reference 400 values, current 400)");
    assertThat(message(results, "column:segment"))
        .contains("chi-square")
        .contains("new categories: z");
    assertThat(message(results, "coverage:newCategories[segment]"))
        .isEqualTo(
            "segment: 3.5% of 400 current values have categories the reference never has: z (at most 1% allowed)");
    assertThat(message(results, "dataset:dataset"))
        .isEqualTo("dataset drift: 2 of 3 columns drifted (66.7%), limit 50%: amount, segment");
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
