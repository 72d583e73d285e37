package dev.mltest.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two processes append at once, as two parallel builds sharing a cache folder or a database do:
 * nothing is lost and no append is torn.
 */
class ConcurrentAppendTest {
  private static final int APPENDS = 25;

  @TempDir Path directory;

  @Test
  void twoProcessesAppendingToOneDuckDbFileLoseNothing() throws Exception {
    Path folder = directory.resolve("metrics");
    runTwoWorkers(folder.toString());
    assertEveryAppendArrived(MetricsRepository.duckDb(folder));
  }

  @Test
  void twoProcessesAppendingToPostgresLoseNothing() throws Exception {
    EmbeddedPostgres server = PostgresServer.start();
    Assumptions.assumeTrue(server != null, PostgresServer.SKIPPED);
    try (server) {
      String url = server.getJdbcUrl("postgres", "postgres");
      runTwoWorkers(url);
      assertEveryAppendArrived(MetricsRepository.jdbc(url, "postgres", null));
    }
  }

  private static void runTwoWorkers(String target) throws IOException, InterruptedException {
    List<Process> workers = new ArrayList<>();
    for (String prefix : List.of("a", "b")) {
      workers.add(
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "-cp",
                  System.getProperty("java.class.path"),
                  AppendWorker.class.getName(),
                  target,
                  prefix,
                  Integer.toString(APPENDS))
              .redirectErrorStream(true)
              .redirectOutput(ProcessBuilder.Redirect.INHERIT)
              .start());
    }
    for (Process worker : workers) {
      assertThat(worker.waitFor(5, TimeUnit.MINUTES)).as("worker finished").isTrue();
      assertThat(worker.exitValue()).as("worker exit code").isZero();
    }
  }

  private static void assertEveryAppendArrived(MetricsRepository repository) {
    for (String prefix : List.of("a", "b")) {
      List<MetricPoint> points = repository.read(MetricQuery.all().tags(Map.of("worker", prefix)));
      assertThat(points).hasSize(2 * APPENDS);
      assertThat(points.stream().map(MetricPoint::runId).distinct()).hasSize(APPENDS);
      assertThat(
              repository.values(
                  MetricQuery.metric("suite", "rowCount").tags(Map.of("worker", prefix))))
          .hasSize(APPENDS);
    }
  }
}
