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
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * A suite's drift section: compares the suite's dataset (current) with its reference once, before
 * its tests judge each column, each coverage check and the dataset as a whole.
 */
final class DriftDescriptor extends MlTestNode {
  /** The section's comparison, for its drift tests. */
  static final MlTestExecutionContext.Slot<DriftReport> REPORT =
      new MlTestExecutionContext.Slot<>("drift report");

  /**
   * The report entry that says why a section's columns were planned from the suite file alone (its
   * datasets could not be read at discovery).
   */
  static final String PLAN_ENTRY = "mltest.drift.plan";

  /** The unique-id segment type of a drift section. */
  public static final String SEGMENT = "drift";

  /** The unique-id segment value: a suite has one drift section. */
  public static final String VALUE = "drift";

  private final SuiteSource source;
  private final MlTestConfiguration configuration;
  private final DriftRun run;

  /**
   * @param run the section's run, planned at discovery: one test per column it found (listed, or
   *     the shared ones) and per coverage check, e.g. {@code newCategories[segment]}
   * @param include which children to create
   */
  public DriftDescriptor(
      UniqueId id,
      SuiteSource source,
      SuiteDefinition definition,
      DriftRun run,
      MlTestConfiguration configuration,
      Predicate<UniqueId> include) {
    super(
        id,
        "drift",
        source.testSource(section(definition).position(), configuration.sourceRoots()));
    this.source = source;
    this.configuration = configuration;
    this.run = run;
    DriftSection section = section(definition);
    for (String column : run.nodes().columns()) {
      add(DriftCheckDescriptor.Check.COLUMN, column, section, include);
    }
    for (String check : run.nodes().coverage()) {
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

  /** Compares the two datasets once, in the tables bound at discovery, for the tests below. */
  @Override
  public MlTestExecutionContext before(MlTestExecutionContext context) {
    run.planProblem()
        .ifPresent(
            problem ->
                context
                    .listener()
                    .reportingEntryPublished(
                        this, ReportEntry.from(PLAN_ENTRY, source.location() + ": " + problem)));
    return context.with(REPORT, run.compare(columns()));
  }

  /** Closes the datasets bound at discovery when the section did not compare them (skipped). */
  @Override
  public void cleanUp(MlTestExecutionContext context) {
    run.close();
  }
}
