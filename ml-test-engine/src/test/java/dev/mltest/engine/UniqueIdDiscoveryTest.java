package dev.mltest.engine;

import static dev.mltest.engine.MlTestEvents.expectation;
import static dev.mltest.engine.MlTestKit.descendantIds;
import static dev.mltest.engine.MlTestKit.entryClass;
import static dev.mltest.engine.MlTestKit.expectation;
import static dev.mltest.engine.MlTestKit.suite;
import static dev.mltest.engine.MlTestKit.suiteFile;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.started;

import fixtures.entry.BasicSuites;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * Selection by unique id, as IDEs do to rerun one node: the node, its ancestors, and for a
 * container its descendants, never a sibling.
 */
class UniqueIdDiscoveryTest {
  private static final String CUSTOMERS = "fixtures/basic/customers.mltest.yaml";
  private static final String BROKEN = "fixtures/basic/broken.mltest.yaml";

  @TempDir Path out;

  @Test
  void suiteIdSelectsTheSuiteWithAllItsExpectations() {
    assertThat(descendantIds(discover(suite(CUSTOMERS)).getEngineDescriptor()))
        .hasSize(7)
        .startsWith(suite(CUSTOMERS))
        .contains(
            expectation(suite(CUSTOMERS), "rowCount"), expectation(suite(CUSTOMERS), "adult"));
  }

  @Test
  void expectationIdSelectsOnlyThatExpectation() {
    UniqueId adult = expectation(suite(CUSTOMERS), "adult");

    assertThat(descendantIds(discover(adult).getEngineDescriptor()))
        .containsExactly(suite(CUSTOMERS), adult);
  }

  @Test
  void expectationIdRunsOnlyThatExpectation() {
    EngineExecutionResults results =
        MlTestKit.engine(out)
            .selectors(selectUniqueId(expectation(suite(CUSTOMERS), "between[income]")))
            .execute();

    results.testEvents().assertStatistics(stats -> stats.started(1).failed(1));
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(expectation("between[income]"), finishedWithFailure()))
        .noneMatch(event(expectation("adult"), started())::matches);
  }

  @Test
  void expectationIdOfAnInvalidItemSelectsIt() {
    UniqueId betwen = expectation(suite(BROKEN), "betwen[age]");

    assertThat(descendantIds(discover(betwen).getEngineDescriptor()))
        .containsExactly(suite(BROKEN), betwen);
  }

  @Test
  void entryClassIdSelectsTheClassWithAllItsSuites() {
    UniqueId entry = entryClass(BasicSuites.class);

    assertThat(descendantIds(discover(entry).getEngineDescriptor()))
        .hasSize(1 + 2 + 6 + 3)
        .startsWith(entry)
        .contains(suite(entry, CUSTOMERS), suite(entry, BROKEN));
  }

  @Test
  void suiteIdBelowAClassSelectsTheClassAndThatSuiteOnly() {
    UniqueId entry = entryClass(BasicSuites.class);

    assertThat(descendantIds(discover(suite(entry, BROKEN)).getEngineDescriptor()))
        .containsExactly(
            entry,
            suite(entry, BROKEN),
            expectation(suite(entry, BROKEN), "betwen[age]"),
            expectation(suite(entry, BROKEN), "notNull[agee]"),
            expectation(suite(entry, BROKEN), "rowCount"));
  }

  @Test
  void expectationIdBelowAClassSelectsOnlyThatExpectation() {
    UniqueId entry = entryClass(BasicSuites.class);
    UniqueId rowCount = expectation(suite(entry, CUSTOMERS), "rowCount");

    EngineExecutionResults results =
        MlTestKit.engine(out).selectors(selectUniqueId(rowCount)).execute();

    assertThat(descendantIds(discover(rowCount).getEngineDescriptor()))
        .containsExactly(entry, suite(entry, CUSTOMERS), rowCount);
    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void suiteFileIdSelectsTheFile() {
    Path file = MlTestKit.resourcePath("fixtures/entry/orders.mltest.yaml");

    assertThat(descendantIds(discover(suiteFile(file)).getEngineDescriptor()))
        .containsExactly(suiteFile(file), expectation(suiteFile(file), "rowCount"));
  }

  @Test
  void expectationIdNamingNoExpectationIsReportedAsUnresolved() {
    // A stale id, e.g. an IDE rerunning a test that was renamed since: reported like a stale
    // class or method id of any other engine, not silently dropped.
    EngineDiscoveryResults results = discover(expectation(suite(CUSTOMERS), "renamed"));

    assertThat(results.getEngineDescriptor().getDescendants()).isEmpty();
    assertThat(results.getDiscoveryIssues())
        .singleElement()
        .satisfies(
            issue -> {
              assertThat(issue.severity()).isEqualTo(Severity.ERROR);
              assertThat(issue.message())
                  .contains("[expectation:renamed]")
                  .contains("could not be resolved");
            });
  }

  private EngineDiscoveryResults discover(UniqueId id) {
    return MlTestKit.engine(out).selectors(selectUniqueId(id)).discover();
  }
}
