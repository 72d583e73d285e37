package dev.mltest.engine.suite;

import dev.mltest.drift.DriftReport;
import dev.mltest.engine.config.MlTestConfiguration;
import dev.mltest.engine.execution.MlTestExecutionContext;
import dev.mltest.engine.execution.MlTestNode;
import dev.mltest.suite.DriftSection;
import dev.mltest.suite.SuiteDefinition;
import java.util.List;
import java.util.function.Predicate;
import org.junit.platform.engine.UniqueId;

/**
 * A suite's drift section: compares the suite's dataset (current) with its reference once, before
 * its tests judge each column, each coverage check and the dataset as a whole.
 */
final class DriftDescriptor extends MlTestNode {
  /** The section's comparison, for its drift tests. */
  static final MlTestExecutionContext.Slot<DriftReport> REPORT =
      new MlTestExecutionContext.Slot<>("drift report");

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

  private List<String> columns() {
    return getChildren().stream()
        .map(DriftCheckDescriptor.class::cast)
        .filter(c -> c.check() == DriftCheckDescriptor.Check.COLUMN)
        .map(DriftCheckDescriptor::value)
        .toList();
  }

  @Override
  public Type getType() {
    return Type.CONTAINER;
  }

  @Override
  public MlTestExecutionContext before(MlTestExecutionContext context) {
    return context.with(
        REPORT, DriftRun.compare(source, definition, columns(), configuration, context.backends()));
  }
}
