package dev.mltest.maven;

import dev.mltest.cli.Suggestions;
import dev.mltest.suggest.RuleSet;
import dev.mltest.suggest.SuggestedSuite;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Suggests a suite file from clean data, learned across the data and any reference batches.
 *
 * <pre>
 * mvn dev.mltest:mltest-maven-plugin:suggest -Dmltest.data=data/jan.csv \
 *     -Dmltest.references=data/feb.csv,data/mar.csv
 * </pre>
 */
@Mojo(name = "suggest", requiresProject = false, threadSafe = true)
public final class SuggestMojo extends AbstractMojo {
  /** The data the suite checks (and the drift reference). */
  @Parameter(property = "mltest.data", required = true)
  File data;

  /** Further clean batches to learn bounds across. */
  @Parameter(property = "mltest.references")
  List<File> references = new ArrayList<>();

  /** The suite file to write. */
  @Parameter(
      property = "mltest.suite",
      defaultValue = "${project.build.directory}/mltest-suggested/suggested.mltest.yaml")
  File suite;

  /** The suite name (default: the data file name). */
  @Parameter(property = "mltest.suiteName")
  String name;

  /** {@code full} or {@code baseline}. */
  @Parameter(property = "mltest.rules", defaultValue = "full")
  String rules;

  /** Whether to add a drift section against {@code data}. */
  @Parameter(property = "mltest.drift", defaultValue = "true")
  boolean drift;

  /** {@code csv}, {@code parquet} or {@code jsonl}, when the extension does not tell. */
  @Parameter(property = "mltest.format")
  String format;

  @Override
  public void execute() throws MojoExecutionException {
    RuleSet ruleSet =
        switch (rules.toLowerCase(Locale.ROOT)) {
          case "full" -> RuleSet.FULL;
          case "baseline" -> RuleSet.BASELINE;
          default ->
              throw new MojoExecutionException(
                  "unknown rule set '%s'; use full or baseline".formatted(rules));
        };
    SuggestedSuite suggested =
        Goals.call(
            () ->
                Suggestions.suggest(
                    data.toPath(),
                    references.stream().map(File::toPath).toList(),
                    suite.toPath(),
                    name,
                    format,
                    ruleSet,
                    drift));
    try {
      Files.createDirectories(suite.toPath().toAbsolutePath().getParent());
      Files.writeString(suite.toPath(), suggested.yaml());
    } catch (IOException e) {
      throw new MojoExecutionException("cannot write " + suite + ": " + e.getMessage(), e);
    }
    getLog()
        .info(
            "wrote %s: %d expectations, learned from %d batch(es)"
                .formatted(suite, suggested.expectations().size(), suggested.sources().size()));
  }
}
