package dev.mltest.engine;

import static dev.mltest.engine.MlTestEvents.expectation;
import static dev.mltest.engine.MlTestEvents.suite;
import static dev.mltest.engine.MlTestKit.single;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathResource;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectPackage;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.mltest.engine.suite.SuiteDefinitionException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.ClasspathResourceSource;
import org.junit.platform.engine.support.descriptor.CompositeTestSource;
import org.junit.platform.engine.support.descriptor.FileSource;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * The {@code mltest.*} configuration parameters, by their documented names: the suite suffix, the
 * data root and the source roots for IDE navigation.
 */
class ConfigurationTest {
  private static final String ROOTED = "fixtures/config/rooted.mltest.yaml";

  @TempDir Path out;

  /**
   * One policy for every key: a value that is not valid is a discovery issue naming the key, the
   * value and the accepted values, never a silent default.
   */
  @Test
  void aBadValueIsADiscoveryIssueNamingKeyValueAndAcceptedValues() {
    List<DiscoveryIssue> issues =
        MlTestKit.engine(out)
            .configurationParameter(Constants.BASELINE_UPDATE, "yes")
            .configurationParameter(Constants.REPORT_MAX_CHARS, "many")
            .configurationParameter(Constants.PROPERTY_TRIES, "12.5")
            .configurationParameter(Constants.BACKEND, "sparc")
            .selectors(selectClasspathResource(ROOTED))
            .discover()
            .getDiscoveryIssues();

    assertThat(issues)
        .extracting(DiscoveryIssue::severity)
        .containsOnly(DiscoveryIssue.Severity.WARNING);
    assertThat(issues)
        .extracting(DiscoveryIssue::message)
        .containsExactlyInAnyOrder(
            "configuration parameter mltest.baseline.update has the invalid value 'yes'; accepted"
                + " values: true, false",
            "configuration parameter mltest.report.max-chars has the invalid value 'many'; accepted"
                + " values: a whole number of at least 2000",
            "configuration parameter mltest.property.tries has the invalid value '12.5'; accepted"
                + " values: a whole number",
            // The backends on the engine's own test classpath: DuckDB only.
            "configuration parameter mltest.backend has the invalid value 'sparc'; accepted"
                + " values: duckdb");
  }

