package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Every metric's outcome against one baseline.
 *
 * @param outcomes one per metric, in comparison order
 * @param staleness what makes the baseline incomparable; empty if it is fresh (or has no lineage)
 * @param versionChanges library versions that differ from the baseline's (informative)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ComparisonReport(
    List<MetricOutcome> outcomes, List<String> staleness, List<String> versionChanges) {

  public ComparisonReport {
    outcomes = List.copyOf(outcomes);
    staleness = List.copyOf(staleness);
    versionChanges = List.copyOf(versionChanges);
  }

  /** The outcome of a metric, if it was compared. */
  public Optional<MetricOutcome> outcome(String metric) {
    return outcomes.stream().filter(o -> o.metric().equals(metric)).findFirst();
  }

  /** The outcomes that fail their test. */
  public List<MetricOutcome> failures() {
    return outcomes.stream().filter(MetricOutcome::failsTest).toList();
  }

  /** The rules the metrics were judged by, for writing a new baseline. */
  public List<MetricCriteria> criteria() {
    return outcomes.stream().map(o -> o.delta().criteria()).toList();
  }
}
