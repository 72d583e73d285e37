package dev.mltest.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code mltest history list|export|prune}: the metrics repository that runs append to when {@code
 * mltest.history.dir} or {@code mltest.history.jdbc-url} is set, read and trimmed outside a build.
 */
@Command(
    name = "history",
    mixinStandardHelpOptions = true,
    description = {
      "Lists, exports and prunes the metrics history.",
      "The history is the DuckDB folder of mltest.history.dir (--dir) or the database of"
          + " mltest.history.jdbc-url (--jdbc-url, password from an environment variable)."
    },
    subcommands = {HistoryListCommand.class, HistoryExportCommand.class, HistoryPruneCommand.class})
final class HistoryCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    CommandLine cli = spec.commandLine();
    cli.getErr().println("mltest history: name a command: list, export or prune");
    cli.usage(cli.getErr());
    return RunOutcome.BROKEN;
  }
}
