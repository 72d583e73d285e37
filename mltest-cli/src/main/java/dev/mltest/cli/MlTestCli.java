package dev.mltest.cli;

import dev.mltest.data.DataAccessException;
import dev.mltest.history.MetricsRepositoryException;
import dev.mltest.logging.QuietLibraries;
import java.io.PrintWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code mltest} command.
 *
 * <pre>
 * java -jar mltest-cli-all.jar profile data/customers.csv
 * java -jar mltest-cli-all.jar suggest data/jan.csv --reference data/feb.csv -o customers.mltest.yaml
 * java -jar mltest-cli-all.jar validate customers.mltest.yaml
 * java -jar mltest-cli-all.jar drift data/train.csv data/today.csv
 * java -jar mltest-cli-all.jar history list runs --dir metrics-history
 * </pre>
 *
 * <p>Exit codes: 0 every check passed; 1 the data failed a check; 2 a suite, a data file or the
 * command line is wrong.
 */
@Command(
    name = "mltest",
    mixinStandardHelpOptions = true,
    versionProvider = MlTestCli.Version.class,
    description = {
      "Profile data, suggest suites, and run suites and drift checks outside mvn test;",
      "list, export and prune the metrics history."
    },
    subcommands = {
      ProfileCommand.class,
      SuggestCommand.class,
      ValidateCommand.class,
      DriftCommand.class,
      HistoryCommand.class
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
      "0:every check passed",
      "1:the data failed a check",
      "2:a suite, a data file or the command line is wrong"
    })
public final class MlTestCli implements Runnable {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its code. */
  public static void main(String[] args) {
    // The command prints its own lines; library diagnostics below warnings would repeat them.
    QuietLibraries.applyForCommandLine();
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = run(args, out, err);
    // Auto-flush covers println and printf only; a listing printed whole must not be lost.
    out.flush();
    err.flush();
    System.exit(code);
  }

  /** Runs the command line with the given streams and returns its exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new MlTestCli());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> RunOutcome.BROKEN);
    cli.setExecutionExceptionHandler(
        (e, commandLine, parseResult) -> {
          commandLine
              .getErr()
              .println(commandLine.getCommandSpec().qualifiedName() + ": " + message(e));
          return RunOutcome.BROKEN;
        });
    return cli.execute(args);
  }

  /** The clear message of a bad-input exception; a stack trace only for a real bug. */
  static String message(Exception e) {
    if (e instanceof IllegalArgumentException
        || e instanceof DataAccessException
        || e instanceof java.io.IOException
        || e instanceof java.io.UncheckedIOException) {
      return String.valueOf(e.getMessage());
    }
    if (e instanceof MetricsRepositoryException) {
      // The database's reason can run over several lines (DuckDB adds hints); one line is enough.
      return String.valueOf(e.getMessage())
          .lines()
          .map(String::strip)
          .filter(line -> !line.isEmpty())
          .collect(java.util.stream.Collectors.joining(" "));
    }
    return e.toString();
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** The version from the jar manifest. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String version = MlTestCli.class.getPackage().getImplementationVersion();
      return new String[] {"mltest " + (version == null ? "(development build)" : version)};
    }
  }
}
