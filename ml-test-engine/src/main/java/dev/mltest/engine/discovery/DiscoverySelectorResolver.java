package dev.mltest.engine.discovery;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.mltest.engine.config.MlTestConfiguration;
import dev.mltest.engine.suite.SuiteFiles;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.platform.commons.io.ResourceFilter;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;

/**
 * Resolves every selector the engine supports: classpath roots, packages and modules (scanned for
 * suite files and for classes with method-based ML tests), classpath resources and files (with an
 * optional line), directories, the entry-point class, unique ids.
 */
@API(status = INTERNAL, since = "0.1")
public final class DiscoverySelectorResolver {
  private DiscoverySelectorResolver() {}

  /**
   * The engine's tree for the request: every selected suite file and method-based ML test of the
   * given kinds, ordered by kind, narrowed by Surefire's {@code -Dtest} filter if it is set.
   *
   * @param surefireFilter the {@code test} system property Surefire hands the test JVM, if any
   */
  public static TestDescriptor discover(
      EngineDiscoveryRequest request,
      UniqueId uniqueId,
      MlTestConfiguration configuration,
      DiscoveryIssueReporter issues,
      List<MethodTestKind> kinds,
      @Nullable String surefireFilter) {
    MlTestEngineDescriptor engine = new MlTestEngineDescriptor(uniqueId);
    EngineDiscoveryRequestResolver.Builder<MlTestEngineDescriptor> builder =
        EngineDiscoveryRequestResolver.<MlTestEngineDescriptor>builder()
            // A package, module or the whole classpath finds the suite files and the classes with
            // method-based ML tests (an IDE's "run all tests in package").
            .addSelectorResolver(
                context ->
                    new ContainerResolver(
                        ResourceFilter.of(r -> configuration.isSuite(r.getName())),
                        SuitesClassResolver.methodTestClasses(kinds),
                        context.getClassNameFilter(),
                        context.getPackageFilter()))
            .addSelectorResolver(new SuitesClassResolver(configuration, kinds));
    SuiteFiles.resolvers(configuration, issues).forEach(builder::addSelectorResolver);
    builder
        .addTestDescriptorVisitor(
            context -> KindOrder.from(request.getConfigurationParameters(), issues))
        .build()
        .resolve(request, engine, issues);
    SurefireTestFilter.parse(surefireFilter).apply(engine, issues);
    return engine;
  }
}
