package dev.mltest.engine.execution;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.mltest.drift.Binning;
import dev.mltest.drift.ColumnDriftResult;
import dev.mltest.drift.ColumnOutcome;
import dev.mltest.drift.ColumnVerdict;
import dev.mltest.drift.CoverageOutcome;
import dev.mltest.drift.DatasetDriftResult;
import dev.mltest.drift.DriftReport;
import dev.mltest.drift.Missingness;
import dev.mltest.engine.descriptor.DriftCheckDescriptor;
import dev.mltest.expect.Formats;
import dev.mltest.expect.Severity;
import dev.mltest.report.CoverageRecord;
import dev.mltest.report.DatasetDriftRecord;
import dev.mltest.report.DriftColumnRecord;
import dev.mltest.report.RunRecord;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/**
 * Judges one drift test from its suite's drift report, publishing the numbers as report entries.
 */
@API(status = INTERNAL, since = "0.1")
public final class DriftReporter {
  private final TestDescriptor descriptor;
  private final MlTestExecutionContext context;
  private final Severity severity;

  public DriftReporter(
      TestDescriptor descriptor, MlTestExecutionContext context, Severity severity) {
    this.descriptor = descriptor;
    this.context = context;
    this.severity = severity;
  }

  /** Fails the test, or with severity warn publishes the failure as a warning. */
  private void fail(AssertionFailedError failure) {
    if (severity == Severity.WARN) {
      context
          .listener()
          .reportingEntryPublished(
              descriptor,
              ReportEntry.from(
                  "mltest.warning",
                  Objects.requireNonNullElse(failure.getMessage(), failure.toString())));
      return;
    }
    throw failure;
  }

