package dev.mltest.history;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * The earlier values of a suite's metrics, as history-aware expectations read them: one value per
 * earlier run, oldest first. The engine backs it with the configured {@link MetricsRepository};
 * {@link #none()} stands for "no repository configured", which checks report instead of passing
 * silently.
 *
 * <pre>{@code
 * MetricHistory history = metric -> repository.values(MetricQuery.metric("orders", metric));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
@FunctionalInterface
public interface MetricHistory {

  /** One value per earlier run of this metric (e.g. {@code rowCount}), oldest first. */
  List<Double> values(String metric);

  /** Whether a repository backs it; false for {@link #none()}. */
  default boolean configured() {
    return true;
  }

  /** No repository: every history is empty and says why. */
  static MetricHistory none() {
    return new MetricHistory() {
      @Override
      public List<Double> values(String metric) {
        return List.of();
      }

      @Override
      public boolean configured() {
        return false;
      }
    };
  }
}
