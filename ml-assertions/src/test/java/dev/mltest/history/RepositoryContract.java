package dev.mltest.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every metrics repository does, run against each implementation. */
abstract class RepositoryContract {
  static final Instant DAY_1 = Instant.parse("2026-12-01T06:00:00Z");

  /** An empty repository. */
  abstract MetricsRepository repository();

  static MetricPoint point(String run, int day, String metric, double value, String batch) {
    return new MetricPoint(
        run,
        DAY_1.plus(Duration.ofDays(day - 1)),
        "orders.mltest.yaml",
        "change[" + metric + "]",
        metric,
        value,
        "sha256:" + day,
        "abc123" + day,
        day % 2 == 0 ? "feature" : "main",
        Map.of("batch", batch));
  }

  @Test
  void readsBackWhatWasAppendedOldestFirst() {
    MetricsRepository repository = repository();
    repository.append(List.of(point("r2", 2, "rowCount", 900, "2026-12-02")));
    repository.append(
        List.of(
            point("r1", 1, "rowCount", 1000, "2026-12-01"),
            point("r1", 1, "nullRatio(income)", 0.01, "2026-12-01")));
    List<MetricPoint> all = repository.read(MetricQuery.all());
    assertThat(all).hasSize(3);
    assertThat(all.get(0).runId()).isEqualTo("r1");
    assertThat(all.get(2)).isEqualTo(point("r2", 2, "rowCount", 900, "2026-12-02"));
    assertThat(repository.values(MetricQuery.metric("orders.mltest.yaml", "rowCount")))
        .containsExactly(1000.0, 900.0);
  }

  @Test
  void narrowsByBranchTagsTimeAndRun() {
    MetricsRepository repository = repository();
    for (int day = 1; day <= 6; day++) {
      repository.append(List.of(point("r" + day, day, "rowCount", 100 * day, "2026-12-0" + day)));
    }
    MetricQuery rows = MetricQuery.metric("orders.mltest.yaml", "rowCount");
    assertThat(repository.values(rows.branch("main"))).containsExactly(100.0, 300.0, 500.0);
    assertThat(repository.values(rows.tags(Map.of("batch", "2026-12-04")))).containsExactly(400.0);
    assertThat(repository.values(rows.since(DAY_1.plus(Duration.ofDays(4)))))
        .containsExactly(500.0, 600.0);
    assertThat(repository.values(rows.until(DAY_1.plus(Duration.ofDays(1)))))
        .containsExactly(100.0);
    assertThat(repository.values(rows.excludeRun("r6"))).hasSize(5).doesNotContain(600.0);
  }

  @Test
  void aRunThatMeasuredTwiceCountsOnceWithItsLastValue() {
    MetricsRepository repository = repository();
    repository.append(
        List.of(point("r1", 1, "rowCount", 10, "a"), point("r1", 1, "rowCount", 10, "a")));
    repository.append(List.of(point("r2", 2, "rowCount", 20, "b")));
    assertThat(repository.values(MetricQuery.metric("orders.mltest.yaml", "rowCount")))
        .containsExactly(10.0, 20.0);
  }

  @Test
  void prunesByQueryAndKeepsTheLastRuns() {
    MetricsRepository repository = repository();
    for (int day = 1; day <= 5; day++) {
      repository.append(
          List.of(
              point("r" + day, day, "rowCount", day, "b" + day),
              point("r" + day, day, "mean(x)", day, "b" + day)));
    }
    assertThat(repository.prune(MetricQuery.all().until(DAY_1.plus(Duration.ofDays(1)))))
        .isEqualTo(2);
    assertThat(repository.pruneRuns(2)).isEqualTo(4);
    assertThat(repository.read(MetricQuery.all()))
        .extracting(MetricPoint::runId)
        .containsExactly("r4", "r4", "r5", "r5");
    assertThat(repository.prune(MetricQuery.all().tags(Map.of("batch", "b4")))).isEqualTo(2);
    assertThat(repository.read(MetricQuery.all())).hasSize(2);
  }

  @Test
  void keepsTagsAndTextThatLookLikeSql() {
    MetricsRepository repository = repository();
    MetricPoint hostile =
        new MetricPoint(
            "run'; DROP TABLE mltest_metrics; --",
            DAY_1,
            "suite \"quoted\"",
            "check,with\ncomma",
            "metric",
            1.5,
            null,
            null,
            null,
            Map.of("note", "{\"json\": true}", "ünïcode", "✓"));
    repository.append(List.of(hostile));
    assertThat(repository.read(MetricQuery.all())).containsExactly(hostile);
  }
}
