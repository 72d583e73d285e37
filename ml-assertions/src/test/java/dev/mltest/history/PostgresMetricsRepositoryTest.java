package dev.mltest.history;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The repository against a real PostgreSQL server, started by the test from the binaries in the
 * {@code io.zonky.test} jars on the test classpath (no installation, no network; bound to
 * 127.0.0.1). Skipped, with a message on standard error, only where the server cannot start.
 */
class PostgresMetricsRepositoryTest extends RepositoryContract {
  private static EmbeddedPostgres server;

  @BeforeAll
  static void startServer() {
    server = PostgresServer.start();
    Assumptions.assumeTrue(server != null, PostgresServer.SKIPPED);
  }

  @AfterAll
  static void stopServer() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @BeforeEach
  void emptyTable() throws Exception {
    try (Connection c = server.getPostgresDatabase().getConnection();
        Statement s = c.createStatement()) {
      s.execute("DROP TABLE IF EXISTS " + SqlMetricsRepository.TABLE);
    }
  }

  @Override
  MetricsRepository repository() {
    return MetricsRepository.jdbc(server.getJdbcUrl("postgres", "postgres"), "postgres", null);
  }

  @Test
  void concurrentAppendsFromManyThreadsAllArrive() throws Exception {
    MetricsRepository repository = repository();
    List<Thread> threads =
        java.util.stream.IntStream.range(0, 8)
            .mapToObj(
                t ->
                    new Thread(
                        () -> {
                          for (int i = 0; i < 25; i++) {
                            repository.append(
                                List.of(point("t" + t + "-" + i, 1, "rowCount", i, "b")));
                          }
                        }))
            .toList();
    threads.forEach(Thread::start);
    for (Thread t : threads) {
      t.join();
    }
    assertThat(repository.read(MetricQuery.all())).hasSize(200);
  }

  @Test
  void theUrlShownHasNoParameters() {
    assertThat(
            MetricsRepository.jdbc("jdbc:postgresql://db/metrics?password=secret", null, null)
                .location())
        .isEqualTo("jdbc:postgresql://db/metrics");
  }
}
