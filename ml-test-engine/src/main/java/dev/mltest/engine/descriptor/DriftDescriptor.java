package dev.mltest.engine.descriptor;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.mltest.engine.MlTestConfiguration;
import dev.mltest.engine.discovery.SuiteSource;
import dev.mltest.engine.execution.DriftRun;
import dev.mltest.engine.execution.MlTestExecutionContext;
import dev.mltest.suite.DriftSection;
import dev.mltest.suite.SuiteDefinition;
import java.util.List;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A suite's drift section: compares the suite's dataset (current) with its reference once, before
 * its tests judge each column, each coverage check and the dataset as a whole.
 */
@API(status = INTERNAL, since = "0.1")
public final class DriftDescriptor extends AbstractTestDescriptor
    implements Node<MlTestExecutionContext> {
  /** The unique-id segment type of a drift section. */
  public static final String SEGMENT = "drift";

  /** The unique-id segment value: a suite has one drift section. */
  public static final String VALUE = "drift";

  private final SuiteSource source;
  private final SuiteDefinition definition;
  private final MlTestConfiguration configuration;

  /**
   * @param columns the columns to give a test each (listed, or the shared ones found at discovery)
   * @param coverage the coverage checks to give a test each, e.g. {@code newCategories[segment]}
   * @param include which children to create
   */
  public DriftDescriptor(
      UniqueId id,
      SuiteSource source,
      SuiteDefinition definition,
      List<String> columns,
      List<String> coverage,
      MlTestConfiguration configuration,
      Predicate<UniqueId> include) {
    super(
        id,
        "drift",
        source.testSource(section(definition).position(), configuration.sourceRoots()));
    this.source = source;
    this.definition = definition;
    this.configuration = configuration;
    DriftSection section = section(definition);
    for (String column : columns) {
      add(DriftCheckDescriptor.Check.COLUMN, column, section, include);
    }
    for (String check : coverage) {
      add(DriftCheckDescriptor.Check.COVERAGE, check, section, include);
    }
    add(DriftCheckDescriptor.Check.DATASET, DriftCheckDescriptor.DATASET_VALUE, section, include);
  }

  private void add(
      DriftCheckDescriptor.Check check,
      String value,
      DriftSection section,
      Predicate<UniqueId> include) {
    UniqueId id = getUniqueId().append(check.segment(), value);
    if (include.test(id)) {
      addChild(
          new DriftCheckDescriptor(
              id,
              check,
              value,
              source,
              source.testSource(section.position(), configuration.sourceRoots()),
              section.severity(),
              source.location() + ":" + section.position()));
    }
  }

  private static DriftSection section(SuiteDefinition definition) {
    if (definition.drift() == null) {
      throw new IllegalArgumentException(definition.location() + " has no drift section");
    }
    return definition.drift();
  }

  @Override
  public Type getType() {
    return Type.CONTAINER;
  }

  @Override
  public MlTestExecutionContext before(MlTestExecutionContext context) {
    List<String> columns =
        getChildren().stream()
            .map(DriftCheckDescriptor.class::cast)
            .filter(c -> c.check() == DriftCheckDescriptor.Check.COLUMN)
            .map(DriftCheckDescriptor::value)
            .toList();
    return context.withDriftReport(DriftRun.compare(source, definition, columns, configuration));
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
