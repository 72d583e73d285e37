package dev.mltest.cli;

import static dev.mltest.cli.CliRun.mltest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code mltest history list|export|prune} on a DuckDB history written by the library. */
class HistoryCommandTest {
  @TempDir Path tmp;
  private String dir;

  @BeforeEach
  void fiveRuns() {
    dir = HistoryData.fiveRuns(tmp.resolve("metrics-history")).toString();
  }

  @Test
  void listShowsEachMetricWithItsValuesOldestFirst() {
    CliRun run = mltest("history", "list", "--dir", dir);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out().lines())
        .hasSize(3)
        .anySatisfy(
            line ->
                assertThat(line)
                    .startsWith("orders › rows-vs-last-week › rowCount  ")
                    .contains("200, 212, 195, 206, 96")
                    .contains("(5 runs; last ")
                    .contains("commit 3f2c1d0"));
  }

  @Test
  void listRunsAndSuites() {
    CliRun runs = mltest("history", "list", "runs", "--dir", dir);
    assertThat(runs.code()).as(runs.err()).isZero();
    assertThat(runs.out().lines()).hasSize(5);
    assertThat(runs.out().lines().findFirst().orElseThrow())
        .contains("  run-1  branch main, commit 3f2c1d0  2 suites, 3 values  batch=b1");
    assertThat(runs.out().lines().toList().get(4)).contains("run-5");

    CliRun suites = mltest("history", "list", "suites", "--dir", dir);
    assertThat(suites.out().lines()).hasSize(2);
    assertThat(suites.out()).startsWith("customers  ");
    assertThat(suites.out()).contains("orders  5 runs, 2 checks, 2 metrics, 10 values  ");
    assertThat(suites.out()).contains("customers  5 runs, 1 check, 1 metric, 5 values  ");
  }

  @Test
  void filtersNarrowTheListing() {
    String monthAgo = LocalDate.now(ZoneOffset.UTC).minusDays(30).toString();
    CliRun recent =
        mltest(
            "history",
            "list",
            "--dir",
            dir,
            "--suite",
            "orders",
            "--metric",
            "rowCount",
            "--since",
            monthAgo);
    assertThat(recent.code()).as(recent.err()).isZero();
    assertThat(recent.out().lines()).hasSize(1);
    assertThat(recent.out()).contains("195, 206, 96").contains("(3 runs;").doesNotContain("212");

    CliRun oneBatch = mltest("history", "list", "runs", "--dir", dir, "--tag", "batch=b2");
    assertThat(oneBatch.out().lines()).hasSize(1).allMatch(l -> l.contains("run-2"));

    CliRun none = mltest("history", "list", "--dir", dir, "--suite", "nowhere");
    assertThat(none.code()).isZero();
    assertThat(none.out()).startsWith("no values in ").contains("mltest-metrics.duckdb match");
  }

  @Test
  void exportsCsvAndJsonWithTheSameValues() throws Exception {
    CliRun csv = mltest("history", "export", "--dir", dir, "--suite", "orders");
    assertThat(csv.code()).as(csv.err()).isZero();
    List<String> lines = csv.out().lines().toList();
    assertThat(lines.get(0))
        .isEqualTo(
            "recorded_at,run_id,suite,check,metric,value,dataset_fingerprint,git_commit,branch,tags");
    assertThat(lines).hasSize(11);
    assertThat(lines.get(1)).contains(",run-1,orders,").endsWith(",3f2c1d0,main,batch=b1");

    Path json = tmp.resolve("out/history.json");
    CliRun written =
        mltest(
            "history",
            "export",
            "--dir",
            dir,
            "--format",
            "json",
            "--output",
            json.toString(),
            "--metric",
            "rowCount",
            "--suite",
            "orders");
    assertThat(written.code()).as(written.err()).isZero();
    assertThat(written.out()).isEqualTo("wrote 5 values to " + json + System.lineSeparator());
    JsonNode array = new ObjectMapper().readTree(json.toFile());
    assertThat(array.size()).isEqualTo(5);
    for (int i = 0; i < 5; i++) {
      assertThat(array.get(i).get("value").asDouble()).isEqualTo(HistoryData.ORDER_ROWS[i]);
      assertThat(array.get(i).get("tags").get("batch").asText()).isEqualTo("b" + (i + 1));
    }
    try (var files = Files.list(json.getParent())) {
      assertThat(files).as("no temporary file is left").containsExactly(json);
    }
  }

  @Test
  void aJdbcUrlReadsTheSameHistory() {
    String url = "jdbc:duckdb:" + Path.of(dir).resolve("mltest-metrics.duckdb").toAbsolutePath();
    CliRun run = mltest("history", "list", "runs", "--jdbc-url", url);
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out().lines()).hasSize(5);
  }

  @Test
  void pruneOlderThanSaysWhatWouldGoThenDeletesIt() {
    CliRun dry = mltest("history", "prune", "--dir", dir, "--older-than", "30", "--dry-run");
    assertThat(dry.code()).as(dry.err()).isZero();
    assertThat(dry.out().lines().toList())
        .hasSize(4)
        .first()
        .asString()
        .startsWith("would delete 6 values of 2 runs from ");
    assertThat(dry.out())
        .contains("  ")
        .contains("run-1")
        .contains("run-2")
        .doesNotContain("run-3");
    assertThat(dry.out().strip()).endsWith("nothing deleted (--dry-run)");
    assertThat(HistoryData.size(Path.of(dir))).isEqualTo(15);

    CliRun pruned = mltest("history", "prune", "--dir", dir, "--older-than", "30");
    assertThat(pruned.code()).as(pruned.err()).isZero();
    assertThat(pruned.out()).startsWith("deleted 6 values from ");
    assertThat(mltest("history", "list", "runs", "--dir", dir).out().lines()).hasSize(3);
  }

  @Test
  void pruneKeepRunsDryRunNamesTheRunsThatGo() {
    CliRun dry = mltest("history", "prune", "--dir", dir, "--keep-runs", "2", "--dry-run");
    assertThat(dry.code()).as(dry.err()).isZero();
    assertThat(dry.out()).startsWith("would delete 9 values of 3 runs from ");
    assertThat(dry.out()).contains("run-1", "run-2", "run-3").doesNotContain("run-4", "run-5");
    assertThat(HistoryData.size(Path.of(dir))).isEqualTo(15);

    CliRun pruned = mltest("history", "prune", "--dir", dir, "--keep-runs", "2");
    assertThat(pruned.out()).startsWith("deleted 9 values from ");
    assertThat(mltest("history", "list", "runs", "--dir", dir).out())
        .contains("run-4", "run-5")
        .doesNotContain("run-3");
  }

  @Test
  void pruneByFilterDeletesOnlyWhatMatches() {
    CliRun dry = mltest("history", "prune", "--dir", dir, "--suite", "customers", "--dry-run");
    assertThat(dry.out()).startsWith("would delete 5 values of 5 runs from ");
    CliRun pruned = mltest("history", "prune", "--dir", dir, "--suite", "customers");
    assertThat(pruned.code()).as(pruned.err()).isZero();
    assertThat(mltest("history", "list", "suites", "--dir", dir).out().lines())
        .singleElement()
        .asString()
        .startsWith("orders  ");
  }

  @Test
  void pruneWithNothingToDeleteSaysSo() {
    Instant longAgo = Instant.now().minus(Duration.ofDays(1000));
    CliRun dry =
        mltest(
            "history",
            "prune",
            "--dir",
            dir,
            "--until",
            longAgo.toString().substring(0, 10),
            "--dry-run");
    assertThat(dry.code()).as(dry.err()).isZero();
    assertThat(dry.out()).startsWith("would delete 0 values of 0 runs from ");
    assertThat(dry.out().lines()).hasSize(2);
  }
}
