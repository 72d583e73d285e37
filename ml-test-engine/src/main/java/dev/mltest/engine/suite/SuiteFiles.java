package dev.mltest.engine.suite;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.mltest.data.DataBackends;
import dev.mltest.engine.config.MlTestConfiguration;
import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Suite files as the rest of the engine sees them: the resolvers that turn selectors into suite
 * nodes, and the few facts discovery needs about those nodes (which are suites, what a user types
 * to name one of their checks). Everything else in this package is package-private.
 */
@API(status = INTERNAL, since = "0.1")
public final class SuiteFiles {
  private SuiteFiles() {}

  /**
   * The resolvers of suite files: classpath resources and files (optionally with a line),
   * directories, expectations by name, and the unique ids of all of them.
   */
  public static List<SelectorResolver> resolvers(
      MlTestConfiguration configuration, DiscoveryIssueReporter issues) {
    return List.of(
        new DirectoryResolver(configuration),
        new SuiteResolver(
            configuration,
            issues,
            // Drift sections bind their datasets at discovery, before the run's backends exist.
            name -> {
              String backend = name == null ? configuration.backends().backend() : name;
              return DataBackends.open(backend, configuration.backends().settingsOf(backend));
            }));
  }

  /** The selector of a suite resource below a test class's node, e.g. an entry class's suite. */
  public static DiscoverySelector suiteBelow(UniqueId classId, String resourceName) {
    return DiscoverySelectors.selectUniqueId(
        classId.append(SuiteSource.Classpath.SEGMENT, resourceName));
  }

  /** Whether the node is a suite file's node. */
  public static boolean isSuite(TestDescriptor node) {
    String type = node.getUniqueId().getLastSegment().getType();
    return type.equals(SuiteSource.Classpath.SEGMENT) || type.equals(SuiteSource.File.SEGMENT);
  }

  /**
   * The name a user types for a check of a suite, if the node is one: an expectation's id or {@code
   * key[columns]}, a drift check's display name.
   */
  public static Optional<String> checkName(TestDescriptor node) {
    if (node instanceof ExpectationDescriptor e) {
      return Optional.of(e.entry().name());
    }
    if (node instanceof DriftCheckDescriptor d) {
      return Optional.of(d.name());
    }
    return Optional.empty();
  }
}
