package dev.mltest.engine.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.OutputDirectoryCreator;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A drift section opens each of its datasets once per run: discovery binds them to read the schemas
 * its column tests come from, execution compares in those same tables and closes them, and a tree
 * that is only discovered does not keep them open.
 */
class DriftOpensTest {
  private static final String SUITE = "fixtures/drift/shifted.mltest.yaml";
  @TempDir Path out;

  @Test
  void aRunOpensEachDatasetOnceReadsEachSideOnceAndClosesEverything() {
    CountingBackends backends = new CountingBackends();
    EngineExecutionResults results =
        kit(backends).selectors(selectClasspathResource(SUITE)).execute();

    results.testEvents().assertStatistics(s -> s.started(5).failed(4).succeeded(1));
    for (String dataset : new String[] {"reference.csv", "current.csv"}) {
      assertThat(backends.count("open", dataset)).as("%s", backends.all()).isEqualTo(1);
      assertThat(backends.count("close", dataset)).as("%s", backends.all()).isEqualTo(1);
      assertThat(backends.count("numericCounts", dataset)).as("%s", backends.all()).isEqualTo(1);
      assertThat(backends.count("categoryCounts", dataset)).as("%s", backends.all()).isEqualTo(1);
    }
    assertThat(backends.started).hasValue(1);
    assertThat(backends.closed).hasValue(1);
  }

  @Test
  void aTreeDiscoveredAndNeverRunLeaksNothing() throws InterruptedException {
    CountingBackends backends = new CountingBackends();
    assertThat(discoveredColumns(backends)).isEqualTo(3);
    assertThat(backends.started).hasValue(1);
    assertThat(backends.count("open", "reference.csv")).isEqualTo(1);
    assertThat(backends.count("open", "current.csv")).isEqualTo(1);

    awaitClosed(backends);
  }

  @Test
  void aDryRunThatRunsNoNodeLeaksNothing() throws InterruptedException {
    CountingBackends backends = new CountingBackends();
    assertThat(startedInDryRun(backends)).isZero();
    assertThat(backends.count("open", "current.csv")).isEqualTo(1);

    awaitClosed(backends);
  }

  /**
   * Nothing reaches the tree any more (the test kept only numbers): the cleaner closes what its
   * drift section opened.
   */
  private static void awaitClosed(CountingBackends backends) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (backends.closed.get() < 1 && Instant.now().isBefore(deadline)) {
      System.gc();
      Thread.sleep(50);
    }
    assertThat(backends.closed).as("%s", backends.all()).hasValue(1);
    assertThat(backends.count("close", "reference.csv")).as("%s", backends.all()).isEqualTo(1);
    assertThat(backends.count("close", "current.csv")).as("%s", backends.all()).isEqualTo(1);
  }

  /** Runs the suite in dry-run mode, which runs no node's lifecycle, and lets go of the results. */
  private long startedInDryRun(CountingBackends backends) {
    return kit(backends)
        .selectors(selectClasspathResource(SUITE))
        .configurationParameter("junit.platform.execution.dryRun.enabled", "true")
        .execute()
        .testEvents()
        .started()
        .count();
  }

  /** Discovers the suite, and lets go of the tree: only the number of column tests is kept. */
  private int discoveredColumns(CountingBackends backends) {
    TestDescriptor engine =
        kit(backends).selectors(selectClasspathResource(SUITE)).discover().getEngineDescriptor();
    return (int)
        engine.getDescendants().stream()
            .filter(d -> d.getUniqueId().getLastSegment().getType().equals("column"))
            .count();
  }

  private EngineTestKit.Builder kit(CountingBackends backends) {
    return EngineTestKit.engine(new SuiteFilesEngine(backends))
        .enableImplicitConfigurationParameters(false)
        .outputDirectoryCreator(
            new OutputDirectoryCreator() {
              @Override
              public Path getRootDirectory() {
                return out;
              }

              @Override
              public Path createOutputDirectory(TestDescriptor descriptor) {
                return out;
              }
            });
  }
}
