package dev.mltest.maven;

import dev.mltest.cli.MlTestCli;
import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Compares a current dataset with a reference, as a suite's drift section does.
 *
 * <pre>
 * mvn dev.mltest:mltest-maven-plugin:drift -Dmltest.reference=data/train.csv \
 *     -Dmltest.current=data/today.csv
 * </pre>
 */
@Mojo(name = "drift", requiresProject = false, threadSafe = false)
public final class DriftMojo extends AbstractMojo {
  /** The reference data. */
  @Parameter(property = "mltest.reference", required = true)
  File reference;

  /** The current data. */
  @Parameter(property = "mltest.current", required = true)
  File current;

  /** Only these columns. */
  @Parameter(property = "mltest.drift.columns")
  List<String> columns = new ArrayList<>();

  /** Leave these columns out. */
  @Parameter(property = "mltest.drift.exclude")
  List<String> exclude = new ArrayList<>();

  /** One drift method for every column, e.g. {@code wasserstein}. */
  @Parameter(property = "mltest.drift.method")
  String method;

  /** The threshold for {@code method}. */
  @Parameter(property = "mltest.drift.threshold")
  Double threshold;

  /** Where {@code summary.md} and {@code results.json} are written. */
  @Parameter(
      property = "mltest.report.dir",
      defaultValue = "${project.build.directory}/mltest-drift")
  File reportDirectory;

  /** Whether drift fails the build. */
  @Parameter(property = "mltest.failOnDataFailure", defaultValue = "true")
  boolean failOnDataFailure;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    // The goal runs the command line's drift command in process: one implementation of the
    // temporary suite, the checks of the two paths and the exit codes.
    List<String> args = new ArrayList<>(List.of("drift", reference.getPath(), current.getPath()));
    args.addAll(List.of("--report-dir", reportDirectory.getPath()));
    if (!columns.isEmpty()) {
      args.add("--columns=" + String.join(",", columns));
    }
    if (!exclude.isEmpty()) {
      args.add("--exclude=" + String.join(",", exclude));
    }
    if (method != null) {
      args.add("--method=" + method);
    }
    if (threshold != null) {
      args.add("--threshold=" + threshold);
    }
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code =
        MlTestCli.run(args.toArray(String[]::new), new PrintWriter(out), new PrintWriter(err));
    Runs.log(getLog(), out.toString());
    switch (code) {
      case 0 -> {}
      case 1 -> {
        if (failOnDataFailure) {
          throw new MojoFailureException("drift detected; see " + reportDirectory);
        }
      }
      default -> throw new MojoExecutionException(err.toString().strip());
    }
  }
}
