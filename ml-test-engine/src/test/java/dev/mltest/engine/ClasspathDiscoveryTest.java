package dev.mltest.engine;

import static dev.mltest.engine.MlTestEvents.expectation;
import static dev.mltest.engine.MlTestKit.descendantIds;
import static dev.mltest.engine.MlTestKit.expectation;
import static dev.mltest.engine.MlTestKit.single;
import static dev.mltest.engine.MlTestKit.suite;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.started;

import dev.mltest.engine.property.fixtures.ScalerProperties;
import dev.mltest.engine.regression.ChurnModels;
import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.discovery.FilePosition;
import org.junit.platform.engine.discovery.PackageNameFilter;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.CompositeTestSource;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/** Suites found on the classpath: by root, package and resource, with and without a line. */
class ClasspathDiscoveryTest {
  private static final String CUSTOMERS = "fixtures/basic/customers.mltest.yaml";
  private static final String BROKEN = "fixtures/basic/broken.mltest.yaml";
  private static final String SPACED = "fixtures/lines/spaced.mltest.yaml";

  @TempDir Path out;

  @Test
  void classpathRootFindsEverySuiteResourceButNoOtherFile() {
    TestDescriptor engine =
        discover(
                selectClasspathRoots(Set.of(MlTestKit.testClasspathRoot()))
                    .toArray(DiscoverySelector[]::new))
            .getEngineDescriptor();

    assertThat(engine.getChildren())
        .extracting(TestDescriptor::getUniqueId)
        .filteredOn(id -> !id.getLastSegment().getType().equals("class"))
        .contains(
            suite(CUSTOMERS),
            suite(BROKEN),
            suite(SPACED),
            suite("fixtures/entry/orders.mltest.yaml"),
            suite("fixtures/entry/nested/deeper.mltest.yaml"))
        .allMatch(id -> id.getLastSegment().getType().equals("suite"))
        .allMatch(id -> id.getLastSegment().getValue().endsWith(".mltest.yaml"));
  }

  @Test
  void classpathRootHonoursThePackageFilter() {
    TestDescriptor engine =
        MlTestKit.engine(out)
            .selectors(
                selectClasspathRoots(Set.of(MlTestKit.testClasspathRoot()))
                    .toArray(DiscoverySelector[]::new))
            .filters(PackageNameFilter.includePackageNames("fixtures.basic"))
            .discover()
            .getEngineDescriptor();

    assertThat(engine.getChildren())
        .extracting(TestDescriptor::getUniqueId)
        .containsExactlyInAnyOrder(suite(CUSTOMERS), suite(BROKEN));
  }

  @Test
  void classpathRootAndPackageFindRegressionAndPropertyClasses() {
    TestDescriptor root =
        discover(
                selectClasspathRoots(Set.of(MlTestKit.testClasspathRoot()))
                    .toArray(DiscoverySelector[]::new))
            .getEngineDescriptor();
    TestDescriptor regression =
        discover(selectPackage(ChurnModels.class.getPackageName())).getEngineDescriptor();
    TestDescriptor property =
        discover(selectPackage(ScalerProperties.class.getPackageName())).getEngineDescriptor();

    assertThat(root.getChildren())
        .extracting(TestDescriptor::getUniqueId)
        .contains(
            MlTestKit.entryClass(ChurnModels.class), MlTestKit.entryClass(ScalerProperties.class));
    assertThat(regression.getChildren())
        .extracting(TestDescriptor::getUniqueId)
        .contains(MlTestKit.entryClass(ChurnModels.class))
        .allMatch(id -> id.getLastSegment().getType().equals("class"));
    assertThat(descendantIds(regression))
        .anyMatch(id -> id.getLastSegment().getType().equals("regression"));
    assertThat(property.getChildren())
        .extracting(TestDescriptor::getUniqueId)
        .contains(MlTestKit.entryClass(ScalerProperties.class));
    assertThat(descendantIds(property))
        .anyMatch(id -> id.getLastSegment().getType().equals("property"));
  }

  @Test
  void packageFindsTheSuiteResourcesOfThatPackage() {
    TestDescriptor engine = discover(selectPackage("fixtures.basic")).getEngineDescriptor();

    assertThat(engine.getChildren())
        .extracting(TestDescriptor::getUniqueId)
        .containsExactlyInAnyOrder(suite(CUSTOMERS), suite(BROKEN));
    assertThat(descendantIds(engine))
        .contains(
            expectation(suite(CUSTOMERS), "between[income]"),
            expectation(suite(BROKEN), "betwen[age]"));
  }

