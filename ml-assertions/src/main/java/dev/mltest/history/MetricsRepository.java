package dev.mltest.history;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Where runs keep their measured values: one DuckDB file in a folder ({@link #duckDb}) or a shared
 * JDBC database such as PostgreSQL ({@link #jdbc}). Appends from parallel builds (several processes
 * at once) all arrive: the DuckDB file is written under its lock, retried until it is free, and a
 * JDBC database appends in one transaction per call.
 *
 * <pre>{@code
 * try (MetricsRepository repository = MetricsRepository.duckDb(Path.of("build-metrics"))) {
 *   repository.append(points);
 *   List<Double> rowCounts = repository.values(MetricQuery.metric("orders.mltest.yaml", "rowCount"));
 *   repository.pruneRuns(90);   // keep the last 90 runs
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface MetricsRepository extends AutoCloseable {

  /** The file name of the DuckDB repository inside its folder. */
  String DUCKDB_FILE = "mltest-metrics.duckdb";

  /** How long an append waits for another process to release the DuckDB file. */
  Duration DEFAULT_LOCK_WAIT = Duration.ofSeconds(120);

  /**
   * The repository in {@code directory/mltest-metrics.duckdb}, created with its folder on first
   * use.
   */
  static MetricsRepository duckDb(Path directory) {
    return SqlMetricsRepository.duckDb(directory.resolve(DUCKDB_FILE), DEFAULT_LOCK_WAIT);
  }

  /**
   * A repository in a JDBC database, e.g. {@code jdbc:postgresql://db:5432/metrics}; its table
   * {@code mltest_metrics} is created on first use. The driver must be on the classpath.
   */
  static MetricsRepository jdbc(String url, @Nullable String user, @Nullable String password) {
    return SqlMetricsRepository.jdbc(url, user, password);
  }

  /** Appends the points, all or none. */
  void append(List<MetricPoint> points);

  /** The matching points, oldest first. */
  List<MetricPoint> read(MetricQuery query);

  /**
   * One value per run for the matching points, oldest run first: the history a strategy judges. A
   * run that recorded the metric more than once counts with its last value.
   */
  default List<Double> values(MetricQuery query) {
    Map<String, Double> byRun = new LinkedHashMap<>();
    for (MetricPoint p : read(query)) {
      byRun.remove(p.runId());
      byRun.put(p.runId(), p.value());
    }
    return new ArrayList<>(byRun.values());
  }

  /** Deletes the matching points; returns how many were deleted. */
  int prune(MetricQuery query);

  /** Deletes every point but those of the {@code keep} most recent runs; returns how many. */
  int pruneRuns(int keep);

  /** Where it is, for messages: a file or a JDBC URL without credentials. */
  String location();

  @Override
  void close();
}
