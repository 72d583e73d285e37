package dev.mltest.engine.regression;

import dev.mltest.engine.execution.MlTestExecutionContext;
import dev.mltest.lineage.ModelProvenance;
import dev.mltest.regression.MetricDelta;
import dev.mltest.regression.MetricOutcome;
import dev.mltest.regression.MetricOutcome.Kind;
import dev.mltest.report.MetricRecord;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Turns a metric's outcome into its test's result: report entries ({@code mltest.metric}, {@code
 * mltest.baseline}, {@code mltest.current}, {@code mltest.delta}, {@code mltest.tolerance}, {@code
 * mltest.direction}, {@code mltest.outcome}), then an {@link AssertionFailedError} for a
 * regression, a missing value or a violated bound; a broken-test exception for a stale or missing
 * baseline; a {@link TestAbortedException} when the data failed its suite.
 */
final class MetricJudgement {
  private final TestDescriptor node;
  private final MlTestExecutionContext context;

  MetricJudgement(TestDescriptor node, MlTestExecutionContext context) {
    this.node = node;
    this.context = context;
  }

  void judge(String metric, RegressionState state) {
    if (state instanceof RegressionState.Aborted aborted) {
      throw new TestAbortedException(aborted.reason());
    }
    RegressionState.Judged judged = (RegressionState.Judged) state;
    String invalid = judged.invalidNames().get(metric);
    if (invalid != null) {
      throw new RegressionDefinitionException(invalid);
    }
    MetricOutcome outcome =
        judged
            .report()
            .outcome(metric)
            .orElseThrow(() -> new IllegalStateException("metric " + metric + " was not compared"));
    Map<String, String> entries = entries(outcome);
    if (judged.updated()) {
      entries.put("mltest.outcome", "UPDATED (was " + outcome.kind() + ")");
      context.listener().reportingEntryPublished(node, ReportEntry.from(entries));
      return;
    }
    context.listener().reportingEntryPublished(node, ReportEntry.from(entries));
    Kind kind = outcome.kind();
    String message = outcome.message() + versionNote(judged, kind);
    context.recorder().record(node, record(outcome, message, judged));
    if (kind == Kind.REGRESSED || kind == Kind.MISSING || kind == Kind.BOUND_VIOLATED) {
      MetricDelta d = outcome.delta();
      throw new AssertionFailedError(
          message, expected(d, kind), d.current() == null ? "no value" : d.current());
    }
    if (kind == Kind.NOT_COMPARABLE && outcome.failsTest()) {
      throw new NotComparableException(message);
    }
    if (kind == Kind.NO_BASELINE) {
      throw new MissingBaselineException(message);
    }
    if (kind == Kind.IMPROVED || kind == Kind.NEW || kind == Kind.NOT_COMPARABLE) {
      context.listener().reportingEntryPublished(node, ReportEntry.from("mltest.warning", message));
    }
  }

  /**
   * The model's whole metric-delta table: one row per compared metric, as each metric test records
   * its own. Empty when the baseline was just rewritten, since nothing was judged then.
   */
  static List<MetricRecord> table(RegressionState state) {
    if (!(state instanceof RegressionState.Judged judged) || judged.updated()) {
      return List.of();
    }
    return judged.report().outcomes().stream()
        .map(o -> record(o, o.message() + versionNote(judged, o.kind()), judged))
        .toList();
  }

  /** The row of the metric-delta table that reports show for this metric. */
  private static MetricRecord record(
      MetricOutcome outcome, String message, RegressionState.Judged judged) {
    MetricDelta d = outcome.delta();
    double tolerance = d.baseline() == null ? 0 : d.criteria().tolerance(d.baseline());
    MetricRecord.Direction direction =
        switch (d.criteria().direction()) {
          case HIGHER -> MetricRecord.Direction.HIGHER_IS_BETTER;
          case LOWER -> MetricRecord.Direction.LOWER_IS_BETTER;
          case TWO_SIDED -> MetricRecord.Direction.TWO_SIDED;
        };
    MetricRecord.Status status =
        switch (outcome.kind()) {
          case PASSED -> MetricRecord.Status.OK;
          case IMPROVED -> MetricRecord.Status.IMPROVED;
          case NEW -> MetricRecord.Status.NEW;
          case REGRESSED -> MetricRecord.Status.REGRESSION;
          case MISSING -> MetricRecord.Status.MISSING;
          case BOUND_VIOLATED -> MetricRecord.Status.BOUND;
          case NOT_COMPARABLE ->
              outcome.failsTest() ? MetricRecord.Status.STALE : MetricRecord.Status.NEW;
          case NO_BASELINE -> MetricRecord.Status.NO_BASELINE;
        };
    ModelProvenance lineage = judged.evaluation().lineage();
    List<Path> files = lineage.data().stream().map(f -> Path.of(f.path())).toList();
    MetricRecord record =
        MetricRecord.of(
                d.metric(), d.baseline(), d.current(), tolerance, direction, status, message)
            .withRun(lineage.seed(), lineage.trainRows() + lineage.testRows(), files);
    return d.interval() == null
        ? record
        : record.withInterval(d.interval().lower(), d.interval().upper());
  }

  private static Map<String, String> entries(MetricOutcome outcome) {
    MetricDelta d = outcome.delta();
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("mltest.metric", d.metric());
    entries.put("mltest.baseline", d.baseline() == null ? "none" : d.baseline().toString());
    entries.put("mltest.current", d.current() == null ? "none" : d.current().toString());
    entries.put("mltest.delta", d.delta() == null ? "n/a" : format(d.delta()));
    entries.put(
        "mltest.deltaPercent",
        d.relativeDelta() == null
            ? "n/a"
            : String.format(Locale.ROOT, "%+.2f%%", d.relativeDelta() * 100));
    entries.put("mltest.tolerance", Double.toString(d.tolerance()));
    entries.put("mltest.allowed", d.allowed());
    entries.put("mltest.direction", d.criteria().direction().key());
    if (d.criteria().min() != null) {
      entries.put("mltest.min", d.criteria().min().toString());
    }
    if (d.criteria().max() != null) {
      entries.put("mltest.max", d.criteria().max().toString());
    }
    if (d.interval() != null) {
      entries.put("mltest.interval", d.interval().describe());
      entries.put("mltest.interval.lower", Double.toString(d.interval().lower()));
      entries.put("mltest.interval.upper", Double.toString(d.interval().upper()));
      if (d.interval().pValue() != null) {
        entries.put("mltest.pValue", d.interval().pValue().toString());
      }
    }
    if (!outcome.changes().isEmpty()) {
      entries.put("mltest.changes", String.join("; ", outcome.changes()));
    }
    entries.put("mltest.outcome", outcome.kind().name());
    entries.put("mltest.message", outcome.message());
    return entries;
  }

  private static String expected(MetricDelta d, Kind kind) {
    if (kind == Kind.BOUND_VIOLATED) {
      return "within [%s, %s]"
          .formatted(
              d.criteria().min() == null ? "-∞" : d.criteria().min(),
              d.criteria().max() == null ? "∞" : d.criteria().max());
    }
    return d.baseline() == null
        ? "a value"
        : "%s (allowed %s)".formatted(d.baseline(), d.allowed());
  }

  private static String versionNote(RegressionState.Judged judged, Kind kind) {
    if (kind != Kind.REGRESSED || judged.report().versionChanges().isEmpty()) {
      return "";
    }
    return "; note: library versions differ from the baseline's: "
        + String.join(", ", judged.report().versionChanges());
  }

  private static String format(double value) {
    return (value >= 0 ? "+" : "") + value;
  }
}
