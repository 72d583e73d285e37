package dev.mltest.history;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A separate process that appends to a repository, for the concurrency test: {@code AppendWorker
 * <folder or jdbc-url> <run-prefix> <appends>}. Each append is its own call, so that the two
 * processes fight for the repository as often as possible.
 */
public final class AppendWorker {
  private AppendWorker() {}

  public static void main(String[] args) {
    String target = args[0];
    String prefix = args[1];
    int appends = Integer.parseInt(args[2]);
    try (MetricsRepository repository =
        target.startsWith("jdbc:")
            ? MetricsRepository.jdbc(target, "postgres", null)
            : MetricsRepository.duckDb(Path.of(target))) {
      for (int i = 0; i < appends; i++) {
        repository.append(
            List.of(
                new MetricPoint(
                    prefix + "-" + i,
                    Instant.now(),
                    "suite",
                    "check",
                    "rowCount",
                    i,
                    null,
                    null,
                    null,
                    Map.of("worker", prefix)),
                new MetricPoint(
                    prefix + "-" + i,
                    Instant.now(),
                    "suite",
                    "check",
                    "mean(x)",
                    i / 2.0,
                    null,
                    null,
                    null,
                    Map.of("worker", prefix))));
      }
    }
  }
}
