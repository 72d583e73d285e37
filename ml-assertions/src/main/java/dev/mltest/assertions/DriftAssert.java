package dev.mltest.assertions;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.drift.ColumnDriftResult;
import dev.mltest.drift.ColumnOutcome;
import dev.mltest.drift.ColumnVerdict;
import dev.mltest.drift.Correction;
import dev.mltest.drift.DatasetComparison;
import dev.mltest.drift.DatasetDriftResult;
import dev.mltest.drift.DriftConfig;
import dev.mltest.drift.DriftMethod;
import dev.mltest.drift.DriftReport;
import dev.mltest.drift.DriftRule;
import dev.mltest.drift.Missingness;
import dev.mltest.text.Formats;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Assertions on the drift between a reference and a current dataset. Settings return new instances;
 * each assertion compares the datasets (reading each side once).
 *
 * <pre>{@code
 * assertThatDrift(reference, current).column("income").usingMethod(DriftMethod.KS).hasNoDrift();
 * assertThatDrift(reference, current).excluding("customer_id").hasNoDatasetDrift();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DriftAssert {
  private final Dataset reference;
  private final Dataset current;
  private final DriftConfig config;

  DriftAssert(Dataset reference, Dataset current, DriftConfig config) {
    this.reference = requireNonNull(reference, "reference");
    this.current = requireNonNull(current, "current");
    this.config = requireNonNull(config, "config");
  }

  /** Compares only these columns (default: every column the two datasets share). */
  public DriftAssert columns(String... columns) {
    return with(config.withColumns(List.of(columns)));
  }

  /** Compares only this column. */
  public DriftAssert column(String column) {
    return columns(column);
  }

  /** Leaves these columns out of the default (shared) set. */
  public DriftAssert excluding(String... columns) {
    return with(config.withExclude(Arrays.asList(columns)));
  }

  /**
   * Compares these columns even though they look like keys ({@code id}, {@code *_id}, near-unique
   * integers) or near-unique text, which the default set leaves out.
   */
  public DriftAssert including(String... columns) {
    return with(config.withRoles(Arrays.asList(columns), config.keyColumns()));
  }

  /**
   * Decides with this rule when no method is named: {@link DriftRule#DEFAULT} (a test and a
   * material effect size) or {@link DriftRule#EVIDENTLY} (Evidently's rule).
   */
  public DriftAssert usingRule(DriftRule rule) {
    return with(config.withRule(rule));
  }

  /** Uses this method, at its default threshold, for every compared column. */
  public DriftAssert usingMethod(DriftMethod method) {
    return with(config.withMethod(method, config.global().threshold()));
  }

  /** Uses this threshold with the chosen (or default) method. */
  public DriftAssert withThreshold(double threshold) {
    return with(config.withMethod(config.global().method(), threshold));
  }

  /** The dataset-level rule: dataset drift when at least this share of columns drifted. */
  public DriftAssert withDriftShare(double share, Correction correction) {
    return with(config.withDatasetRule(share, correction));
  }

  private DriftAssert with(DriftConfig newConfig) {
    return new DriftAssert(reference, current, newConfig);
  }

  /** Compares the datasets and returns everything found, for custom checks. */
  public DriftReport report() {
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable ref = backend.open(reference);
        BoundTable cur = backend.open(current)) {
      return DatasetComparison.compare(ref, cur, config);
    }
  }

  /** Passes when no compared column drifted (after the correction across columns). */
  public DriftAssert hasNoDrift() {
    DriftReport report = report();
    List<ColumnDriftResult> drifted = new ArrayList<>();
    for (ColumnDriftResult r : compared(report)) {
      if (report.verdict(r.column()).map(ColumnVerdict::drifted).orElse(r.drifted())) {
        drifted.add(r);
      }
    }
    if (!drifted.isEmpty()) {
      throw Failures.failure(
          "drift between %s and %s in %s"
              .formatted(reference.name(), current.name(), describe(report, drifted)),
          "no drifted column",
          String.join(", ", drifted.stream().map(ColumnDriftResult::column).toList()));
    }
    return this;
  }

  /** Passes when every compared column drifted (e.g. to prove a check catches a known shift). */
  public DriftAssert hasDrift() {
    DriftReport report = report();
    List<ColumnDriftResult> stable =
        compared(report).stream()
            .filter(
                r -> !report.verdict(r.column()).map(ColumnVerdict::drifted).orElse(r.drifted()))
            .toList();
    if (!stable.isEmpty()) {
      throw Failures.failure(
          "expected drift between %s and %s, but none in %s"
              .formatted(reference.name(), current.name(), describe(report, stable)));
    }
    return this;
  }

  /** Passes when the share of drifted columns stays below the dataset-level limit. */
  public DriftAssert hasNoDatasetDrift() {
    DriftReport report = report();
    compared(report);
    DatasetDriftResult d = report.dataset();
    if (d != null && d.datasetDrift()) {
      throw Failures.failure(
          report.datasetSentence().orElseThrow(),
          "drifted share < " + Formats.percent(d.driftShare()),
          Formats.percent(d.shareOfDriftedColumns()));
    }
    return this;
  }

  /** The compared columns' results; a column that could not be compared fails the check. */
  private static List<ColumnDriftResult> compared(DriftReport report) {
    List<String> failed = new ArrayList<>();
    List<ColumnDriftResult> results = new ArrayList<>();
    for (ColumnOutcome outcome : report.columns()) {
      if (outcome instanceof ColumnOutcome.Failed f) {
        failed.add(f.reason());
      } else if (outcome instanceof ColumnOutcome.Compared c) {
        results.add(c.result());
      }
    }
    if (!failed.isEmpty()) {
      throw new DataCheckException(String.join("; ", failed));
    }
    if (results.isEmpty()) {
      throw new DataCheckException("no column to compare: the datasets share no comparable column");
    }
    return results;
  }

  private static String describe(DriftReport report, List<ColumnDriftResult> results) {
    List<String> parts = new ArrayList<>();
    for (ColumnDriftResult r : results) {
      Missingness missing = report.verdict(r.column()).map(ColumnVerdict::missingness).orElse(null);
      parts.add(
          "%s (%s %s, threshold %s%s)"
              .formatted(
                  r.column(),
                  r.method().key(),
                  Formats.number(r.score()),
                  Formats.number(r.threshold()),
                  missing == null
                      ? ""
                      : "; missing values %s → %s%s"
                          .formatted(
                              Formats.percent(missing.referenceShare()),
                              Formats.percent(missing.currentShare()),
                              missing.drifted() ? ", changed" : "")));
    }
    return String.join(", ", parts);
  }
}
