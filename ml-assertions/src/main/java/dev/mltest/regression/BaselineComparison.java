package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Compares an evaluation with a baseline, metric by metric ({@link MetricComparison}). Each
 * metric's rule is resolved part by part from the test's declaration, the baseline file and the
 * catalog defaults ({@link MetricCriteria#resolve}); the baseline is stale when its lineage differs
 * in data, sample, seed or trainer configuration ({@link Lineage#changesFrom}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BaselineComparison {
  /** The hint given when there is no baseline and the caller names no better one. */
  public static final String DEFAULT_NO_BASELINE_HINT =
      "there is no baseline; review the current values and write one with"
          + " BaselineStore.write(path, Baseline.of(test, evaluation, report.criteria()))";

  private BaselineComparison() {}

  /**
   * Compares every metric the evaluation declared or computed, and every metric the baseline holds.
   *
   * @param baseline the baseline, or {@code null} if there is none
   */
  public static ComparisonReport compare(ModelEvaluation evaluation, @Nullable Baseline baseline) {
    Set<String> names = new LinkedHashSet<>(evaluation.declared().keySet());
    names.addAll(evaluation.metrics().keySet());
    names.addAll(evaluation.unavailable().keySet());
    if (baseline != null) {
      names.addAll(baseline.metrics().keySet());
    }
    return compare(evaluation, baseline, names, null);
  }

  /**
   * Compares the named metrics.
   *
   * @param noBaselineHint what to say when {@code baseline} is {@code null}
   * @throws IllegalArgumentException if a metric that is not well known has no direction anywhere
   */
  public static ComparisonReport compare(
      ModelEvaluation evaluation,
      @Nullable Baseline baseline,
      Collection<String> names,
      @Nullable String noBaselineHint) {
    List<String> staleness = List.of();
    List<String> versions = List.of();
    if (baseline != null && baseline.lineage() != null) {
      staleness = evaluation.lineage().changesFrom(baseline.lineage());
      versions = evaluation.lineage().versionChangesFrom(baseline.lineage());
    }
    String missingBaseline =
        baseline == null
            ? (noBaselineHint == null ? DEFAULT_NO_BASELINE_HINT : noBaselineHint)
            : null;
    List<MetricOutcome> outcomes = new ArrayList<>();
    for (String name : new LinkedHashSet<>(names)) {
      BaselineMetric recorded = baseline == null ? null : baseline.metrics().get(name);
      MetricCriteria criteria =
          MetricCriteria.resolve(
              name, evaluation.declared().get(name), recorded == null ? null : recorded.spec());
      outcomes.add(
          MetricComparison.compare(
              criteria,
              recorded == null ? null : recorded.value(),
              evaluation.metrics().get(name),
              evaluation.whyUnavailable(name).orElse(null),
              staleness,
              missingBaseline));
    }
    return new ComparisonReport(outcomes, staleness, versions);
  }
}
