package dev.mltest.cli;

import dev.mltest.history.MetricPoint;
import dev.mltest.history.MetricsRepository;
import dev.mltest.report.HistoryExport;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code mltest history list [metrics|runs|suites]}: what the history holds, for a terminal. */
@Command(
    name = "list",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the matching values: per metric, per run or per suite.",
      "metrics (the default): per suite, check and metric, its last values with a sparkline;"
          + " runs: one line per run; suites: one line per suite."
    })
final class HistoryListCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      arity = "0..1",
      paramLabel = "WHAT",
      defaultValue = "metrics",
      description = "metrics (default), runs or suites.")
  String what;

  @Mixin HistoryOptions history;

  @Override
  public Integer call() {
    if (!List.of("metrics", "runs", "suites").contains(what)) {
      throw new IllegalArgumentException(
          "cannot list '%s'; use metrics, runs or suites".formatted(what));
    }
    PrintWriter out = spec.commandLine().getOut();
    try (MetricsRepository repository = history.open(System::getenv)) {
      List<MetricPoint> points = repository.read(history.query());
      if (points.isEmpty()) {
        out.printf("no values in %s match%n", repository.location());
        return RunOutcome.OK;
      }
      out.print(
          switch (what) {
            case "runs" -> HistoryListing.runs(points);
            case "suites" -> HistoryListing.suites(points);
            default -> HistoryExport.listing(points);
          });
    }
    return RunOutcome.OK;
  }
}