  /**
   * {@code mltest.duckdb.*} parameters are the DuckDB backend's settings: a value DuckDB could not
   * run with fails the suite on its own node, naming the key, instead of being ignored.
   */
  @Test
  void duckDbSettingsReachTheBackendAndABadOneFailsTheSuiteNamingTheKey() {
    String root = "src/test/resources/fixtures/dataroot";
    EngineExecutionResults bad =
        runRooted(Map.of("mltest.data.root", root, "mltest.duckdb.memory-limit", "1MB"));
    bad.containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                suite("rooted.mltest.yaml"),
                finishedWithFailure(
                    message(m -> m.contains("mltest.duckdb.memory-limit is '1MB', below")))));

    EngineExecutionResults good =
        runRooted(
            Map.of(
                "mltest.data.root",
                root,
                "mltest.duckdb.memory-limit",
                "300MB",
                "mltest.duckdb.temp-directory",
                "none"));
    good.testEvents().assertStatistics(stats -> stats.failed(0).succeeded(1));
  }

  @Test
  void suitesHaveTheDefaultSuffixUnlessConfigured() {
    TestDescriptor engine =
        MlTestKit.engine(out)
            .selectors(selectPackage("fixtures.config"))
            .discover()
            .getEngineDescriptor();

    assertThat(engine.getChildren())
        .extracting(TestDescriptor::getUniqueId)
        .containsExactly(MlTestKit.suite(ROOTED));
  }

  @Test
  void configuredSuffixFindsOtherSuitesAndOnlyThose() {
    TestDescriptor engine =
        MlTestKit.engine(out)
            .configurationParameter("mltest.suite.suffix", " .checks.yaml ")
            .selectors(
                selectPackage("fixtures.config"),
                selectDirectory(MlTestKit.resourcePath("fixtures/config").toFile()))
            .discover()
            .getEngineDescriptor();

    assertThat(engine.getChildren())
        .extracting(TestDescriptor::getUniqueId)
        .containsExactlyInAnyOrder(
            MlTestKit.suite("fixtures/config/other.checks.yaml"),
            MlTestKit.suiteFile(MlTestKit.resourcePath("fixtures/config/other.checks.yaml")));
  }

  @Test
  void configuredSuffixRunsThoseSuites() {
    EngineExecutionResults results =
        MlTestKit.engine(out)
            .configurationParameter("mltest.suite.suffix", ".checks.yaml")
            .selectors(selectClasspathResource("fixtures/config/other.checks.yaml"))
            .execute();

    results.testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void datasetNotBesideTheSuiteIsNotFoundWithoutADataRoot() {
    Path beside = MlTestKit.resourcePath("fixtures/config").resolve("shared/people.csv");

    runRooted(Map.of())
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                suite("rooted.mltest.yaml"),
                finishedWithFailure(
                    instanceOf(SuiteDefinitionException.class),
                    message(
                        ROOTED
                            + ":1:10: dataset file 'shared/people.csv' not found; looked for ["
                            + beside
                            + "]"))));
  }

  @Test
  void datasetIsFoundUnderTheDataRootRelativeToTheWorkingDirectory() {
    // Surefire and IDEs run tests in the module folder.
    assertThat(Path.of("src/test/resources/fixtures/dataroot/shared/people.csv")).isRegularFile();

    runRooted(Map.of("mltest.data.root", "src/test/resources/fixtures/dataroot"))
        .testEvents()
        .assertThatEvents()
        .haveExactly(1, event(expectation("rowCount"), finishedSuccessfully()));
  }

  @Test
  void missingDatasetNamesBothPlacesTriedWhenADataRootIsSet() throws IOException {
    Path emptyRoot = Files.createDirectories(out.resolve("empty-root"));
    Path beside = MlTestKit.resourcePath("fixtures/config").resolve("shared/people.csv");

    runRooted(Map.of("mltest.data.root", emptyRoot.toString()))
        .containerEvents()
        .assertThatEvents()
        .haveExactly(
            1,
            event(
                suite("rooted.mltest.yaml"),
                finishedWithFailure(
                    message(
                        ROOTED
                            + ":1:10: dataset file 'shared/people.csv' not found; looked for ["
                            + beside
                            + ", "
                            + emptyRoot.resolve("shared/people.csv")
                            + "]"))));
  }

  @Test
  void sourceRootsPointIdesAtTheFirstRootHoldingASourceCopy() throws IOException {
    Path without = Files.createDirectories(out.resolve("without"));
    Path with = out.resolve("with");
    Path copy = with.resolve(ROOTED);
    Files.createDirectories(copy.getParent());
    Files.copy(MlTestKit.resourcePath(ROOTED), copy);

    TestDescriptor suite = discoverRooted(without + ", " + with);

    assertThat(suite.getSource())
        .contains(
            CompositeTestSource.from(
                List.of(
                    FileSource.from(copy.toAbsolutePath().toFile()),
                    ClasspathResourceSource.from(ROOTED))));
  }

  @Test
  void sourceRootsWithoutACopyLeaveTheClasspathSourceAlone() throws IOException {
    Path without = Files.createDirectories(out.resolve("without"));

    assertThat(discoverRooted(without.toString()).getSource())
        .contains(ClasspathResourceSource.from(ROOTED));
    assertThat(discoverRooted("").getSource()).contains(ClasspathResourceSource.from(ROOTED));
  }

  private EngineExecutionResults runRooted(Map<String, String> configuration) {
    return MlTestKit.engine(out)
        .configurationParameters(configuration)
        .selectors(selectClasspathResource(ROOTED))
        .execute();
  }

  private TestDescriptor discoverRooted(String sourceRoots) {
    return single(
        MlTestKit.engine(out)
            .configurationParameter("mltest.ide.source-roots", sourceRoots)
            .selectors(selectClasspathResource(ROOTED))
            .discover()
            .getEngineDescriptor()
            .getChildren());
  }
}
