package dev.mltest.cli;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** Where validate and drift write their reports. */
final class ReportOptions {
  @Option(
      names = "--report-dir",
      paramLabel = "DIR",
      defaultValue = "mltest-report",
      description = "Folder for summary.md and results.json (default: mltest-report).")
  Path reportDir;

  @Option(
      names = "--allure-results",
      paramLabel = "DIR",
      description = "Also write Allure results to this folder.")
  @Nullable Path allureResults;

  @Option(
      names = "--data-root",
      paramLabel = "DIR",
      description = "A folder dataset paths are also looked up in.")
  @Nullable Path dataRoot;

  SuiteRunner runner() {
    return new SuiteRunner(reportDir, allureResults, dataRoot);
  }
}
