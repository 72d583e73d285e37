package dev.mltest.engine.discovery;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.mltest.engine.MlTestConfiguration;
import dev.mltest.engine.descriptor.MlTestEngineDescriptor;
import java.util.List;
import org.apiguardian.api.API;
import org.junit.platform.commons.io.ResourceFilter;
import org.junit.platform.engine.EngineDiscoveryRequest;
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

  /** Fills the engine descriptor from the request. */
  public static void resolve(
      EngineDiscoveryRequest request,
      MlTestEngineDescriptor engine,
      MlTestConfiguration configuration,
      DiscoveryIssueReporter issues) {
    resolve(request, engine, configuration, issues, List.of());
  }

  /** Fills the engine descriptor from the request, with the given kinds of method tests. */
  public static void resolve(
      EngineDiscoveryRequest request,
      MlTestEngineDescriptor engine,
      MlTestConfiguration configuration,
      DiscoveryIssueReporter issues,
      List<MethodTestKind> kinds) {
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
        .addSelectorResolver(new SuitesClassResolver(configuration, kinds))
        .addSelectorResolver(new DirectoryResolver(configuration))
        .addSelectorResolver(context -> new SuiteResolver(configuration, issues))
        .addTestDescriptorVisitor(
            context -> KindOrder.from(request.getConfigurationParameters(), issues))
        .build()
        .resolve(request, engine, issues);
  }
}
