package dev.mltest.cli;

import static dev.mltest.cli.CliRun.mltest;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MlTestCliTest {
  @TempDir Path dir;

  @Test
  void profileWritesJsonAndASelfContainedPage() throws IOException {
    Path data = CliData.customers(dir, "customers.csv", 1, 500);
    CliRun r = mltest("profile", data.toString(), "-o", dir.resolve("out").toString());
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("500 rows, 4 columns").contains("customers.profile.html");
    JsonNode json = new ObjectMapper().readTree(dir.resolve("out/customers.profile.json").toFile());
    assertThat(json.get("rows").asInt()).isEqualTo(500);
    assertThat(json.get("columns").get(1).get("topValues").size()).isEqualTo(3);
    String html = Files.readString(dir.resolve("out/customers.profile.html"));
    assertThat(html).contains("<svg").doesNotContain("<script", "http://", "https://");
  }

  @Test
  void suggestedSuitePassesOnFreshDataAndFailsOnBrokenData() throws IOException {
    Path jan = CliData.customers(dir, "jan.csv", 1, 1000);
    Path feb = CliData.customers(dir, "feb.csv", 2, 1000);
    Path suite = dir.resolve("customers.mltest.yaml");
    CliRun suggest =
        mltest("suggest", jan.toString(), "--reference", feb.toString(), "-o", suite.toString());
    assertThat(suggest.code()).as(suggest.err()).isZero();
    assertThat(Files.readString(suite))
        .contains("dataset: jan.csv")
        .contains("# key: every value distinct and non-null over 2 batches (2,000 rows)");

    String report = dir.resolve("report").toString();
    CliRun clean = mltest("validate", suite.toString(), "--report-dir", report);
    assertThat(clean.code()).as(clean.out()).isZero();
    assertThat(clean.out()).contains("all checks passed");
    assertThat(dir.resolve("report/summary.md")).exists();
    assertThat(dir.resolve("report/results.json")).exists();

    // The suite's dataset is replaced by a batch with a plan typo: the data fails.
    String typo =
        Files.readString(CliData.customers(dir, "mar.csv", 3, 1000))
            .replaceFirst(",plus,", ",Plus,");
    Files.writeString(jan, typo);
    CliRun broken = mltest("validate", suite.toString(), "--report-dir", report);
    assertThat(broken.code()).isEqualTo(RunOutcome.DATA_FAILED);
    assertThat(broken.out()).contains("FAILED  ").contains("inSet[plan]").contains("Plus");
  }

  @Test
  void validateTellsBrokenSuitesAndMissingFilesFromFailedData() throws IOException {
    Path suite =
        Files.writeString(
            dir.resolve("bad.mltest.yaml"),
            "dataset: missing.csv\nexpectations:\n  - expect: notNull\n    column: x\n");
    CliRun broken =
        mltest("validate", suite.toString(), "--report-dir", dir.resolve("r").toString());
    assertThat(broken.code()).isEqualTo(RunOutcome.BROKEN);
    assertThat(broken.out()).contains("ERROR").contains("dataset file 'missing.csv' not found");

    CliRun missing = mltest("validate", dir.resolve("nope.mltest.yaml").toString());
    assertThat(missing.code()).isEqualTo(RunOutcome.BROKEN);
    assertThat(missing.out()).contains("suite file").contains("not found");
  }

  @Test
  void aWarnSeverityFailureIsAWarningOnTheConsoleAsInTheSummary() throws IOException {
    Files.writeString(dir.resolve("amounts.csv"), "id,amount\n1,5000\n2,185\n");
    Path suite =
        Files.writeString(
            dir.resolve("warn.mltest.yaml"),
            """
            dataset: amounts.csv
            expectations:
              - expect: rowCount
                min: 1
              - expect: maxBetween
                column: amount
                max: 10
                severity: warn
            """);
    CliRun run = mltest("validate", suite.toString(), "--report-dir", dir.resolve("r").toString());
    assertThat(run.code()).as(run.out()).isZero();
    assertThat(run.out())
        .contains("PASSED  ")
        .contains("WARNING ")
        .contains("maxBetween[amount]")
        .contains("1 passed, 0 failed, 0 broken, 0 skipped, 1 warning: all checks passed");
    assertThat(Files.readString(dir.resolve("r/summary.md")))
        .contains("1 passed · 0 failed · 1 warning");
  }

  @Test
  void badDataGetsTheMessagesSuitesGive() throws IOException {
    Path empty = Files.writeString(dir.resolve("empty.csv"), "");
    Path unknown = Files.writeString(dir.resolve("data.txt"), "a,b\n1,2\n");
    CliRun emptyProfile = mltest("profile", empty.toString(), "-o", dir.toString());
    CliRun unknownProfile = mltest("suggest", unknown.toString());
    CliRun missingProfile = mltest("profile", dir.resolve("missing.csv").toString());
    assertThat(emptyProfile.code()).isEqualTo(2);
    assertThat(unknownProfile.code()).isEqualTo(2);
    assertThat(missingProfile.code()).isEqualTo(2);
    assertThat(unknownProfile.err()).contains("cannot tell the format of").contains("data.txt");
    assertThat(missingProfile.err()).contains("dataset file").contains("not found");

    assertThat(emptyProfile.err()).contains("empty.csv' is empty");
    CliRun folderProfile = mltest("profile", dir.toString());
    assertThat(folderProfile.code()).isEqualTo(2);
    assertThat(folderProfile.err())
        .contains("is a folder")
        .contains("not a file; name one .csv, .parquet or .jsonl file in it");
    assertThat(
            emptyProfile.err() + unknownProfile.err() + missingProfile.err() + folderProfile.err())
        .doesNotContain("Exception", "\tat ");

    // A header without rows cannot teach a suite anything.
    Path headerOnly = Files.writeString(dir.resolve("header.csv"), "a,b\n");
    CliRun noRows =
        mltest("suggest", headerOnly.toString(), "-o", dir.resolve("h.yaml").toString());
    assertThat(noRows.code()).isEqualTo(2);
    assertThat(noRows.err()).contains("has no rows");
  }

  @Test
  void aMissingFileGetsTheSuitesMessage() throws IOException {
    Files.writeString(
        dir.resolve("s.mltest.yaml"),
        "dataset: missing.csv\nexpectations:\n  - expect: rowCount\n    min: 1\n");
    CliRun suite =
        mltest(
            "validate",
            dir.resolve("s.mltest.yaml").toString(),
            "--report-dir",
            dir.resolve("r").toString());
    // The command line resolves against the working directory as a suite resolves against its
    // folder; the message has the same words.
    CliRun cli = mltest("profile", "missing-here.csv");
    assertThat(suite.out()).contains("dataset file 'missing.csv' not found; looked for [");
    assertThat(cli.err()).contains("dataset file 'missing-here.csv' not found; looked for [");
  }

  @Test
  void driftDecidesAsASuiteDriftSection() throws IOException {
    Path reference = CliData.customers(dir, "ref.csv", 1, 2000);
    Path same = CliData.customers(dir, "same.csv", 2, 2000);
    Path shifted = CliData.customers(dir, "shifted.csv", 3, 2000, 6);
    String report = dir.resolve("r").toString();
    CliRun clean =
        mltest(
            "drift",
            reference.toString(),
            same.toString(),
            "--exclude",
            "customer_id",
            "--report-dir",
            report);
    assertThat(clean.code()).as(clean.out()).isZero();
    CliRun drifted =
        mltest(
            "drift",
            reference.toString(),
            shifted.toString(),
            "--exclude",
            "customer_id",
            "--report-dir",
            report);
    assertThat(drifted.code()).isEqualTo(RunOutcome.DATA_FAILED);
    assertThat(drifted.out())
        .contains("FAILED  ")
        .contains("drift[spend]")
        .contains("drift shifted.csv vs ref.csv")
        // The generated suite is an implementation detail: its temporary path is never shown.
        .doesNotContain("drift.mltest.yaml")
        .doesNotContain(System.getProperty("java.io.tmpdir") + "/mltest-drift");
    assertThat(Files.readString(dir.resolve("r/summary.md"))).contains("spend");
  }

  @Test
  void usageErrorsExitWithTwo() {
    assertThat(mltest("validate").code()).isEqualTo(2);
    assertThat(mltest("frobnicate").code()).isEqualTo(2);
    CliRun help = mltest("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out())
        .contains("profile", "suggest", "validate", "drift", "history", "Exit codes");
  }
}
