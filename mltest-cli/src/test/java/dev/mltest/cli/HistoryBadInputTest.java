package dev.mltest.cli;

import static dev.mltest.cli.CliRun.mltest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code history} commands on bad and hostile input: one clear line on standard error, exit
 * code 2, no stack trace, and nothing written or deleted.
 */
class HistoryBadInputTest {
  @TempDir Path tmp;

  /** The run failed with exit code 2 and exactly one line that contains {@code words}. */
  private static void brokenWithOneLine(CliRun run, String... words) {
    assertThat(run.code()).as(run.out() + run.err()).isEqualTo(2);
    assertThat(run.err().lines()).as(run.err()).hasSize(1);
    assertThat(run.err()).startsWith("mltest history ").contains(words);
    assertThat(run.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void aMissingOrWrongFolderIsNamed() throws IOException {
    brokenWithOneLine(
        mltest("history", "list", "--dir", tmp.resolve("nope").toString()),
        "mltest history list: history folder '",
        "nope' not found");
    Path empty = Files.createDirectories(tmp.resolve("empty"));
    brokenWithOneLine(
        mltest("history", "export", "--dir", empty.toString()),
        "no metrics history in '",
        "mltest-metrics.duckdb is missing");
    assertThat(empty).isEmptyDirectory();
    Path history = HistoryData.fiveRuns(tmp.resolve("h"));
    brokenWithOneLine(
        mltest("history", "list", "--dir", history.resolve("mltest-metrics.duckdb").toString()),
        "--dir names the folder that holds mltest-metrics.duckdb, not the file: use --dir");
    brokenWithOneLine(mltest("history", "list"), "give --dir DIR");
    brokenWithOneLine(
        mltest("history", "list", "--dir", history.toString(), "--jdbc-url", "jdbc:x:y"),
        "give --dir or --jdbc-url, not both");
  }

  @Test
  void anUnreadableDatabaseIsOneLine() throws IOException {
    Path folder = Files.createDirectories(tmp.resolve("garbage"));
    Files.writeString(folder.resolve("mltest-metrics.duckdb"), "not a database\n".repeat(500));
    CliRun run = mltest("history", "list", "--dir", folder.toString());
    brokenWithOneLine(run, "cannot read the metrics repository ", "mltest-metrics.duckdb");
  }

  @Test
  void badDatesTagsAndFormatsAreNamed() {
    String dir = HistoryData.fiveRuns(tmp.resolve("h")).toString();
    brokenWithOneLine(
        mltest("history", "list", "--dir", dir, "--since", "yesterday"),
        "--since 'yesterday' is not a date such as 2026-12-01 or a time such as"
            + " 2026-12-01T08:00:00Z");
    brokenWithOneLine(
        mltest("history", "export", "--dir", dir, "--until", "2026-13-01"),
        "--until '2026-13-01' is not a date");
    brokenWithOneLine(
        mltest("history", "list", "--dir", dir, "--since", "2026-12-02", "--until", "2026-12-01"),
        "is not before --until");
    brokenWithOneLine(
        mltest("history", "list", "--dir", dir, "--tag", "batch"), "--tag must be KEY=VALUE");
    brokenWithOneLine(
        mltest("history", "export", "--dir", dir, "--format", "xml"),
        "--format must be csv or json, was 'xml'");
    brokenWithOneLine(
        mltest("history", "list", "everything", "--dir", dir),
        "cannot list 'everything'; use metrics, runs or suites");
  }

  @Test
  void pruneNeverDeletesEverythingByDefault() {
    Path dir = HistoryData.fiveRuns(tmp.resolve("h"));
    String d = dir.toString();
    brokenWithOneLine(mltest("history", "prune", "--dir", d), "it never deletes everything");
    brokenWithOneLine(
        mltest("history", "prune", "--dir", d, "--keep-runs", "0"),
        "--keep-runs must be at least 1");
    brokenWithOneLine(
        mltest("history", "prune", "--dir", d, "--keep-runs", "2", "--older-than", "3"),
        "not both");
    brokenWithOneLine(
        mltest("history", "prune", "--dir", d, "--keep-runs", "2", "--suite", "orders"),
        "--keep-runs counts the runs of the whole history");
    brokenWithOneLine(
        mltest("history", "prune", "--dir", d, "--older-than", "-1"), "must be 0 days or more");
    assertThat(HistoryData.size(dir)).isEqualTo(15);
    // A non-number is picocli's usage error: exit code 2 as well.
    assertThat(mltest("history", "prune", "--dir", d, "--keep-runs", "many").code()).isEqualTo(2);
  }

  @Test
  void thePasswordNeverComesFromTheCommandLine() throws IOException {
    CliRun onTheLine =
        mltest("history", "list", "--jdbc-url", "jdbc:postgresql://127.0.0.1/m", "--password", "s");
    assertThat(onTheLine.code()).isEqualTo(2);
    assertThat(onTheLine.err()).contains("Unknown option: '--password'");
    brokenWithOneLine(
        mltest(
            "history",
            "list",
            "--jdbc-url",
            "jdbc:postgresql://127.0.0.1/m",
            "--jdbc-password-env",
            "MLTEST_TEST_UNSET_VARIABLE_7f3a"),
        "--jdbc-password-env names MLTEST_TEST_UNSET_VARIABLE_7f3a, but that environment"
            + " variable is not set");
    brokenWithOneLine(
        mltest("history", "list", "--dir", tmp.toString(), "--jdbc-user", "ci"),
        "--jdbc-user and --jdbc-password-env need --jdbc-url");
  }

  @Test
  void anUnreachableDatabaseIsOneLine() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    String url = "jdbc:postgresql://127.0.0.1:" + closedPort + "/metrics?connectTimeout=5";
    CliRun run = mltest("history", "list", "--jdbc-url", url, "--jdbc-user", "ci");
    brokenWithOneLine(
        run, "cannot read the metrics repository jdbc:postgresql://127.0.0.1:" + closedPort);
    assertThat(run.err()).doesNotContain("connectTimeout");
    brokenWithOneLine(
        mltest("history", "list", "--jdbc-url", "postgresql://db/metrics"), "must be a JDBC URL");
  }

  @Test
  void exportNeverOverwritesTheHistoryItselfHoweverThePathReachesIt() throws IOException {
    Path dir = HistoryData.fiveRuns(tmp.resolve("h"));
    Path database = dir.resolve("mltest-metrics.duckdb");
    long size = Files.size(database);
    String sneaky = dir.resolve("../h/./mltest-metrics.duckdb").toString();
    brokenWithOneLine(
        mltest("history", "export", "--dir", dir.toString(), "--output", sneaky),
        "is the history's own database; name another file");
    brokenWithOneLine(
        mltest("history", "export", "--dir", dir.toString(), "--output", sneaky, "--force"),
        "is the history's own database; name another file");
    Path link = Files.createSymbolicLink(tmp.resolve("history.csv"), database);
    brokenWithOneLine(
        mltest(
            "history", "export", "--dir", dir.toString(), "--output", link.toString(), "--force"),
        "is the history's own database");
    assertThat(Files.size(database)).isEqualTo(size);
    assertThat(HistoryData.size(dir)).isEqualTo(15);
  }

  @Test
  void exportKeepsExistingFilesAndRefusesFolders() throws IOException {
    String dir = HistoryData.fiveRuns(tmp.resolve("h")).toString();
    Path existing = Files.writeString(tmp.resolve("keep.csv"), "mine\n");
    brokenWithOneLine(
        mltest("history", "export", "--dir", dir, "--output", existing.toString()),
        "keep.csv' exists; pass --force to overwrite it");
    assertThat(existing).hasContent("mine");
    brokenWithOneLine(
        mltest("history", "export", "--dir", dir, "--output", tmp.toString()),
        "is a folder; name a file");
    CliRun forced =
        mltest("history", "export", "--dir", dir, "--output", existing.toString(), "--force");
    assertThat(forced.code()).as(forced.err()).isZero();
    assertThat(Files.readString(existing)).startsWith("recorded_at,run_id,");

    CliRun nul = mltest("history", "export", "--dir", dir, "--output", "a\u0000b.csv");
    assertThat(nul.code()).isEqualTo(2);
    assertThat(nul.err()).doesNotContain("\tat ");
  }

  @Test
  void formulaSuiteNamesStayTextInCsvAndExactInJson() throws Exception {
    Path dir = tmp.resolve("hostile");
    List<String> hostile =
        List.of(
            "=HYPERLINK(\"http://evil.example\",\"click\")",
            "+1+cmd|' /C calc'!A0",
            "-2+3",
            "@SUM(A1:A9)",
            "\tinjected",
            "orders,\"quoted\"\nsecond line");
    Instant at = Instant.parse("2026-12-01T08:00:00Z");
    HistoryData.write(
        dir,
        hostile.stream()
            .map(
                s ->
                    HistoryData.point("run-1", at, s, "rows", "rowCount", 1, Map.of("batch", "b1")))
            .toList());

    Path csv = tmp.resolve("h.csv");
    CliRun run = mltest("history", "export", "--dir", dir.toString(), "--output", csv.toString());
    assertThat(run.code()).as(run.err()).isZero();
    String text = Files.readString(csv);
    assertThat(text)
        .contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"click\"\")\",")
        .contains(",'+1+cmd|' /C calc'!A0,")
        .contains(",'-2+3,")
        .contains(",'@SUM(A1:A9),")
        .contains(",'\tinjected,")
        .contains(",\"orders,\"\"quoted\"\"\nsecond line\",");
    // No cell of any row starts a formula: every cell is split the way a spreadsheet would.
    assertThat(text).doesNotContain(",=", ",+", ",-2", ",@", ",\t", ",\"=", ",\"+");

    Path json = tmp.resolve("h.json");
    mltest(
        "history",
        "export",
        "--dir",
        dir.toString(),
        "--format",
        "json",
        "--output",
        json.toString());
    JsonNode array = new ObjectMapper().readTree(json.toFile());
    assertThat(array.findValuesAsText("suite")).containsExactlyInAnyOrderElementsOf(hostile);
  }
}
