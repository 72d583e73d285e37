package dev.mltest.engine.suite;

import dev.mltest.data.DataBackend;
import dev.mltest.engine.config.MlTestConfiguration;
import dev.mltest.engine.execution.MlTestExecutionContext;
import java.util.function.Supplier;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.discovery.DiscoveryIssueReporter;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * An engine of suite files alone, whose drift sections start their backends from the supplier
 * given, the way {@code MlTestEngine} wires {@link SuiteFiles#resolvers} with DuckDB.
 */
final class SuiteFilesEngine extends HierarchicalTestEngine<MlTestExecutionContext> {
  private final Supplier<DataBackend> backends;

  SuiteFilesEngine(Supplier<DataBackend> backends) {
    this.backends = backends;
  }

  @Override
  public String getId() {
    return "ml-test-suite-files";
  }

  @Override
  public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
    DiscoveryIssueReporter issues =
        DiscoveryIssueReporter.forwarding(request.getDiscoveryListener(), uniqueId);
    MlTestConfiguration configuration =
        MlTestConfiguration.from(request.getConfigurationParameters());
    Root root = new Root(uniqueId);
    EngineDiscoveryRequestResolver.<Root>builder()
        .addSelectorResolver(new SuiteResolver(configuration, issues, name -> backends.get()))
        .build()
        .resolve(request, root, issues);
    return root;
  }

  @Override
  protected MlTestExecutionContext createExecutionContext(ExecutionRequest request) {
    return MlTestExecutionContext.create(
        request, MlTestConfiguration.from(request.getConfigurationParameters()));
  }

  private static final class Root extends EngineDescriptor implements Node<MlTestExecutionContext> {
    Root(UniqueId id) {
      super(id, "suite files");
    }
  }
}
