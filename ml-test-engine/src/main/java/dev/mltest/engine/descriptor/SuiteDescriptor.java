package dev.mltest.engine.descriptor;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.mltest.engine.MlTestConfiguration;
import dev.mltest.engine.discovery.SuiteSource;
import dev.mltest.engine.execution.MlTestExecutionContext;
import dev.mltest.engine.execution.RecordingSuiteRun;
import dev.mltest.suite.SuiteDefinition;
import dev.mltest.suite.SuiteEntry;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.TestTag;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * One suite file. Before its expectations run, it evaluates all of the selected ones together: one
 * scan of the dataset, one more per distinct grouping key.
 */
@API(status = INTERNAL, since = "0.1")
public final class SuiteDescriptor extends AbstractTestDescriptor
    implements Node<MlTestExecutionContext> {
  private final SuiteSource source;
  private final SuiteDefinition definition;
  private final MlTestConfiguration configuration;

  public SuiteDescriptor(
      UniqueId uniqueId,
      SuiteSource source,
      SuiteDefinition definition,
      MlTestConfiguration configuration) {
    super(
        uniqueId,
        displayName(source, definition),
        source.testSource(null, configuration.sourceRoots()));
    this.source = source;
    this.definition = definition;
    this.configuration = configuration;
  }

  /**
   * The suite's location, e.g. {@code com/acme/customers.mltest.yaml}: unique in a run, so that XML
   * reports that name a test by its parent's legacy name tell two suites apart.
   */
  @Override
  public String getLegacyReportingName() {
    return source.location();
  }

  /** The suite's file name, e.g. {@code customers.mltest.yaml}. */
  public String fileName() {
    return fileName(source);
  }

  /**
   * A test's name, prefixed by its suite's file name when the suite sits below a Java class:
   * Surefire reports every test of a class flatly, by display name alone, so two suites of one
   * class that both check {@code rowCount} need {@code customers.mltest.yaml › rowCount} and {@code
   * orders.mltest.yaml › rowCount} to be told apart. A suite run on its own is the top of its tree.
   */
  static String qualified(UniqueId testId, SuiteSource source, String name) {
    boolean belowClass =
        testId.getSegments().stream()
            .anyMatch(s -> s.getType().equals(EntryClassDescriptor.SEGMENT));
    return belowClass ? fileName(source) + " › " + name : name;
  }

  static String fileName(SuiteSource source) {
    String location = source.location();
    return location.substring(location.lastIndexOf('/') + 1);
  }

  private static String displayName(SuiteSource source, SuiteDefinition definition) {
    String location = source.location();
    String file = location.substring(location.lastIndexOf('/') + 1);
    return definition.displayName() == null ? file : definition.displayName() + " (" + file + ")";
  }

  /**
   * A container of expectations; a suite that could not be read has none, and is then also a test,
   * so that the platform does not prune it and its failure shows up as one failing node.
   */
  @Override
  public Type getType() {
    return definition.isUnreadable() ? Type.CONTAINER_AND_TEST : Type.CONTAINER;
  }

  @Override
  public Set<TestTag> getTags() {
    return definition.tags().stream()
        .filter(TestTag::isValid)
        .map(TestTag::create)
        .collect(Collectors.toUnmodifiableSet());
  }

  /** Where the suite comes from. */
  public SuiteSource suiteSource() {
    return source;
  }

  /** The parsed suite. */
  public SuiteDefinition definition() {
    return definition;
  }

  /** The entry with this name, if the suite has one. */
  public Optional<SuiteEntry> entry(String name) {
    return definition.entries().stream().filter(e -> e.name().equals(name)).findFirst();
  }

  @Override
  public MlTestExecutionContext before(MlTestExecutionContext context) {
    List<SuiteEntry> selected =
        getChildren().stream()
            .filter(ExpectationDescriptor.class::isInstance)
            .map(c -> ((ExpectationDescriptor) c).entry())
            .toList();
    return context.withSuiteResults(
        RecordingSuiteRun.evaluate(
            source,
            definition,
            selected,
            configuration,
            context.datasetFailures(),
            specs -> context.recorder().history().forSuite(this, specs)));
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
