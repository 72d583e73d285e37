package dev.mltest.engine.discovery;

import dev.mltest.engine.execution.MlTestExecutionContext;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** The root of the ml-test tree. */
final class MlTestEngineDescriptor extends EngineDescriptor
    implements Node<MlTestExecutionContext> {

  public MlTestEngineDescriptor(UniqueId uniqueId) {
    super(uniqueId, "MLTest");
  }

  /** Writes the run's reports once every test has finished, and closes its data backends. */
  @Override
  public void after(MlTestExecutionContext context) {
    try {
      context.recorder().writeReports(this, context.datasetFailures());
    } finally {
      context.backends().close();
    }
  }
}
