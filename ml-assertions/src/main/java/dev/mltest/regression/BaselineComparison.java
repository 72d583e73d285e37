package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.lineage.ModelProvenance;
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
 * catalog defaults ({@link MetricCriteria#resolve}). Every metric is compared whatever changed
 * since the baseline ({@link ModelProvenance#contextChangesFrom}, listed with each outcome); only a
 * changed evaluation protocol ({@link ModelProvenance#protocolChangesFrom}) makes values not
 * comparable. In the statistical mode (the default) each change gets a confidence interval from
 * both runs' evaluation rows ({@link PairedDelta}); a metric that cannot be recomputed from rows,
 * or a baseline without rows, falls back to the fixed tolerance.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class BaselineComparison {
  /** The hint given when there is no baseline and the caller names no better one. */
  public static final String DEFAULT_NO_BASELINE_HINT =
      "there is no baseline; review the current values and write one with"
          + " BaselineStore.write(path, Baseline.of(test, evaluation, report.criteria()))";

  private BaselineComparison() {}

  /**
   * Compares every metric the evaluation declared or computed, and every metric the baseline holds,
   * with the fixed tolerance (no baseline rows given).
   *
   * @param baseline the baseline, or {@code null} if there is none
   */
  public static ComparisonReport compare(ModelEvaluation evaluation, @Nullable Baseline baseline) {
    return compare(
        evaluation, baseline, allNames(evaluation, baseline), ComparisonOptions.defaults(null));
  }

  /**
   * Compares every metric the evaluation declared or computed, and every metric the baseline holds.
   *
   * @param options the mode, the baseline's evaluation rows and the messages
   */
  public static ComparisonReport compare(
      ModelEvaluation evaluation, @Nullable Baseline baseline, ComparisonOptions options) {
    return compare(evaluation, baseline, allNames(evaluation, baseline), options);
  }

  /**
   * Compares the named metrics with the fixed tolerance.
   *
   * @param noBaselineHint what to say when {@code baseline} is {@code null}
   * @throws IllegalArgumentException if a metric that is not well known has no direction anywhere
   */
  public static ComparisonReport compare(
      ModelEvaluation evaluation,
      @Nullable Baseline baseline,
      Collection<String> names,
      @Nullable String noBaselineHint) {
    return compare(
        evaluation,
        baseline,
        names,
        ComparisonOptions.defaults(null)
            .withHints(noBaselineHint, ComparisonContext.DEFAULT_HOW_TO_ACCEPT));
  }

  /**
   * Compares the named metrics.
   *
   * @throws IllegalArgumentException if a metric that is not well known has no direction anywhere
   */
  public static ComparisonReport compare(
      ModelEvaluation evaluation,
      @Nullable Baseline baseline,
      Collection<String> names,
      ComparisonOptions options) {
    List<String> protocol = List.of();
    List<String> changes = List.of();
    List<String> versions = List.of();
    ModelProvenance old = baseline == null ? null : baseline.lineage();
    if (old != null) {
      protocol = evaluation.lineage().protocolChangesFrom(old);
      changes = evaluation.lineage().contextChangesFrom(old);
      versions = evaluation.lineage().versionChangesFrom(old);
    }
    String missingBaseline =
        baseline == null
            ? (options.noBaselineHint() == null
                ? DEFAULT_NO_BASELINE_HINT
                : options.noBaselineHint())
            : null;
    ComparisonContext context =
        new ComparisonContext(
            protocol,
            changes,
            missingBaseline,
            options.acceptProtocolChanges(),
            options.howToAccept());
    PairedDelta paired = null;
    String method;
    if (options.mode() == ToleranceMode.FIXED) {
      method = "fixed tolerance";
    } else if (baseline == null) {
      method = "statistical (nothing to compare)";
    } else if (options.baselineRows() == null || options.baselineRows().isEmpty()) {
      method = "fixed tolerance (fallback: the baseline has no evaluation rows)";
    } else if (evaluation.rows().isEmpty()) {
      method = "fixed tolerance (fallback: this run kept no evaluation rows)";
    } else if (!protocol.isEmpty()) {
      method = "fixed tolerance (the evaluation protocol changed)";
    } else {
      boolean keysIdentifyRows =
          evaluation.lineage().sample().rowKey() != null
              || old == null
              || evaluation.lineage().sameDataAs(old);
      paired =
          PairedDelta.of(
              options.baselineRows(),
              evaluation.rows(),
              keysIdentifyRows,
              options.confidence(),
              options.resamples(),
              options.seed());
      method =
          paired.paired()
              ? "statistical (paired rows)"
              : "statistical (unpaired: "
                  + (keysIdentifyRows
                      ? "fewer than half of the baseline's rows are in this run"
                      : "the data changed and no row key identifies rows")
                  + ")";
    }
    List<MetricOutcome> outcomes = new ArrayList<>();
    for (String name : new LinkedHashSet<>(names)) {
      BaselineMetric recorded = baseline == null ? null : baseline.metrics().get(name);
      MetricCriteria criteria =
          MetricCriteria.resolve(
              name, evaluation.declared().get(name), recorded == null ? null : recorded.spec());
      DeltaInterval interval = null;
      if (paired != null
          && recorded != null
          && evaluation.metrics().get(name) != null
          && paired.unsupported(name).isEmpty()) {
        interval =
            paired.interval(name).recenteredAt(evaluation.metrics().get(name) - recorded.value());
      }
      ComparisonContext metricContext = context;
      String redefined = recorded == null ? null : definitionChange(recorded);
      if (redefined != null) {
        List<String> metricProtocol = new ArrayList<>(protocol);
        metricProtocol.add(redefined);
        metricContext = context.withProtocolChanges(metricProtocol);
        interval = null;
      }
      outcomes.add(
          MetricComparison.compare(
              criteria,
              recorded == null ? null : recorded.value(),
              evaluation.metrics().get(name),
              evaluation.whyUnavailable(name).orElse(null),
              interval,
              metricContext));
    }
    return new ComparisonReport(outcomes, protocol, changes, versions, method);
  }

  /**
   * How the metric's definition changed since the baseline recorded it, or {@code null} if it did
   * not or the baseline does not say. Values computed two different ways are not comparable.
   */
  private static @Nullable String definitionChange(BaselineMetric recorded) {
    String now = MetricCatalog.definition(recorded.name()).orElse(null);
    if (recorded.definition() == null || now == null || now.equals(recorded.definition())) {
      return null;
    }
    return "definition of %s \"%s\" → \"%s\""
        .formatted(recorded.name(), recorded.definition(), now);
  }

  private static Set<String> allNames(ModelEvaluation evaluation, @Nullable Baseline baseline) {
    Set<String> names = new LinkedHashSet<>(evaluation.declared().keySet());
    names.addAll(evaluation.metrics().keySet());
    names.addAll(evaluation.unavailable().keySet());
    if (baseline != null) {
      names.addAll(baseline.metrics().keySet());
    }
    return names;
  }
}
