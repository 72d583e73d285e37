package dev.mltest.report;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * One checked metric with its recent history, for the summary's "Metric history" table and the
 * Allure trend chart.
 *
 * @param suite the suite, as the reports name it
 * @param check the test that judged it
 * @param metric the metric's name in the repository, e.g. {@code nullRatio(income)}
 * @param earlier the values of earlier runs, oldest first (at most the last few)
 * @param current this run's value
 * @param outcome how the check came out
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MetricTrend(
    String suite,
    String check,
    String metric,
    List<Double> earlier,
    double current,
    Outcome outcome) {

  public MetricTrend {
    requireNonNull(suite, "suite");
    requireNonNull(check, "check");
    requireNonNull(metric, "metric");
    requireNonNull(outcome, "outcome");
    earlier = List.copyOf(earlier);
  }
}
