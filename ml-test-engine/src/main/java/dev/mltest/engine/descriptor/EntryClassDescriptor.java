package dev.mltest.engine.descriptor;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.mltest.engine.execution.MlTestExecutionContext;
import org.apiguardian.api.API;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A Java test class: the entry point annotated {@code @MlTestSuites}, holding the suites it
 * selects, and/or a class declaring ML test methods, holding their nodes. Maven Surefire runs and
 * reports only test classes it finds as a {@link ClassSource} in the test plan, so suites selected
 * through the class hang below this node.
 */
@API(status = INTERNAL, since = "0.1")
public final class EntryClassDescriptor extends AbstractTestDescriptor
    implements Node<MlTestExecutionContext> {
  /** The unique-id segment type of an entry class. */
  public static final String SEGMENT = "class";

  private final String className;

  public EntryClassDescriptor(UniqueId uniqueId, Class<?> type) {
    super(uniqueId, type.getSimpleName(), ClassSource.from(type));
    this.className = type.getName();
  }

  /**
   * The fully qualified class name, as Jupiter reports its classes: Surefire names the class of
   * every test below this node by it, so two classes of the same simple name stay apart.
   */
  @Override
  public String getLegacyReportingName() {
    return className;
  }

  @Override
  public Type getType() {
    return Type.CONTAINER;
  }

  @Override
  public boolean isGlobalReadLockRequired() {
    return false;
  }
}
