package dev.mltest.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The repository in one SQL table, {@code mltest_metrics}, through JDBC. Every operation opens its
 * own short connection, so a DuckDB file stays free for other processes between operations; while
 * another process holds the file's lock, the operation is retried with a random back-off until
 * {@code lockWait} has passed. Times are stored as microseconds since the epoch (UTC), which both
 * DuckDB and PostgreSQL sort and compare exactly.
 */
final class SqlMetricsRepository implements MetricsRepository {
  static final String TABLE = "mltest_metrics";
  private static final int DELETE_BATCH = 500;
  // DuckDB allows one writer process per file; inside one JVM, operations on a file take turns.
  private static final Map<Path, ReentrantLock> FILE_LOCKS = new ConcurrentHashMap<>();

  private final String url;
  private final Properties credentials;
  private final @Nullable Path file;
  private final Duration lockWait;
  private volatile boolean schemaReady;

  private SqlMetricsRepository(
      String url, Properties credentials, @Nullable Path file, Duration lockWait) {
    this.url = url;
    this.credentials = credentials;
    this.file = file;
    this.lockWait = lockWait;
  }

  static SqlMetricsRepository duckDb(Path file, Duration lockWait) {
    Path absolute = file.toAbsolutePath().normalize();
    try {
      Files.createDirectories(absolute.getParent());
    } catch (IOException e) {
      throw new MetricsRepositoryException(
          "cannot create the metrics folder " + absolute.getParent() + ": " + e.getMessage(), e);
    }
    return new SqlMetricsRepository(
        "jdbc:duckdb:" + absolute, new Properties(), absolute, lockWait);
  }

  static SqlMetricsRepository jdbc(String url, @Nullable String user, @Nullable String password) {
    if (!url.startsWith("jdbc:")) {
      throw new MetricsRepositoryException(
          "the metrics repository URL must be a JDBC URL such as"
              + " jdbc:postgresql://host:5432/metrics, was '"
              + url
              + "'");
    }
    Properties credentials = new Properties();
    if (user != null) {
      credentials.setProperty("user", user);
    }
    if (password != null) {
      credentials.setProperty("password", password);
    }
    return new SqlMetricsRepository(url, credentials, null, Duration.ZERO);
  }

  @Override
  public void append(List<MetricPoint> points) {
    if (points.isEmpty()) {
      return;
    }
    run(
        "append " + points.size() + " points to",
        connection -> {
          connection.setAutoCommit(false);
          try (PreparedStatement insert =
              connection.prepareStatement(
                  "INSERT INTO "
                      + TABLE
                      + " (id, run_id, recorded_at_us, suite, check_name, metric, metric_value,"
                      + " dataset_fingerprint, git_commit, branch, tags)"
                      + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (MetricPoint p : points) {
              insert.setString(1, UUID.randomUUID().toString());
              insert.setString(2, p.runId());
              insert.setLong(3, micros(p.recordedAt()));
              insert.setString(4, p.suite());
              insert.setString(5, p.check());
              insert.setString(6, p.metric());
              insert.setDouble(7, p.value());
              insert.setString(8, p.datasetFingerprint());
              insert.setString(9, p.gitCommit());
              insert.setString(10, p.branch());
              insert.setString(11, TagsJson.write(p.tags()));
              insert.addBatch();
            }
            insert.executeBatch();
            connection.commit();
          } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
          }
          return points.size();
        });
  }

  @Override
  public List<MetricPoint> read(MetricQuery query) {
    return rows(query).stream().map(Row::point).toList();
  }

