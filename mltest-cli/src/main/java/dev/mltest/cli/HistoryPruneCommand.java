package dev.mltest.cli;

import dev.mltest.history.MetricPoint;
import dev.mltest.history.MetricQuery;
import dev.mltest.history.MetricsRepository;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code mltest history prune (--older-than DAYS | --keep-runs N | filters) [--dry-run]}: deletes
 * old values. It never deletes everything by default, and {@code --dry-run} lists what would go.
 */
@Command(
    name = "prune",
    mixinStandardHelpOptions = true,
    description = {
      "Deletes old values; --dry-run lists what would go.",
      "Deletes the values older than DAYS (--older-than), or all but those of the N most recent"
          + " runs (--keep-runs), or, with neither, the values the filters match. It never"
          + " deletes everything by default."
    })
final class HistoryPruneCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Option(
      names = "--older-than",
      paramLabel = "DAYS",
      description = "Delete the values recorded more than DAYS days ago (with the filters).")
  @Nullable Integer olderThan;

  @Option(
      names = "--keep-runs",
      paramLabel = "N",
      description = "Keep the values of the N most recent runs, delete the others.")
  @Nullable Integer keepRuns;

  @Option(names = "--dry-run", description = "List what would be deleted; delete nothing.")
  boolean dryRun;

  @Mixin HistoryOptions history;

  @Override
  public Integer call() {
    Plan plan = plan();
    PrintWriter out = spec.commandLine().getOut();
    try (MetricsRepository repository = history.open(System::getenv)) {
      if (dryRun) {
        List<MetricPoint> doomed = doomed(repository, plan);
        out.printf(
            "would delete %d value%s of %d run%s from %s%s%n",
            doomed.size(),
            doomed.size() == 1 ? "" : "s",
            HistoryListing.runsNewestFirst(doomed).size(),
            HistoryListing.runsNewestFirst(doomed).size() == 1 ? "" : "s",
            repository.location(),
            doomed.isEmpty() ? "" : ":");
        HistoryListing.runs(doomed).lines().forEach(line -> out.println("  " + line));
        out.println("nothing deleted (--dry-run)");
      } else {
        int deleted =
            plan.keepRuns() == null
                ? repository.prune(plan.query())
                : repository.pruneRuns(plan.keepRuns());
        out.printf(
            "deleted %d value%s from %s%n",
            deleted, deleted == 1 ? "" : "s", repository.location());
      }
    }
    return RunOutcome.OK;
  }

  /** What to delete: the points a query matches, or those outside the last {@code keepRuns}. */
  private record Plan(MetricQuery query, @Nullable Integer keepRuns) {}

  private Plan plan() {
    MetricQuery query = history.query();
    if (olderThan != null && keepRuns != null) {
      throw new IllegalArgumentException("give --older-than or --keep-runs, not both");
    }
    if (keepRuns != null) {
      if (keepRuns < 1) {
        throw new IllegalArgumentException(
            "--keep-runs must be at least 1, was %d; to delete everything, use --older-than 0"
                .formatted(keepRuns));
      }
      if (history.filtered()) {
        throw new IllegalArgumentException(
            "--keep-runs counts the runs of the whole history; the filters cannot narrow it");
      }
      return new Plan(query, keepRuns);
    }
    if (olderThan != null) {
      if (olderThan < 0) {
        throw new IllegalArgumentException(
            "--older-than must be 0 days or more, was %d".formatted(olderThan));
      }
      Instant cutoff = Instant.now().minus(Duration.ofDays(olderThan));
      Instant until = query.until();
      return new Plan(query.until(until != null && until.isBefore(cutoff) ? until : cutoff), null);
    }
    if (!history.filtered()) {
      throw new IllegalArgumentException(
          "prune needs --older-than DAYS, --keep-runs N or a filter such as --suite;"
              + " it never deletes everything by default");
    }
    return new Plan(query, null);
  }

  /** The points the plan would delete, chosen as {@code prune} and {@code pruneRuns} choose. */
  private static List<MetricPoint> doomed(MetricsRepository repository, Plan plan) {
    if (plan.keepRuns() == null) {
      return repository.read(plan.query());
    }
    List<MetricPoint> all = repository.read(MetricQuery.all());
    Set<String> kept =
        Set.copyOf(HistoryListing.runsNewestFirst(all).stream().limit(plan.keepRuns()).toList());
    return all.stream().filter(p -> !kept.contains(p.runId())).toList();
  }
}
