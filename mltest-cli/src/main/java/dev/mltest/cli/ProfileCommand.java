package dev.mltest.cli;

import dev.mltest.profile.ColumnProfile;
import dev.mltest.profile.DatasetProfile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mltest profile DATA...}: per-column statistics as JSON and an HTML page. */
@Command(
    name = "profile",
    mixinStandardHelpOptions = true,
    description = {
      "Profiles data files: per column its type, nulls, distinct values, min/max, mean, stdev,",
      "quantiles, top values, histogram, string lengths and format guesses.",
      "Writes NAME.profile.json and NAME.profile.html (charts, no network) per file."
    })
final class ProfileCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      arity = "1..*",
      paramLabel = "DATA",
      description = "CSV, Parquet or JSON-lines files.")
  List<Path> data;

  @Option(
      names = {"-o", "--output"},
      paramLabel = "DIR",
      defaultValue = ".",
      description = "Folder the reports are written to (default: the working directory).")
  Path output;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      description = "csv, parquet or jsonl, when the extension does not tell.")
  @Nullable String format;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    for (Path file : data) {
      DatasetProfile profile = Profiles.profile(file, format);
      out.printf("%s: %,d rows, %d columns%n", file, profile.rows(), profile.columns().size());
      for (ColumnProfile c : profile.columns()) {
        out.printf(
            "  %-24s %-9s nulls %6.2f%%  distinct %,d%n",
            c.name(), c.type().key(), 100 * c.nullShare(), c.distinct());
      }
      for (Path written : Profiles.write(profile, output)) {
        out.println("wrote " + written);
      }
    }
    return RunOutcome.OK;
  }
}
