package dev.mltest.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code mltest validate SUITE...}: runs suites as {@code mvn test} does. */
@Command(
    name = "validate",
    mixinStandardHelpOptions = true,
    description = {
      "Runs suite files (or folders of *.mltest.yaml) with the ml-test engine: the same messages,",
      "summary.md, results.json and Allure results as mvn test.",
      "Exit code 0: all passed; 1: the data failed a check; 2: a suite or data file is broken."
    })
final class ValidateCommand implements Callable<Integer> {
  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "SUITE", description = "Suite files or folders.")
  List<Path> suites;

  @Mixin ReportOptions reports;

  @Override
  public Integer call() {
    return reports.runner().run(suites, spec.commandLine().getOut()).exitCode();
  }
}
