package dev.mltest.cli;

import dev.mltest.suggest.RuleSet;
import dev.mltest.suggest.SuggestedSuite;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code mltest suggest DATA [--reference DATA2 ...]}: writes a suite that passes on the data. */
@Command(
    name = "suggest",
    mixinStandardHelpOptions = true,
    description = {
      "Suggests a suite file from clean data: columns and types, keys, null ratios with headroom,",
      "ranges, sets, formats and regexes, statistics bounds and a drift section. With",
      "--reference batches, bounds are learned across all of them. Each expectation carries a",
      "comment with its rule and the observed value."
    })
final class SuggestCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "DATA",
      description = "The data the suite checks (and the drift reference).")
  Path data;

  @Option(
      names = {"-r", "--reference"},
      paramLabel = "DATA2",
      arity = "1..*",
      description = "Further clean batches to learn bounds across.")
  List<Path> references = new ArrayList<>();

  @Option(
      names = {"-o", "--output"},
      paramLabel = "SUITE",
      description = "The suite file to write (default: NAME.mltest.yaml in the working directory).")
  @Nullable Path output;

  @Option(names = "--name", description = "The suite name (default: the data file name).")
  @Nullable String name;

  @Option(
      names = "--rules",
      defaultValue = "full",
      description = "full (default) or baseline (min/max, not-null and sets only).")
  String rules;

  @Option(names = "--no-drift", description = "Leave out the drift section.")
  boolean noDrift;

  @Option(names = "--format", paramLabel = "FORMAT", description = "csv, parquet or jsonl.")
  @Nullable String format;

  @Option(names = "--force", description = "Overwrite an existing suite file.")
  boolean force;

  @Override
  public Integer call() throws Exception {
    RuleSet ruleSet =
        switch (rules) {
          case "full" -> RuleSet.FULL;
          case "baseline" -> RuleSet.BASELINE;
          default ->
              throw new IllegalArgumentException(
                  "unknown rule set '%s'; use full or baseline".formatted(rules));
        };
    Path suite = output != null ? output : Path.of(stem(data) + ".mltest.yaml");
    if (Files.exists(suite) && !force) {
      throw new IllegalArgumentException(
          "'%s' exists; pass --force to overwrite it or -o to write elsewhere".formatted(suite));
    }
    SuggestedSuite suggested =
        Suggestions.suggest(data, references, suite, name, format, ruleSet, !noDrift);
    Path parent = suite.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    Files.writeString(suite, suggested.yaml());
    PrintWriter out = spec.commandLine().getOut();
    out.printf(
        "wrote %s: %d expectations%s, learned from %d batch%s (%,d rows)%n",
        suite,
        suggested.expectations().size(),
        suggested.drift() == null ? "" : " and a drift section",
        suggested.sources().size(),
        suggested.sources().size() == 1 ? "" : "es",
        suggested.rows());
    return RunOutcome.OK;
  }

  private static String stem(Path data) {
    String name = data.getFileName().toString();
    int dot = name.indexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }
}
