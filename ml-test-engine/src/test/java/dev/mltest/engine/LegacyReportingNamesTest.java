package dev.mltest.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import dev.mltest.engine.regression.BareModels;
import fixtures.entry.BasicSuites;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.CompositeTestSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * XML reports that follow JUnit's legacy reporting (the console launcher's, Gradle's) name a test
 * by its legacy reporting name and its class by its Java class, else by its parent's legacy name:
 * every test then has a unique, readable (class, name) pair, also when two suites share expectation
 * names and every metric test of a method shares the method's source.
 *
 * <p>Maven Surefire's XML names the tests of a Java class flatly: a test with a plain method source
 * after its Java method, any other test by its display name. So below a class, display names are
 * unique, and only tests that are a Java method of their own have a plain method source.
 */
class LegacyReportingNamesTest {
  @TempDir Path out;

  private TestDescriptor discoverEverything() {
    List<DiscoverySelector> selectors =
        new ArrayList<>(selectClasspathRoots(Set.of(MlTestKit.testClasspathRoot())));
    selectors.add(selectFile(MlTestKit.resourcePath("fixtures/lines/spaced.mltest.yaml").toFile()));
    selectors.add(selectClass(BasicSuites.class));
    selectors.add(selectClass(BareModels.class));
    return MlTestKit.engine(out).selectors(selectors).discover().getEngineDescriptor();
  }

  /** The class a legacy XML report gives a test (JUnit's {@code LegacyReportingUtils} rule). */
  private static String reportedClass(TestDescriptor test) {
    for (Optional<TestDescriptor> node = Optional.of(test);
        node.isPresent();
        node = node.get().getParent()) {
      TestSource source = node.get().getSource().orElse(null);
      if (source instanceof ClassSource c) {
        return c.getClassName();
      }
      if (source instanceof MethodSource m) {
        return m.getClassName();
      }
    }
    return test.getParent().map(TestDescriptor::getLegacyReportingName).orElse("<unrooted>");
  }

  @Test
  void everyTestHasAUniqueReadableClassAndName() {
    List<TestDescriptor> tests =
        discoverEverything().getDescendants().stream()
            .filter(TestDescriptor::isTest)
            .map(TestDescriptor.class::cast)
            .toList();
    List<String> pairs =
        tests.stream().map(t -> reportedClass(t) + " | " + t.getLegacyReportingName()).toList();

    assertThat(tests).hasSizeGreaterThan(50);
    assertThat(pairs).doesNotHaveDuplicates().noneMatch(p -> p.contains("[engine:"));
    assertThat(pairs)
        .contains(
            "dev.mltest.engine.regression.BareModels | bounded() › accuracy",
            "dev.mltest.engine.regression.BareModels | bounded() › macroF1",
            "fixtures/config/rooted.mltest.yaml | rooted.mltest.yaml › rowCount",
            "fixtures.entry.BasicSuites | customers.mltest.yaml › rowCount",
            "fixtures.entry.BasicSuites | broken.mltest.yaml › rowCount");
  }

  @Test
  void belowAJavaClassEveryTestHasItsOwnSurefireName() {
    Map<String, List<String>> namesByClass = new TreeMap<>();
    for (TestDescriptor test : discoverEverything().getDescendants()) {
      if (!test.isTest() || !test.getUniqueId().toString().contains("[class:")) {
        continue;
      }
      String name =
          test.getSource().orElse(null) instanceof MethodSource m
              ? m.getMethodName()
              : test.getDisplayName();
      namesByClass.computeIfAbsent(reportedClass(test), c -> new ArrayList<>()).add(name);
    }

    assertThat(namesByClass).containsKeys(BasicSuites.class.getName(), BareModels.class.getName());
    namesByClass.forEach(
        (type, names) -> assertThat(names).as("tests of %s", type).doesNotHaveDuplicates());
    assertThat(namesByClass.get(BasicSuites.class.getName()))
        .contains("customers.mltest.yaml › rowCount", "broken.mltest.yaml › rowCount");
    assertThat(namesByClass.get(BareModels.class.getName()))
        .contains("bounded() › accuracy", "bounded() › macroF1");
  }

  /** IntelliJ navigates a composite source by its first navigable member: the method. */
  @Test
  void aMetricTestStillPointsAtItsMethod() {
    TestDescriptor metric =
        discoverEverything().getDescendants().stream()
            .filter(d -> d.getDisplayName().equals("bounded() › accuracy"))
            .findFirst()
            .orElseThrow();

    assertThat(metric.getSource())
        .get()
        .isInstanceOfSatisfying(
            CompositeTestSource.class,
            c ->
                assertThat(c.getSources())
                    .singleElement()
                    .isEqualTo(MethodSource.from(BareModels.class.getName(), "bounded", "")));
  }

  @Test
  void aSuiteRunOnItsOwnKeepsShortTestNames() {
    assertThat(discoverEverything().getDescendants())
        .extracting(TestDescriptor::getDisplayName)
        .contains("rowCount")
        .contains("customers.mltest.yaml › rowCount");
  }

  @Test
  void anEntryClassReportsItsFullyQualifiedName() {
    TestDescriptor engine = discoverEverything();
    assertThat(engine.getChildren())
        .filteredOn(c -> c.getUniqueId().getLastSegment().getType().equals("class"))
        .extracting(TestDescriptor::getLegacyReportingName)
        .contains(BasicSuites.class.getName());
  }
}
