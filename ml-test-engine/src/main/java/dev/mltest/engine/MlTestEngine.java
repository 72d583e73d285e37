package dev.mltest.engine;

import static org.apiguardian.api.API.Status.STABLE;

import dev.mltest.engine.config.BackendChoice;
import dev.mltest.engine.config.MlTestConfiguration;
import dev.mltest.engine.discovery.DiscoverySelectorResolver;
import dev.mltest.engine.discovery.MethodTestKind;
import dev.mltest.engine.execution.MlTestExecutionContext;
import dev.mltest.engine.property.PropertyTestKind;
import dev.mltest.engine.regression.RegressionTestKind;
import dev.mltest.engine.report.RunRecorder;
import dev.mltest.logging.QuietLibraries;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;

/**
 * The {@code ml-test} JUnit Platform engine. It is registered through {@link
 * java.util.ServiceLoader}: putting {@code ml-test-engine} on the test classpath is enough for
 * Maven Surefire, IDEs and the console launcher to run suite files.
 */
@API(status = STABLE, since = "0.1")
public final class MlTestEngine extends HierarchicalTestEngine<MlTestExecutionContext> {
  /** The kinds of ML tests written as Java methods. */
  private static final List<MethodTestKind> METHOD_TEST_KINDS =
      List.of(new RegressionTestKind(), new PropertyTestKind());

  static {
    // Before a test listener (allure-java's) first touches SLF4J, and before any training.
    QuietLibraries.apply();
  }

  @Override
  public String getId() {
    return Constants.ENGINE_ID;
  }

  @Override
  public Optional<String> getGroupId() {
    return Optional.of("dev.mltest");
  }

  @Override
  public Optional<String> getArtifactId() {
    return Optional.of("ml-test-engine");
  }

  @Override
  public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
    DiscoveryIssueReporter issues =
        DiscoveryIssueReporter.deduplicating(
            DiscoveryIssueReporter.forwarding(request.getDiscoveryListener(), uniqueId));
    MlTestConfiguration configuration =
        MlTestConfiguration.from(request.getConfigurationParameters());
    reportConfigurationProblems(request.getConfigurationParameters(), issues);
    // Surefire hands -Dtest to the test JVM as a system property; elsewhere it is unset.
    return DiscoverySelectorResolver.discover(
        request, uniqueId, configuration, issues, METHOD_TEST_KINDS, System.getProperty("test"));
  }

  /**
   * Every configuration value that is not valid, as a warning naming the key, the value and the
   * accepted values. A test that depends on the key also fails with it (a regression test on a bad
   * {@code mltest.baseline.update}), so that {@code mvn test} fails too.
   */
  private static void reportConfigurationProblems(
      ConfigurationParameters parameters, DiscoveryIssueReporter issues) {
    List<String> problems = new ArrayList<>(RunRecorder.configurationProblems(parameters));
    problems.addAll(BackendChoice.problems(parameters));
    problems.addAll(MlTestConfiguration.locationProblems(parameters));
    METHOD_TEST_KINDS.forEach(kind -> problems.addAll(kind.configurationProblems(parameters)));
    problems.stream()
        .distinct()
        .forEach(
            problem ->
                issues.reportIssue(
                    DiscoveryIssue.create(DiscoveryIssue.Severity.WARNING, problem)));
  }

  @Override
  protected MlTestExecutionContext createExecutionContext(ExecutionRequest request) {
    MlTestConfiguration configuration =
        MlTestConfiguration.from(request.getConfigurationParameters());
    return MlTestExecutionContext.create(request, configuration);
  }
}
