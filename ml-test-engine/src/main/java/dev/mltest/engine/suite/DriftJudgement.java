package dev.mltest.engine.suite;

import dev.mltest.drift.Binning;
import dev.mltest.drift.ColumnDriftResult;
import dev.mltest.drift.ColumnOutcome;
import dev.mltest.drift.ColumnVerdict;
import dev.mltest.drift.CoverageOutcome;
import dev.mltest.drift.DatasetDriftResult;
import dev.mltest.drift.DriftReport;
import dev.mltest.drift.Missingness;
import dev.mltest.engine.execution.MlTestExecutionContext;
import dev.mltest.expect.Severity;
import dev.mltest.report.CoverageRecord;
import dev.mltest.report.DatasetDriftRecord;
import dev.mltest.report.DriftColumnRecord;
import dev.mltest.report.RunRecord;
import dev.mltest.text.Formats;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Judges one drift test from its suite's drift report, publishing the numbers as report entries.
 */
final class DriftJudgement {
  private final TestDescriptor descriptor;
  private final MlTestExecutionContext context;
  private final Severity severity;
  private final String where;

  /**
   * @param where what starts a failure's message, as it starts an expectation's: the drift
   *     section's place and the test's name, {@code file:line:column drift[income]: }
   */
  DriftJudgement(
      TestDescriptor descriptor, MlTestExecutionContext context, Severity severity, String where) {
    this.descriptor = descriptor;
    this.context = context;
    this.severity = severity;
    this.where = where;
  }

  /**
   * Fails the test with the message after {@link #where}, or with severity warn publishes the
   * message as a warning.
   */
  private void fail(String message, String expected, String actual) {
    if (severity == Severity.WARN) {
      context
          .listener()
          .reportingEntryPublished(descriptor, ReportEntry.from("mltest.warning", message));
      return;
    }
    throw new AssertionFailedError(where + message, expected, actual);
  }

  /** Reports and judges; throws if the test must not pass. */
  public void judge(DriftCheckDescriptor.Check check, String value) {
    DriftReport report =
        context
            .get(DriftDescriptor.REPORT)
            .orElseThrow(() -> new IllegalStateException("no drift report"));
    switch (check) {
      case COLUMN -> column(report, value);
      case COVERAGE -> coverage(report, value);
      case DATASET -> dataset(report);
    }
  }

  private void column(DriftReport report, String column) {
    ColumnOutcome outcome =
        report
            .column(column)
            .orElseThrow(
                () -> new ExpectationErrorException("column '" + column + "' was not compared"));
    if (outcome instanceof ColumnOutcome.Failed failed) {
      throw new ExpectationErrorException(column + ": " + failed.reason());
    }
    if (outcome instanceof ColumnOutcome.Excluded excluded) {
      // Normally skipped before it runs; reached when the report was made by another path.
      throw new TestAbortedException(column + ": " + excluded.reason());
    }
    ColumnDriftResult raw = ((ColumnOutcome.Compared) outcome).result();
    ColumnVerdict verdict = report.verdict(column).orElse(null);
    ColumnDriftResult r = verdict == null ? raw : verdict.judged();
    String note = report.notes().get(column);
    String message = verdict == null ? raw.sentence(note) : verdict.sentence(note);
    Map<String, String> values = entries(r);
    if (verdict != null && verdict.adjustedScore() != r.score()) {
      values.put("mltest.drift.adjustedScore", Double.toString(verdict.adjustedScore()));
    }
    Missingness missing = verdict == null ? null : verdict.missingness();
    if (missing != null) {
      values.put("mltest.drift.missing.referenceShare", Double.toString(missing.referenceShare()));
      values.put("mltest.drift.missing.currentShare", Double.toString(missing.currentShare()));
      values.put("mltest.drift.missing.pValue", Double.toString(missing.pValue()));
      values.put("mltest.drift.missing.adjustedPValue", Double.toString(missing.adjustedPValue()));
      values.put("mltest.drift.missing.threshold", Double.toString(missing.threshold()));
      values.put("mltest.drift.missing.drifted", Boolean.toString(missing.drifted()));
    }
    values.put("mltest.message", message);
    publish(values);
    record(new DriftColumnRecord(r, severity, message));
    if (r.drifted()) {
      fail(
          message,
          "no drift: score "
              + r.comparison().negatedSymbol()
              + " "
              + Formats.number(r.threshold())
              + (r.effect() == null
                  ? ""
                  : " or "
                      + r.effect().measure().displayName()
                      + " < "
                      + Formats.number(r.effect().threshold()))
              + (missing == null
                  ? ""
                  : ", and missing values changing by < " + Formats.number(missing.threshold())),
          Formats.number(r.score()));
    }
  }

