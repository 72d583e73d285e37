package dev.mltest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Runs the runnable jar as a separate process, as scripts and hooks do. Runs in the {@code package}
 * phase, after the jar is built ({@code mltest.cli.jar}).
 */
class JarProcessTest {
  @TempDir Path dir;

  private record Run(int code, String out) {}

  private Run java(String... args) throws IOException, InterruptedException {
    return java(Map.of(), args);
  }

  private Run java(Map<String, String> environment, String... args)
      throws IOException, InterruptedException {
    String jar = System.getProperty("mltest.cli.jar");
    assertThat(jar).as("mltest.cli.jar is set by the build").isNotNull();
    assertThat(Path.of(jar)).exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx256m", "-jar", jar));
    command.addAll(List.of(args));
    ProcessBuilder builder = new ProcessBuilder(command).directory(dir.toFile());
    builder.environment().putAll(environment);
    Process process = builder.redirectErrorStream(true).start();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    return new Run(process.exitValue(), out);
  }

  @Test
  void suggestThenValidateWithExitCodes() throws Exception {
    CliData.customers(dir, "jan.csv", 1, 800);
    Run suggest = java("suggest", "jan.csv", "-o", "customers.mltest.yaml");
    assertThat(suggest.code()).as(suggest.out()).isZero();
    Run pass = java("validate", "customers.mltest.yaml");
    assertThat(pass.code()).as(pass.out()).isZero();
    assertThat(dir.resolve("mltest-report/summary.md")).exists();
    assertThat(pass.out()).doesNotContain("SLF4J");
    // Allure results only where --allure-results says: the jar bundles allure-junit-platform,
    // whose listener would otherwise write allure-results into the working directory.
    assertThat(dir.resolve("allure-results")).doesNotExist();
    Run allure = java("validate", "customers.mltest.yaml", "--allure-results", "allure-out");
    assertThat(allure.code()).as(allure.out()).isZero();
    assertThat(dir.resolve("allure-out")).isNotEmptyDirectory();
    assertThat(dir.resolve("allure-results")).doesNotExist();

    Files.writeString(
        dir.resolve("jan.csv"), Files.readString(dir.resolve("jan.csv")).replace(",pro,", ",PRO,"));
    assertThat(java("validate", "customers.mltest.yaml").code()).isEqualTo(1);

    Run broken = java("profile", "nowhere.csv");
    assertThat(broken.code()).isEqualTo(2);
    assertThat(broken.out()).contains("not found").doesNotContain("\tat ");
  }

  @Test
  void printsVersionAndHelp() throws Exception {
    Run help = java("--help");
    assertThat(help.code()).isZero();
    assertThat(help.out()).contains("Usage: mltest");
  }

  @Test
  void historyListsExportsAndPrunesAFolderABuildWrote() throws Exception {
    HistoryData.fiveRuns(dir.resolve("metrics-history"));
    Run help = java("history", "--help");
    assertThat(help.code()).as(help.out()).isZero();
    assertThat(help.out()).contains("Usage: mltest history", "list", "export", "prune");

    Run list = java("history", "list", "runs", "--dir", "metrics-history");
    assertThat(list.code()).as(list.out()).isZero();
    assertThat(list.out().lines().filter(l -> l.contains("  run-"))).hasSize(5);
    assertThat(list.out()).doesNotContain("SLF4J");

    Run export =
        java("history", "export", "--dir", "metrics-history", "--format", "json", "-o", "h.json");
    assertThat(export.code()).as(export.out()).isZero();
    assertThat(dir.resolve("h.json")).content().startsWith("[");

    Run dry = java("history", "prune", "--dir", "metrics-history", "--keep-runs", "1", "--dry-run");
    assertThat(dry.out()).contains("would delete 12 values of 4 runs", "nothing deleted");
    Run prune = java("history", "prune", "--dir", "metrics-history", "--keep-runs", "1");
    assertThat(prune.code()).as(prune.out()).isZero();
    assertThat(prune.out()).contains("deleted 12 values");

    Run missing = java("history", "list", "--dir", "nowhere");
    assertThat(missing.code()).isEqualTo(2);
    assertThat(missing.out().strip())
        .isEqualTo("mltest history list: history folder 'nowhere' not found");

    // The password reaches the driver from the environment: PostgreSQL's driver is in the jar
    // and names the server it could not reach, never the password.
    Run unreachable =
        java(
            Map.of("MLTEST_HISTORY_PASSWORD", "s3cret-from-env"),
            "history",
            "list",
            "--jdbc-url",
            "jdbc:postgresql://127.0.0.1:1/metrics",
            "--jdbc-user",
            "ci");
    assertThat(unreachable.code()).isEqualTo(2);
    assertThat(unreachable.out())
        .contains("cannot read the metrics repository jdbc:postgresql://127.0.0.1:1/metrics")
        .doesNotContain("s3cret", "No suitable driver", "\tat ");
  }
}
