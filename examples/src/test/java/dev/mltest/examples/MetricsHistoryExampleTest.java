package dev.mltest.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import dev.mltest.history.MetricQuery;
import dev.mltest.history.MetricsRepository;
import dev.mltest.report.HistoryExport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * A week of daily exports (history/days, made by generate.py) run through
 * history/orders.mltest.yaml the way a scheduled job would: each day's export becomes orders.csv
 * and the run appends to one metrics repository in target/metrics-history. On day 7 the export has
 * lost half its orders (still above the fixed floor) and its missing amounts jumped: only the
 * history-aware expectations see it. Afterwards, list it with the command line: {@code mltest
 * history list --dir examples/target/metrics-history}.
 */
class MetricsHistoryExampleTest {
  private static final Path HISTORY = Path.of("target/metrics-history");

  @TempDir Path job;

  private EngineExecutionResults day(int day) throws IOException {
    Files.copy(
        Path.of("history/orders.mltest.yaml"),
        job.resolve("orders.mltest.yaml"),
        StandardCopyOption.REPLACE_EXISTING);
    Files.copy(
        Path.of("history/days/day-" + day + ".csv"),
        job.resolve("orders.csv"),
        StandardCopyOption.REPLACE_EXISTING);
    return EngineTestKit.engine("ml-test")
        .configurationParameter("mltest.history.dir", HISTORY.toString())
        .configurationParameter("mltest.history.tags", "batch=2026-12-0" + day)
        .configurationParameter("mltest.history.branch", "main")
        .selectors(selectFile(job.resolve("orders.mltest.yaml").toFile()))
        .outputDirectoryCreator(new TempOutput(job.resolve("out-" + day)))
        .execute();
  }

  private static List<String> failed(EngineExecutionResults results) {
    return results.testEvents().failed().stream()
        .map(Event::getTestDescriptor)
        .map(d -> d.getDisplayName())
        .toList();
  }

  @Test
  void onlyTheHistorySeesTheDayTheExportHalved() throws Exception {
    Files.deleteIfExists(HISTORY.resolve("mltest-metrics.duckdb"));
    for (int day = 1; day <= 6; day++) {
      assertThat(failed(day(day))).as("day %d", day).isEmpty();
    }
    EngineExecutionResults broken = day(7);
    assertThat(failed(broken))
        .containsExactlyInAnyOrder(
            "rows-vs-last-week — at most 30% fewer (or 50% more) rows than the median of the last 7 runs",
            "amount-nulls — the share of missing amounts is normal for this export");
    String summary = Files.readString(job.resolve("out-7/mltest/summary.md"));
    assertThat(summary)
        .contains("#### Metric history")
        .contains("| 200, 212, 195, 206, 199, 203 | 96 |".replace("200, ", "… "));

    String listing;
    String csv;
    // What mltest history list and export print, read through the library as a user's code would.
    try (MetricsRepository repository = MetricsRepository.duckDb(HISTORY)) {
      listing = HistoryExport.listing(repository.read(MetricQuery.all().metric("rowCount")));
      csv =
          HistoryExport.csv(repository.read(MetricQuery.all().tags(Map.of("batch", "2026-12-07"))));
    }
    assertThat(listing)
        .contains("orders › rows-vs-last-week › rowCount")
        .contains("200, 212, 195, 206, 199, 203, 96")
        .contains("(7 runs;");
    assertThat(csv.lines().findFirst())
        .contains(
            "recorded_at,run_id,suite,check,metric,value,dataset_fingerprint,git_commit,branch,tags");
    assertThat(csv).contains(",orders,rows-vs-last-week,rowCount,96.0,");
  }
}
