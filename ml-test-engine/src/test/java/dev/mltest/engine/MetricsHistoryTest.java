package dev.mltest.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import dev.mltest.history.MetricPoint;
import dev.mltest.history.MetricQuery;
import dev.mltest.history.MetricsRepository;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/**
 * Daily runs of one suite over a changing export, each appending to one DuckDB metrics repository:
 * the first run says it has no history, normal days pass, the day the export halves fails, and the
 * summary shows the trend.
 */
class MetricsHistoryTest {
  private static final String SUITE =
      """
      suite: orders
      dataset: orders.csv
      expectations:
        - expect: change
          metric: rowCount
          against: median
          window: 3
          relative: true
          min: -0.3
          max: 0.5
          minHistory: 2
        - expect: anomaly
          metric: nullRatio
          column: amount
          strategy: absoluteChange
          maxIncrease: 0.05
        - expect: rowCount
          min: 1
      """;

  @TempDir Path work;

  private EngineExecutionResults day(int day, int rows, int nulls) throws IOException {
    Path dir = Files.createDirectories(work.resolve("project"));
    Files.writeString(dir.resolve("orders.mltest.yaml"), SUITE);
    Files.writeString(
        dir.resolve("orders.csv"),
        "id,amount\n"
            + IntStream.range(0, rows)
                .mapToObj(i -> i + "," + (i < nulls ? "" : Integer.toString(i % 50)))
                .collect(Collectors.joining("\n"))
            + "\n");
    Path out = Files.createDirectories(work.resolve("out-" + day));
    return MlTestKit.engine(out)
        .configurationParameter(Constants.HISTORY_DIR, work.resolve("metrics").toString())
        .configurationParameter(Constants.HISTORY_TAGS, "batch=2026-12-0" + day)
        .configurationParameter(Constants.HISTORY_BRANCH, "main")
        .selectors(selectFile(dir.resolve("orders.mltest.yaml").toString()))
        .execute();
  }

  private static String message(EngineExecutionResults results, String name) {
    return results.testEvents().finished().stream()
        .filter(e -> e.getTestDescriptor().getDisplayName().startsWith(name))
        .map(Event::getPayload)
        .flatMap(p -> p.stream())
        .map(Object::toString)
        .findFirst()
        .orElse("");
  }

  @Test
  void aDropThatOnlyHistoryShowsFailsAndTheSummaryShowsTheTrend() throws IOException {
    EngineExecutionResults first = day(1, 1000, 10);
    first.testEvents().assertStatistics(s -> s.succeeded(3).failed(0));
    assertThat(first.testEvents().reportingEntryPublished().stream())
        .anySatisfy(
            e ->
                assertThat(e.getPayload().orElseThrow().toString())
                    .contains("not judged: 0 earlier runs"));

    day(2, 1020, 11).testEvents().assertStatistics(s -> s.succeeded(3).failed(0));
    day(3, 990, 10).testEvents().assertStatistics(s -> s.succeeded(3).failed(0));
    // Day 4: the export halves, still far above rowCount's floor of 1; nulls jump 10% -> 30%.
    EngineExecutionResults drop = day(4, 500, 150);
    drop.testEvents().assertStatistics(s -> s.succeeded(1).failed(2));
    assertThat(drop.testEvents().failed().stream())
        .extracting(
            e ->
                e.getPayload(org.junit.platform.engine.TestExecutionResult.class)
                    .flatMap(r -> r.getThrowable())
                    .map(Throwable::getMessage)
                    .orElse(""))
        .anySatisfy(
            m ->
                assertThat(m)
                    .contains("row count is 500")
                    .contains("against the median 1000 of the last 3 runs")
                    .contains("last runs 1000, 1020, 990 → 500"));

    String summary = Files.readString(work.resolve("out-4/mltest/summary.md"));
    assertThat(summary)
        .contains("#### Metric history")
        .contains("| ❌ | orders | change | rowCount | ███▁ | 1000, 1020, 990 | 500 |")
        .contains("| ❌ | orders | anomaly\\[amount\\] | nullRatio(amount) | ▁▁▁█ |");

    try (MetricsRepository repository = MetricsRepository.duckDb(work.resolve("metrics"))) {
      List<MetricPoint> rowCounts = repository.read(MetricQuery.metric("orders", "rowCount"));
      assertThat(rowCounts)
          .extracting(MetricPoint::value)
          .containsExactly(1000.0, 1020.0, 990.0, 500.0);
      assertThat(rowCounts.get(3).tags()).isEqualTo(Map.of("batch", "2026-12-04"));
      assertThat(rowCounts.get(3).branch()).isEqualTo("main");
      assertThat(rowCounts.get(3).datasetFingerprint()).hasSize(64);
      assertThat(repository.values(MetricQuery.metric("orders", "nullRatio(amount)")))
          .containsExactly(0.01, 11 / 1020.0, 10 / 990.0, 0.3);
      // plain expectations are recorded too, as 'observed:<key>', apart from history metrics
      assertThat(repository.read(MetricQuery.all().check("rowCount")))
          .extracting(MetricPoint::metric)
          .containsOnly("observed:rowCount")
          .hasSize(4);
    }
  }

  @Test
  void withoutARepositoryHistoryChecksWarnAndSaySo() throws IOException {
    Path dir = Files.createDirectories(work.resolve("p"));
    Files.writeString(dir.resolve("orders.mltest.yaml"), SUITE);
    Files.writeString(dir.resolve("orders.csv"), "id,amount\n1,2\n2,3\n");
    EngineExecutionResults results =
        MlTestKit.engine(work.resolve("out"))
            .selectors(selectFile(dir.resolve("orders.mltest.yaml").toString()))
            .execute();
    results.testEvents().assertStatistics(s -> s.succeeded(3).failed(0));
    assertThat(Files.readString(work.resolve("out/mltest/summary.md")))
        .contains("no metrics history is configured");
  }
}
