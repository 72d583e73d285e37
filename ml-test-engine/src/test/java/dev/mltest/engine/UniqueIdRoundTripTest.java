package dev.mltest.engine;

import static dev.mltest.engine.MlTestKit.descendantIds;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import fixtures.entry.BasicSuites;
import fixtures.entry.PackageSuites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;

/**
 * Every discovered unique id, selected again on its own, discovers exactly that node with its
 * ancestors (and its descendants if it is a container), as IDEs rely on to rerun one test. Covers
 * every fixture suite on the classpath, valid or not, and suites selected as files, from a
 * directory and through entry classes.
 */
class UniqueIdRoundTripTest {
  @TempDir static Path out;

  static TestDescriptor discoverEverything() {
    List<DiscoverySelector> selectors =
        new ArrayList<>(selectClasspathRoots(Set.of(MlTestKit.testClasspathRoot())));
    selectors.add(selectClasspathResource("fixtures/basic/customers.mltest.yaml"));
    selectors.add(selectFile(MlTestKit.resourcePath("fixtures/lines/spaced.mltest.yaml").toFile()));
    selectors.add(selectDirectory(MlTestKit.resourcePath("fixtures/badinput").toFile()));
    selectors.add(selectClass(BasicSuites.class));
    selectors.add(selectClass(PackageSuites.class));
    return MlTestKit.engine(out).selectors(selectors).discover().getEngineDescriptor();
  }

  static Stream<Arguments> everyDiscoveredNode() {
    return discoverEverything().getDescendants().stream()
        .map(node -> Arguments.of(Named.of(node.getUniqueId().toString(), node)));
  }

  @Test
  void everythingDiscoveredCoversEveryKindOfNode() {
    Set<String> kinds = new LinkedHashSet<>();
    discoverEverything()
        .getDescendants()
        .forEach(d -> kinds.add(d.getUniqueId().getLastSegment().getType()));

    assertThat(kinds)
        .containsExactlyInAnyOrder(
            "suite",
            "suite-file",
            "class",
            "expectation",
            "drift",
            "column",
            "coverage",
            "dataset",
            // The classpath root also finds the regression and property fixture classes.
            "regression",
            "metric",
            "property");
    assertThat(descendantIds(discoverEverything()))
        .extracting(UniqueId::toString)
        .anyMatch(id -> id.contains("malformed.mltest.yaml"))
        .anyMatch(id -> id.endsWith("[expectation:sane-age#2]"))
        .anyMatch(id -> id.endsWith("[expectation:notNul%5Bname%5D]"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("everyDiscoveredNode")
  void selectingTheIdAloneDiscoversTheNodeItsAncestorsAndItsDescendants(TestDescriptor node) {
    EngineDiscoveryResults results =
        MlTestKit.engine(out).selectors(selectUniqueId(node.getUniqueId().toString())).discover();

    assertThat(descendantIds(results.getEngineDescriptor()))
        .containsExactlyInAnyOrderElementsOf(expectedIds(node));
    assertThat(results.getDiscoveryIssues())
        .allSatisfy(issue -> assertThat(issue.severity()).isLessThanOrEqualTo(Severity.WARNING));
  }

  private static Set<UniqueId> expectedIds(TestDescriptor node) {
    Set<UniqueId> ids = new LinkedHashSet<>();
    for (Optional<TestDescriptor> p = node.getParent(); p.isPresent(); p = p.get().getParent()) {
      if (!p.get().isRoot()) {
        ids.add(p.get().getUniqueId());
      }
    }
    ids.add(node.getUniqueId());
    ids.addAll(descendantIds(node));
    return ids;
  }
}