  static Map<String, String> entries(ColumnDriftResult r) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("mltest.drift.column", r.column());
    values.put("mltest.drift.kind", r.kind().name().toLowerCase(java.util.Locale.ROOT));
    values.put("mltest.drift.method", r.method().key());
    values.put("mltest.drift.scoreKind", r.scoreKind().name().toLowerCase(java.util.Locale.ROOT));
    values.put("mltest.drift.score", Double.toString(r.score()));
    values.put("mltest.drift.threshold", Double.toString(r.threshold()));
    values.put(
        "mltest.drift.comparison", "drift if score " + r.comparison().symbol() + " threshold");
    values.put("mltest.drift.drifted", Boolean.toString(r.drifted()));
    values.put("mltest.drift.referenceSize", Long.toString(r.reference().size()));
    values.put("mltest.drift.currentSize", Long.toString(r.current().size()));
    values.put("mltest.drift.referenceDropped", Long.toString(r.reference().dropped()));
    values.put("mltest.drift.currentDropped", Long.toString(r.current().dropped()));
    values.put("mltest.drift.binning", binning(r.binning()));
    if (!r.newCategories().isEmpty()) {
      values.put("mltest.drift.newCategories", String.join(", ", r.newCategories()));
      values.put("mltest.drift.newCategoryCount", Long.toString(r.newCategoryCount()));
    }
    if (r.effect() != null) {
      values.put("mltest.drift.effectSize", r.effect().measure().displayName());
      values.put("mltest.drift.effect", Double.toString(r.effect().value()));
      values.put("mltest.drift.effectThreshold", Double.toString(r.effect().threshold()));
    }
    if (r.approximation() != null) {
      values.put("mltest.drift.approximation", r.approximation().sentence());
      values.put(
          "mltest.drift.approximation.decision",
          r.approximation().decision().name().toLowerCase(java.util.Locale.ROOT));
      values.put(
          "mltest.drift.approximation.statisticUpper",
          Double.toString(r.approximation().statisticUpper()));
    }
    values.put("mltest.message", r.sentence());
    return values;
  }

  private static String binning(Binning binning) {
    if (binning instanceof Binning.Histogram h) {
      return h.edges().size()
          - 1
          + " Sturges bins over ["
          + Formats.number(h.edges().get(0))
          + ", "
          + Formats.number(h.edges().get(h.edges().size() - 1))
          + "]";
    }
    if (binning instanceof Binning.Values v) {
      return v.values().size() + " value buckets";
    }
    return "none";
  }

  private void coverage(DriftReport report, String name) {
    CoverageOutcome c =
        report
            .coverage(name)
            .orElseThrow(() -> new ExpectationErrorException(name + " was not measured"));
    Map<String, String> values = new LinkedHashMap<>();
    values.put("mltest.coverage.check", c.check());
    values.put("mltest.coverage.column", c.column());
    values.put("mltest.coverage.share", c.share() == null ? "unknown" : Double.toString(c.share()));
    values.put("mltest.coverage.limit", Double.toString(c.limit()));
    values.put("mltest.message", c.message());
    publish(values);
    record(new CoverageRecord(c, severity));
    if (c.share() == null) {
      throw new ExpectationErrorException(c.message());
    }
    if (!c.passed()) {
      fail(c.message(), "≤ " + Formats.percent(c.limit()), Formats.percent(c.share()));
    }
  }

  private void dataset(DriftReport report) {
    DatasetDriftResult d = report.dataset();
    List<String> failed = report.notCompared();
    List<String> excluded = report.excludedWithReasons();
    if (d == null) {
      throw new ExpectationErrorException(
          "dataset drift: no column could be compared"
              + (failed.isEmpty() ? "" : " (failed: " + String.join(", ", failed) + ")"));
    }
    String message = report.datasetSentence().orElseThrow();
    Map<String, String> values = new LinkedHashMap<>();
    values.put("mltest.drift.driftedColumns", Integer.toString(d.driftedColumns()));
    values.put("mltest.drift.columns", Integer.toString(d.columnCount()));
    values.put("mltest.drift.share", Double.toString(d.shareOfDriftedColumns()));
    values.put("mltest.drift.limit", Double.toString(d.driftShare()));
    if (!excluded.isEmpty()) {
      values.put("mltest.drift.excluded", String.join("; ", excluded));
    }
    values.put("mltest.message", message);
    publish(values);
    record(new DatasetDriftRecord(d, failed, severity, message));
    if (d.datasetDrift()) {
      fail(
          message,
          "drifted share < " + Formats.percent(d.driftShare()),
          Formats.percent(d.shareOfDriftedColumns()));
    }
  }

  /** Hands the judged result to the run's recorder, on this test's thread. */
  private void record(RunRecord record) {
    context.recorder().record(descriptor, record);
  }

  private void publish(Map<String, String> values) {
    context.listener().reportingEntryPublished(descriptor, ReportEntry.from(values));
  }
}