  private List<Row> rows(MetricQuery query) {
    List<Object> arguments = new ArrayList<>();
    StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    condition(where, arguments, "suite = ?", query.suite());
    condition(where, arguments, "check_name = ?", query.check());
    condition(where, arguments, "metric = ?", query.metric());
    condition(where, arguments, "branch = ?", query.branch());
    condition(
        where,
        arguments,
        "recorded_at_us >= ?",
        query.since() == null ? null : micros(query.since()));
    condition(
        where,
        arguments,
        "recorded_at_us < ?",
        query.until() == null ? null : micros(query.until()));
    condition(where, arguments, "run_id <> ?", query.excludeRun());
    String sql =
        "SELECT id, run_id, recorded_at_us, suite, check_name, metric, metric_value,"
            + " dataset_fingerprint, git_commit, branch, tags FROM "
            + TABLE
            + where
            + " ORDER BY recorded_at_us, run_id, id";
    return run(
        "read",
        connection -> {
          List<Row> rows = new ArrayList<>();
          try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < arguments.size(); i++) {
              select.setObject(i + 1, arguments.get(i));
            }
            try (ResultSet rs = select.executeQuery()) {
              while (rs.next()) {
                MetricPoint point =
                    new MetricPoint(
                        rs.getString(2),
                        fromMicros(rs.getLong(3)),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getDouble(7),
                        rs.getString(8),
                        rs.getString(9),
                        rs.getString(10),
                        TagsJson.read(rs.getString(11)));
                if (query.matchesTags(point.tags())) {
                  rows.add(new Row(rs.getString(1), point));
                }
              }
            }
          }
          return rows;
        });
  }

  private static void condition(
      StringBuilder where, List<Object> arguments, String sql, @Nullable Object value) {
    if (value != null) {
      where.append(" AND ").append(sql);
      arguments.add(value);
    }
  }

  @Override
  public int prune(MetricQuery query) {
    List<String> ids = rows(query).stream().map(Row::id).toList();
    return delete(ids);
  }

  @Override
  public int pruneRuns(int keep) {
    if (keep < 0) {
      throw new IllegalArgumentException("keep must be >= 0, was " + keep);
    }
    List<Row> all = rows(MetricQuery.all());
    Set<String> runsNewestFirst = new LinkedHashSet<>();
    for (int i = all.size() - 1; i >= 0; i--) {
      runsNewestFirst.add(all.get(i).point().runId());
    }
    Set<String> kept = new LinkedHashSet<>(runsNewestFirst.stream().limit(keep).toList());
    return delete(
        all.stream().filter(r -> !kept.contains(r.point().runId())).map(Row::id).toList());
  }

  private int delete(List<String> ids) {
    if (ids.isEmpty()) {
      return 0;
    }
    return run(
        "prune",
        connection -> {
          connection.setAutoCommit(false);
          int deleted = 0;
          try {
            for (int from = 0; from < ids.size(); from += DELETE_BATCH) {
              List<String> batch = ids.subList(from, Math.min(ids.size(), from + DELETE_BATCH));
              String marks = String.join(", ", java.util.Collections.nCopies(batch.size(), "?"));
              try (PreparedStatement delete =
                  connection.prepareStatement(
                      "DELETE FROM " + TABLE + " WHERE id IN (" + marks + ")")) {
                for (int i = 0; i < batch.size(); i++) {
                  delete.setString(i + 1, batch.get(i));
                }
                deleted += delete.executeUpdate();
              }
            }
            connection.commit();
          } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
          }
          return deleted;
        });
  }

  @Override
  public String location() {
    if (file != null) {
      return file.toString();
    }
    int query = url.indexOf('?');
    return query < 0 ? url : url.substring(0, query);
  }

  @Override
  public void close() {
    // Connections are opened per operation: nothing stays open.
  }

  private <T> T run(String what, SqlWork<T> work) {
    ReentrantLock local =
        file == null ? null : FILE_LOCKS.computeIfAbsent(file, f -> new ReentrantLock());
    if (local != null) {
      local.lock();
    }
    try {
      long deadline = System.nanoTime() + lockWait.toNanos();
      long pause = 20;
      while (true) {
        try (Connection connection = DriverManager.getConnection(url, credentials)) {
          ensureSchema(connection);
          return work.run(connection);
        } catch (SQLException e) {
          if (!isLockConflict(e) || System.nanoTime() > deadline) {
            throw new MetricsRepositoryException(
                "cannot %s the metrics repository %s: %s"
                    .formatted(what, location(), e.getMessage()),
                e);
          }
          sleep(pause + ThreadLocalRandom.current().nextLong(pause));
          pause = Math.min(500, pause * 2);
        }
      }
    } finally {
      if (local != null) {
        local.unlock();
      }
    }
  }

  private void ensureSchema(Connection connection) throws SQLException {
    if (schemaReady) {
      return;
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "CREATE TABLE IF NOT EXISTS "
              + TABLE
              + " (id VARCHAR(36) PRIMARY KEY, run_id VARCHAR(200) NOT NULL,"
              + " recorded_at_us BIGINT NOT NULL, suite VARCHAR(1000) NOT NULL,"
              + " check_name VARCHAR(1000) NOT NULL, metric VARCHAR(1000) NOT NULL,"
              + " metric_value DOUBLE PRECISION NOT NULL, dataset_fingerprint VARCHAR(200),"
              + " git_commit VARCHAR(100), branch VARCHAR(300), tags TEXT NOT NULL)");
      statement.execute(
          "CREATE INDEX IF NOT EXISTS " + TABLE + "_by_metric ON " + TABLE + " (suite, metric)");
    } catch (SQLException e) {
      // Two processes creating the table at once: one wins, the other sees it exists now.
      if (!tableExists(connection)) {
        throw e;
      }
      if (!connection.getAutoCommit()) {
        connection.rollback();
      }
    }
    schemaReady = true;
  }

  private static boolean tableExists(Connection connection) {
    try (Statement statement = connection.createStatement();
        ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + TABLE + " WHERE 1 = 0")) {
      return true;
    } catch (SQLException e) {
      return false;
    }
  }

  private static boolean isLockConflict(SQLException e) {
    String message = String.valueOf(e.getMessage());
    return message.contains("Could not set lock") || message.contains("Conflicting lock");
  }

  private static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new MetricsRepositoryException("interrupted while waiting for the metrics file", e);
    }
  }

  private static long micros(Instant instant) {
    return ChronoUnit.MICROS.between(Instant.EPOCH, instant);
  }

  private static Instant fromMicros(long micros) {
    return Instant.EPOCH.plus(micros, ChronoUnit.MICROS);
  }

  @FunctionalInterface
  private interface SqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  private record Row(String id, MetricPoint point) {}
}
