package dev.mltest.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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
    String jar = System.getProperty("mltest.cli.jar");
    assertThat(jar).as("mltest.cli.jar is set by the build").isNotNull();
    assertThat(Path.of(jar)).exists();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(List.of("-Xmx256m", "-jar", jar));
    command.addAll(List.of(args));
    Process process =
        new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
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
}
