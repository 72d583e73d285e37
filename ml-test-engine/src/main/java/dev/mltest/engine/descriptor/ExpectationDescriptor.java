package dev.mltest.engine.descriptor;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.mltest.engine.MlTestConfiguration;
import dev.mltest.engine.discovery.SuiteSource;
import dev.mltest.engine.execution.ExpectationReporter;
import dev.mltest.engine.execution.MlTestExecutionContext;
import dev.mltest.suite.SuiteEntry;
import java.util.Set;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/** One expectation of a suite: a test that judges the suite's shared measurements. */
@API(status = INTERNAL, since = "0.1")
public final class ExpectationDescriptor extends AbstractTestDescriptor
    implements Node<MlTestExecutionContext> {
  /** The unique-id segment type of an expectation. */
  public static final String SEGMENT = "expectation";

  private final SuiteEntry entry;
  private final SuiteSource suiteSource;
  private final Set<TestTag> tags;

  public ExpectationDescriptor(
      UniqueId uniqueId,
      SuiteEntry entry,
      SuiteSource suiteSource,
      Set<TestTag> tags,
      MlTestConfiguration configuration) {
    super(
        uniqueId,
        SuiteDescriptor.qualified(uniqueId, suiteSource, displayName(entry)),
        suiteSource.testSource(entry.position(), configuration.sourceRoots()));
    this.entry = entry;
    this.suiteSource = suiteSource;
    this.tags = Set.copyOf(tags);
  }

  /**
   * {@code customers.mltest.yaml › between[income]}: unique across suites and readable, for XML
   * reports (the console launcher's, Gradle's) that name a test by its legacy name.
   */
  @Override
  public String getLegacyReportingName() {
    return SuiteDescriptor.fileName(suiteSource) + " › " + entry.name();
  }

  /**
   * The test's name within its suite, {@code between[income] — Income within bounds}: its display
   * name without the suite's file name that a suite below a Java class adds.
   */
  public String nameInSuite() {
    return displayName(entry);
  }

  private static String displayName(SuiteEntry entry) {
    String description = entry.spec() == null ? null : entry.spec().description();
    return description == null ? entry.name() : entry.name() + " — " + description;
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }

  @Override
  public Set<TestTag> getTags() {
    return tags;
  }

  /** The suite entry this test runs. */
  public SuiteEntry entry() {
    return entry;
  }

  @Override
  public MlTestExecutionContext execute(
      MlTestExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
    new ExpectationReporter(this, suiteSource, context).judge(entry);
    return context;
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
