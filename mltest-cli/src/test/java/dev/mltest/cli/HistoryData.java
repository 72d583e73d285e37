package dev.mltest.cli;

import dev.mltest.history.MetricPoint;
import dev.mltest.history.MetricsRepository;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Metrics histories for the {@code history} command tests, written by the library's own repository:
 * five daily runs, {@link #AGES} days ago, each recording two metrics of {@code orders} and one of
 * {@code customers}.
 */
final class HistoryData {
  /** How many days ago each run happened, oldest first. */
  static final int[] AGES = {100, 60, 20, 5, 1};

  /** The row counts of {@code orders}, one per run, oldest first. */
  static final double[] ORDER_ROWS = {200, 212, 195, 206, 96};

  private HistoryData() {}

  /** Five runs in {@code dir/mltest-metrics.duckdb}; returns {@code dir}. */
  static Path fiveRuns(Path dir) {
    List<MetricPoint> points = new ArrayList<>();
    Instant now = Instant.now();
    for (int run = 0; run < AGES.length; run++) {
      Instant at = now.minus(Duration.ofDays(AGES[run]));
      String id = "run-" + (run + 1);
      Map<String, String> tags = Map.of("batch", "b" + (run + 1));
      points.add(point(id, at, "orders", "rows-vs-last-week", "rowCount", ORDER_ROWS[run], tags));
      points.add(point(id, at, "orders", "amount-nulls", "nullRatio(amount)", 0.01 * run, tags));
      points.add(point(id, at, "customers", "rows", "rowCount", 1000 + run, tags));
    }
    return write(dir, points);
  }

  static Path write(Path dir, List<MetricPoint> points) {
    try (MetricsRepository repository = MetricsRepository.duckDb(dir)) {
      repository.append(points);
    }
    return dir;
  }

  static MetricPoint point(
      String run,
      Instant at,
      String suite,
      String check,
      String metric,
      double value,
      Map<String, String> tags) {
    return new MetricPoint(
        run, at, suite, check, metric, value, "sha256:ab12", "3f2c1d0", "main", tags);
  }

  /** How many values the history in {@code dir} holds. */
  static int size(Path dir) {
    try (MetricsRepository repository = MetricsRepository.duckDb(dir)) {
      return repository.read(dev.mltest.history.MetricQuery.all()).size();
    }
  }
}