  @Test
  void packageAlsoFindsSuitesInSubpackages() {
    TestDescriptor engine = discover(selectPackage("fixtures.entry")).getEngineDescriptor();

    assertThat(engine.getChildren())
        .extracting(TestDescriptor::getUniqueId)
        .containsExactlyInAnyOrder(
            suite("fixtures/entry/orders.mltest.yaml"),
            suite("fixtures/entry/nested/deeper.mltest.yaml"));
  }

  @Test
  void classpathResourceSelectsTheSuiteWithAllItsExpectationsInFileOrder() {
    TestDescriptor engine = discover(selectClasspathResource(CUSTOMERS)).getEngineDescriptor();

    TestDescriptor suite = single(engine.getChildren());
    assertThat(suite.getUniqueId()).isEqualTo(suite(CUSTOMERS));
    assertThat(suite.isContainer()).isTrue();
    assertThat(suite.getChildren())
        .extracting(d -> d.getUniqueId().getLastSegment().getValue())
        .containsExactly(
            "rowCount",
            "primaryKey[customer_id]",
            "notNull[income]",
            "between[income]",
            "inSet[segment]",
            "adult");
    assertThat(suite.getChildren()).allMatch(TestDescriptor::isTest);
  }

  @Test
  void classpathResourceThatIsNoSuiteIsLeftAlone() {
    EngineDiscoveryResults results =
        discover(selectClasspathResource("fixtures/basic/data/customers.csv"));

    assertThat(results.getEngineDescriptor().getChildren()).isEmpty();
    assertThat(results.getDiscoveryIssues()).isEmpty();
  }

  @ParameterizedTest(name = "line {0}")
  @ValueSource(ints = {8, 9, 11})
  void lineInsideAnItemSelectsOnlyThatExpectation(int line) {
    EngineDiscoveryResults results =
        discover(selectClasspathResource(SPACED, FilePosition.from(line)));

    assertThat(descendantIds(results.getEngineDescriptor()))
        .containsExactly(suite(SPACED), expectation(suite(SPACED), "between[age]"));
    assertThat(results.getDiscoveryIssues()).isEmpty();
  }

  @Test
  void twoLinesSelectTwoExpectationsButNotTheThird() {
    TestDescriptor engine =
        discover(
                selectClasspathResource(SPACED, FilePosition.from(4)),
                selectClasspathResource(SPACED, FilePosition.from(13)))
            .getEngineDescriptor();

    assertThat(descendantIds(engine))
        .containsExactlyInAnyOrder(
            suite(SPACED),
            expectation(suite(SPACED), "rowCount"),
            expectation(suite(SPACED), "notNull[name]"));
  }

  @Test
  void lineSelectionRunsOnlyThatExpectation() {
    EngineExecutionResults results =
        MlTestKit.engine(out)
            .selectors(selectClasspathResource(SPACED, FilePosition.from(13)))
            .execute();

    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    results
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(expectation("notNull[name]"), started()))
        .noneMatch(expectation("rowCount")::matches)
        .noneMatch(expectation("between[age]")::matches);
  }

  @ParameterizedTest(name = "line {0}")
  @ValueSource(ints = {1, 2, 6, 7, 12})
  void lineOutsideEveryItemSelectsTheWholeSuiteWithAWarning(int line) {
    EngineDiscoveryResults results =
        discover(selectClasspathResource(SPACED, FilePosition.from(line)));

    TestDescriptor suite = single(results.getEngineDescriptor().getChildren());
    assertThat(suite.getUniqueId()).isEqualTo(suite(SPACED));
    assertThat(suite.getChildren()).hasSize(3);
    DiscoveryIssue issue = single(results.getDiscoveryIssues());
    assertThat(issue.severity()).isEqualTo(Severity.WARNING);
    assertThat(issue.message())
        .isEqualTo(
            SPACED + " has no expectation at line " + line + "; selecting the whole suite instead");
    assertThat(issue.source())
        .get()
        .isInstanceOfSatisfying(
            CompositeTestSource.class,
            source ->
                assertThat(source.getSources())
                    .contains(ClasspathResourceSource.from(SPACED))); // no position: the suite
  }

  @Test
  void linePastTheEndOfTheFileSelectsNothingAndSaysSo() {
    EngineDiscoveryResults results =
        discover(selectClasspathResource(SPACED, FilePosition.from(99)));

    assertThat(results.getEngineDescriptor().getDescendants()).noneMatch(TestDescriptor::isTest);
    DiscoveryIssue issue = single(results.getDiscoveryIssues());
    assertThat(issue.severity()).isEqualTo(Severity.WARNING);
    assertThat(issue.message()).startsWith(SPACED + " has ").contains("so line 99 selects nothing");
  }

  private EngineDiscoveryResults discover(DiscoverySelector... selectors) {
    return MlTestKit.engine(out).selectors(selectors).discover();
  }
}
