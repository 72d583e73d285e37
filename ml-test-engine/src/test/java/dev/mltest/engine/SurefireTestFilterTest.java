package dev.mltest.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.mltest.engine.regression.ChurnModels;
import fixtures.entry.BasicSuites;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.DiscoveryIssue.Severity;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.testkit.engine.EngineDiscoveryResults;

/**
 * Surefire's {@code -Dtest=Class#name}, which reaches the test JVM as the system property {@code
 * test}: one expectation is selected by its name; a name that selects nothing fails loudly.
 */
class SurefireTestFilterTest {
  @TempDir Path out;

  @AfterEach
  void clear() {
    System.clearProperty("test");
  }

  @Test
  void classAndExpectationNameSelectsThatExpectationOnly() {
    EngineDiscoveryResults results = discover("BasicSuites#adult", selectClass(BasicSuites.class));

    assertThat(tests(results))
        .extracting(TestDescriptor::getDisplayName)
        .containsExactly("customers.mltest.yaml › adult");
    assertThat(results.getDiscoveryIssues()).noneMatch(i -> i.severity() == Severity.ERROR);
  }

  @Test
  void globsAndSeveralNamesWorkAsInSurefire() {
    EngineDiscoveryResults results =
        discover("fixtures.entry.BasicSuites#notNull*+rowCount", selectClass(BasicSuites.class));

    assertThat(tests(results))
        .extracting(TestDescriptor::getDisplayName)
        // both suites of the class: customers and broken
        .containsExactlyInAnyOrder(
            "customers.mltest.yaml › rowCount",
            "customers.mltest.yaml › notNull[income]",
            "broken.mltest.yaml › rowCount",
            "broken.mltest.yaml › notNull[agee]");
  }

  @Test
  void aNameThatSelectsNothingIsAnErrorListingTheNames() {
    EngineDiscoveryResults results =
        discover("BasicSuites#income-strict", selectClass(BasicSuites.class));

    DiscoveryIssue issue = error(results);
    assertThat(issue.message())
        .startsWith(
            "-Dtest=BasicSuites#income-strict: 'income-strict' names no test of BasicSuites")
        .contains("rowCount", "adult");
  }

  @Test
  void aMetricNameSelectsThatMetricOfEveryRegressionMethod() {
    EngineDiscoveryResults results =
        discover("ChurnModels#accuracy", selectClass(ChurnModels.class));

    assertThat(results.getDiscoveryIssues()).noneMatch(i -> i.severity() == Severity.ERROR);
    assertThat(tests(results))
        .extracting(TestDescriptor::getDisplayName)
        .containsExactlyInAnyOrder("logistic() › accuracy", "tree() › accuracy");
  }

  /**
   * Metric tests have no plain method source (so that Surefire names them apart), so Surefire's
   * filter keeps them all: this filter keeps those of the named Java method only.
   */
  @Test
  void aJavaMethodNameSelectsThatMethodsMetricsOnly() {
    EngineDiscoveryResults results = discover("ChurnModels#tree", selectClass(ChurnModels.class));

    assertThat(results.getDiscoveryIssues()).noneMatch(i -> i.severity() == Severity.ERROR);
    assertThat(tests(results))
        .extracting(TestDescriptor::getDisplayName)
        .containsExactly("tree() › accuracy");
  }

  @Test
  void aJavaMethodNameIsNoError() {
    EngineDiscoveryResults results =
        discover("ChurnModels#" + firstRegressionMethod(), selectClass(ChurnModels.class));

    assertThat(results.getDiscoveryIssues()).noneMatch(i -> i.severity() == Severity.ERROR);
  }

  private static String firstRegressionMethod() {
    return java.util.Arrays.stream(ChurnModels.class.getDeclaredMethods())
        .filter(m -> m.isAnnotationPresent(RegressionTest.class))
        .findFirst()
        .orElseThrow()
        .getName();
  }

  private EngineDiscoveryResults discover(String test, DiscoverySelector selector) {
    System.setProperty("test", test);
    return MlTestKit.engine(out).selectors(selector).discover();
  }

  private static List<TestDescriptor> tests(EngineDiscoveryResults results) {
    return results.getEngineDescriptor().getDescendants().stream()
        .filter(TestDescriptor::isTest)
        .map(TestDescriptor.class::cast)
        .toList();
  }

  private static DiscoveryIssue error(EngineDiscoveryResults results) {
    return results.getDiscoveryIssues().stream()
        .filter(i -> i.severity() == Severity.ERROR)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no error in " + results.getDiscoveryIssues()));
  }
}
