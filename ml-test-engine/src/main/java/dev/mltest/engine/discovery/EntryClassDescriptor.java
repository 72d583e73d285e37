package dev.mltest.engine.discovery;

import dev.mltest.engine.execution.DescriptorTrees;
import dev.mltest.engine.execution.MlTestNode;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.ClassSource;

/**
 * A Java test class: the entry point annotated {@code @MlTestSuites}, holding the suites it
 * selects, and/or a class declaring ML test methods, holding their nodes. Maven Surefire runs and
 * reports only test classes it finds as a {@link ClassSource} in the test plan, so suites selected
 * through the class hang below this node.
 */
final class EntryClassDescriptor extends MlTestNode {
  /** The unique-id segment type of an entry class. */
  static final String SEGMENT = DescriptorTrees.CLASS_SEGMENT;

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
}
