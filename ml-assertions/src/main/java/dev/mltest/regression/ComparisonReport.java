package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Every metric's outcome against one baseline.
 *
 * @param outcomes one per metric, in comparison order
 * @param protocolChanges evaluation-protocol changes that make the values not comparable; empty if
 *     the protocol is the same (or the baseline has no lineage)
 * @param changes every other change since the baseline (context), e.g. {@code trainer epochs 5 →
 *     10}
 * @param versionChanges library versions that differ from the baseline's (informative)
 * @param method how changes were judged, e.g. {@code statistical (paired, 1250 rows)} or {@code
 *     fixed tolerance (the baseline has no evaluation rows)}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ComparisonReport(
    List<MetricOutcome> outcomes,
    List<String> protocolChanges,
    List<String> changes,
    List<String> versionChanges,
    String method) {

  public ComparisonReport {
    outcomes = List.copyOf(outcomes);
    protocolChanges = List.copyOf(protocolChanges);
    changes = List.copyOf(changes);
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