  /** Reports and judges; throws if the test must not pass. */
  public void judge(DriftCheckDescriptor.Check check, String value) {
    DriftReport report =
        context.driftReport().orElseThrow(() -> new IllegalStateException("no drift report"));
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
    String message = message(r, verdict, report.notes().get(column));
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
          new AssertionFailedError(
              message,
              "no drift: score "
                  + noDrift(r.comparison().symbol())
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
                      : ", and missing values changing by < "
                          + Formats.number(missing.threshold())),
              Formats.number(r.score())));
    }
  }

  /**
   * {@code amount: drift detected by K-S p_value: 6.28e-87 <= 0.05 (reference 400 values, current
   * 400)}.
   */
  static String message(ColumnDriftResult r) {
    return message(r, null, null);
  }

  /**
   * The column's sentence: decision, method, score against threshold (and the corrected p-value),
   * the effect size against its threshold, sizes, dropped values, new categories and notes.
   */
  static String message(
      ColumnDriftResult r, @Nullable ColumnVerdict verdict, @Nullable String note) {
    boolean adjusted = verdict != null && verdict.adjustedScore() != r.score();
    double adjustedScore = verdict == null ? r.score() : verdict.adjustedScore();
    double judged = adjusted ? adjustedScore : r.score();
    boolean significant = r.comparison().holds(judged, r.threshold());
    String score =
        adjusted
            ? "%s (corrected across columns: %s)"
                .formatted(Formats.number(r.score()), Formats.number(adjustedScore))
            : Formats.number(r.score());
    String effect = "";
    if (r.effect() != null) {
      boolean material = r.effect().material();
      effect =
          "%s %s %s %s %s%s"
              .formatted(
                  significant == material ? ", and" : ", but",
                  r.effect().measure().displayName(),
                  Formats.number(r.effect().value()),
                  material ? ">=" : "<",
                  Formats.number(r.effect().threshold()),
                  material ? "" : " (too small to matter)");
    }
    long newCount = r.newCategoryCount();
    Missingness missing = verdict == null ? null : verdict.missingness();
    boolean values = significant && (r.effect() == null || r.effect().material());
    String decision =
        missing != null && missing.drifted() && !values
            ? "drift detected in missing values; values: no drift"
            : r.drifted() ? "drift detected" : "no drift";
    return "%s: %s by %s: %s %s %s%s (reference %s values, current %s%s)%s%s%s"
        .formatted(
            r.column(),
            decision,
            r.method().displayName(),
            score,
            significant ? r.comparison().symbol() : noDrift(r.comparison().symbol()),
            Formats.number(r.threshold()),
            effect,
            Formats.count(r.reference().size()),
            Formats.count(r.current().size()),
            r.reference().dropped() + r.current().dropped() == 0
                ? ""
                : "; dropped %s NaN/infinite/null"
                    .formatted(Formats.count(r.reference().dropped() + r.current().dropped())),
            missing == null ? "" : missingness(missing),
            r.newCategories().isEmpty()
                ? ""
                : "; new categories: "
                    + String.join(
                        ", ", r.newCategories().subList(0, Math.min(10, r.newCategories().size())))
                    + (newCount > 10 ? " and %s more".formatted(Formats.count(newCount - 10)) : ""),
            note == null ? "" : "; " + note);
  }

  /**
   * {@code ; missing values changed: 2.0% of 1,000 reference rows, 30.0% of 1,000 current rows
   * (difference 0.28 >= 0.05), two-proportion z-test p-value 1.2e-50 < 0.05}.
   */
  private static String missingness(Missingness m) {
    boolean adjusted = m.adjustedPValue() != m.pValue();
    boolean significant = m.adjustedPValue() < m.alpha();
    return "; missing values %s: %s of %s reference rows, %s of %s current rows (difference %s %s %s%s), two-proportion z-test p-value %s %s %s"
        .formatted(
            m.drifted() ? "changed" : "unchanged",
            Formats.percent(m.referenceShare()),
            Formats.count(m.referenceRows()),
            Formats.percent(m.currentShare()),
            Formats.count(m.currentRows()),
            Formats.number(m.difference()),
            m.material() ? ">=" : "<",
            Formats.number(m.threshold()),
            m.material() ? "" : ", too small to matter",
            adjusted
                ? "%s (corrected across columns: %s)"
                    .formatted(Formats.number(m.pValue()), Formats.number(m.adjustedPValue()))
                : Formats.number(m.pValue()),
            significant ? "<" : ">=",
            Formats.number(m.alpha()));
  }

  private static String noDrift(String driftSymbol) {
    return switch (driftSymbol) {
      case "<=" -> ">";
      case "<" -> ">=";
      case ">=" -> "<";
      case ">" -> "<=";
      default -> "not " + driftSymbol;
    };
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
    values.put("mltest.message", message(r));
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
      fail(
          new AssertionFailedError(
              c.message(), "≤ " + Formats.percent(c.limit()), Formats.percent(c.share())));
    }
  }

  private void dataset(DriftReport report) {
    DatasetDriftResult d = report.dataset();
    List<String> failed =
        report.columns().stream()
            .filter(ColumnOutcome.Failed.class::isInstance)
            .map(ColumnOutcome::column)
            .toList();
    List<String> excluded =
        report.excluded().stream()
            .map(
                e ->
                    e.column()
                        + " ("
                        + e.reason()
                            .replaceFirst("^excluded from drift: ", "")
                            .replaceFirst("; list it under 'include'.*$", "")
                        + ")")
            .toList();
    if (d == null) {
      throw new ExpectationErrorException(
          "dataset drift: no column could be compared"
              + (failed.isEmpty() ? "" : " (failed: " + String.join(", ", failed) + ")"));
    }
    List<String> drifted =
        d.columns().stream().filter(ColumnVerdict::drifted).map(v -> v.result().column()).toList();
    String message =
        "dataset drift: %d of %d columns drifted (%s), limit %s%s%s%s%s"
            .formatted(
                d.driftedColumns(),
                d.columnCount(),
                Formats.percent(d.shareOfDriftedColumns()),
                Formats.percent(d.driftShare()),
                d.correction().key().equals("none")
                    ? ""
                    : ", " + d.correction().key() + " correction",
                drifted.isEmpty() ? "" : ": " + String.join(", ", drifted),
                failed.isEmpty() ? "" : "; not compared: " + String.join(", ", failed),
                excluded.isEmpty()
                    ? ""
                    : "; excluded (list under 'include' to compare): "
                        + String.join("; ", excluded));
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
          new AssertionFailedError(
              message,
              "drifted share < " + Formats.percent(d.driftShare()),
              Formats.percent(d.shareOfDriftedColumns())));
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
