package dev.mltest.engine.execution;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The base of every ml-test node below the engine: nodes run without the global read lock (they
 * share no JVM-wide state), and each reports how it finished to the run's recorder, so that a test
 * that broke before recording what it judged still counts in the reports.
 */
@API(status = INTERNAL, since = "0.1")
public abstract class MlTestNode extends AbstractTestDescriptor
    implements Node<MlTestExecutionContext> {

  protected MlTestNode(UniqueId uniqueId, String displayName, @Nullable TestSource source) {
    super(uniqueId, displayName, source);
  }

  @Override
  public void nodeFinished(
      MlTestExecutionContext context, TestDescriptor descriptor, TestExecutionResult result) {
    context.recorder().finished(descriptor, result);
  }

  @Override
  public boolean isGlobalReadLockRequired() {
    return false;
  }
}
