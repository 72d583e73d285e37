package dev.mltest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code mltest drift REFERENCE CURRENT}: a suite with only a drift section, written to a temporary
 * folder and run by the engine, so decisions and reports are those of a suite's drift section.
 */
@Command(
    name = "drift",
    mixinStandardHelpOptions = true,
    description = {
      "Compares CURRENT with REFERENCE column by column, as a suite's drift section does:",
      "the same methods, thresholds, decisions and reports.",
      "Exit code 0: no drift; 1: drift; 2: a data file or option is wrong."
    })
final class DriftCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(index = "0", paramLabel = "REFERENCE", description = "The reference data.")
  Path reference;

  @Parameters(index = "1", paramLabel = "CURRENT", description = "The current data.")
  Path current;

  @Option(names = "--columns", split = ",", description = "Only these columns.")
  List<String> columns = new ArrayList<>();

  @Option(names = "--exclude", split = ",", description = "Leave these columns out.")
  List<String> exclude = new ArrayList<>();

  @Option(names = "--method", description = "One method for every column, e.g. wasserstein.")
  @Nullable String method;

  @Option(names = "--threshold", description = "The threshold for --method.")
  @Nullable Double threshold;

  @Option(names = "--format", paramLabel = "FORMAT", description = "csv, parquet or jsonl.")
  @Nullable String format;

  @Option(names = "--warn", description = "Report drift without failing (exit code 0).")
  boolean warn;

  @Mixin ReportOptions reports;

  @Override
  public Integer call() throws IOException {
    // Same checks and messages as a suite's dataset paths before anything runs.
    DataFiles.resolve(reference, format);
    DataFiles.resolve(current, format);
    Path folder = Files.createTempDirectory("mltest-drift");
    try {
      Path suite = folder.resolve("drift.mltest.yaml");
      Files.writeString(suite, DriftSuite.yaml(reference, current, this));
      // The generated suite lives in a temporary folder; the two files the user named are the
      // only data it may read.
      String roots =
          reference.toAbsolutePath().normalize().getParent()
              + ","
              + current.toAbsolutePath().normalize().getParent();
      return reports
          .runner()
          .parameter("mltest.data.allowed-roots", roots)
          .parameter("mltest.report.title", "Drift: " + current.getFileName())
          .alias(suite, "drift %s vs %s".formatted(current.getFileName(), reference.getFileName()))
          .run(List.of(suite), spec.commandLine().getOut())
          .exitCode();
    } finally {
      try (var files = Files.list(folder)) {
        for (Path p : files.toList()) {
          Files.deleteIfExists(p);
        }
      }
      Files.deleteIfExists(folder);
    }
  }
}
