package dev.mltest.engine.suite;

import dev.mltest.drift.ColumnOutcome;
import dev.mltest.engine.execution.MlTestExecutionContext;
import dev.mltest.engine.execution.MlTestNode;
import dev.mltest.engine.report.ReportedTest;
import dev.mltest.expect.Severity;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestSource;
import org.junit.platform.engine.UniqueId;

/** One drift test: a column, a reference-coverage check, or the dataset-level rule. */
final class DriftCheckDescriptor extends MlTestNode implements ReportedTest {
  /** The value of the dataset-level test's segment. */
  public static final String DATASET_VALUE = "dataset";

  /** What a drift test judges. */
  public enum Check {
    COLUMN("column"),
    COVERAGE("coverage"),
    DATASET("dataset");

    private final String segment;

    Check(String segment) {
      this.segment = segment;
    }

    /** The unique-id segment type. */
    public String segment() {
      return segment;
    }
  }

  private final Check check;
  private final String value;
  private final Severity severity;
  private final String legacyName;

  private final String where;

  /**
   * @param suite the suite holding the drift section, whose file name the test's names carry
   * @param where the drift section's place, {@code file:line:column}, that starts every failure
   *     message as it starts an expectation's
   */
  public DriftCheckDescriptor(
      UniqueId id,
      Check check,
      String value,
      SuiteSource suite,
      TestSource source,
      Severity severity,
      String where) {
    super(id, SuiteDescriptor.qualified(id, suite, name(check, value)), source);
    this.check = check;
    this.value = value;
    this.severity = severity;
    this.legacyName = SuiteDescriptor.fileName(suite) + " › " + name(check, value);
    this.where = where + " " + name(check, value) + ": ";
  }

  /** {@code customers.mltest.yaml › drift[income]}: unique across suites, for XML reports. */
  @Override
  public String getLegacyReportingName() {
    return legacyName;
  }

  /** The test's name within its suite: {@code drift[income]}, a coverage check, dataset drift. */
  @Override
  public String nameInSuite() {
    return name();
  }

  public String name() {
    return name(check, value);
  }

  private static String name(Check check, String value) {
    return switch (check) {
      case COLUMN -> "drift[" + value + "]";
      case COVERAGE -> value;
      case DATASET -> "dataset drift";
    };
  }

  /** What this test judges. */
  public Check check() {
    return check;
  }

  /** The column, the coverage check's name, or {@link #DATASET_VALUE}. */
  public String value() {
    return value;
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }

  /** A column left out for its role (a key, near-unique text) is skipped with the reason. */
  @Override
  public SkipResult shouldBeSkipped(MlTestExecutionContext context) {
    if (check != Check.COLUMN) {
      return SkipResult.doNotSkip();
    }
    return context
        .get(DriftDescriptor.REPORT)
        .flatMap(report -> report.column(value))
        .filter(ColumnOutcome.Excluded.class::isInstance)
        .map(outcome -> SkipResult.skip(value + ": " + ((ColumnOutcome.Excluded) outcome).reason()))
        .orElse(SkipResult.doNotSkip());
  }

  @Override
  public MlTestExecutionContext execute(
      MlTestExecutionContext context, DynamicTestExecutor executor) {
    new DriftJudgement(this, context, severity, where).judge(check, value);
    return context;
  }

  /** A skipped column still appears in results.json and the summary, with its reason. */
  @Override
  public void nodeSkipped(
      MlTestExecutionContext context, TestDescriptor descriptor, SkipResult result) {
    context.recorder().skipped(descriptor, result.getReason().orElse("skipped"));
  }
}
