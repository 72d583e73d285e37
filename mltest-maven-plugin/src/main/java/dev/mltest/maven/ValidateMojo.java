package dev.mltest.maven;

import dev.mltest.cli.RunOutcome;
import dev.mltest.cli.SuiteRunner;
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
 * Runs suite files with the ml-test engine outside the test phase, with the same messages and
 * reports as {@code mvn test}. Failed data fails the build; a broken suite or data file is a build
 * error.
 *
 * <pre>
 * mvn dev.mltest:mltest-maven-plugin:validate -Dmltest.suites=src/test/resources/customers.mltest.yaml
 * </pre>
 */
@Mojo(name = "validate", requiresProject = false, threadSafe = false)
public final class ValidateMojo extends AbstractMojo {
  /** Suite files, or folders searched for {@code *.mltest.yaml}. */
  @Parameter(property = "mltest.suites", defaultValue = "${project.basedir}/src/test/resources")
  List<File> suites;

  /** Where {@code summary.md} and {@code results.json} are written. */
  @Parameter(property = "mltest.report.dir", defaultValue = "${project.build.directory}/mltest")
  File reportDirectory;

  /** Where Allure results are written; empty for none. */
  @Parameter(
      property = "mltest.allure.results",
      defaultValue = "${project.build.directory}/allure-results")
  File allureResults;

  /** A folder dataset paths are also looked up in. */
  @Parameter(property = "mltest.data.root")
  File dataRoot;

  /**
   * Further folders suite files may read datasets from. The project folder, the working directory,
   * {@code dataRoot} and each suite's own folder always may (docs/security.md).
   */
  @Parameter(property = "mltest.data.allowed-roots")
  List<File> allowedRoots = new ArrayList<>();

  /** The project folder; suite files may read datasets inside it. */
  @Parameter(defaultValue = "${project.basedir}", readonly = true)
  File basedir;

  /** Whether failed data fails the build (broken suites always do). */
  @Parameter(property = "mltest.failOnDataFailure", defaultValue = "true")
  boolean failOnDataFailure;

  /** Skips the goal. */
  @Parameter(property = "mltest.skip", defaultValue = "false")
  boolean skip;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("mltest validate skipped");
      return;
    }
    StringWriter lines = new StringWriter();
    SuiteRunner runner =
        new SuiteRunner(
            reportDirectory.toPath(),
            allureResults == null ? null : allureResults.toPath(),
            dataRoot == null ? null : dataRoot.toPath());
    List<String> roots = new ArrayList<>();
    if (basedir != null) {
      roots.add(basedir.getAbsolutePath());
    }
    allowedRoots.forEach(root -> roots.add(root.getAbsolutePath()));
    if (!roots.isEmpty()) {
      runner.parameter("mltest.data.allowed-roots", String.join(",", roots));
    }
    RunOutcome outcome =
        runner.run(suites.stream().map(File::toPath).toList(), new PrintWriter(lines));
    Runs.log(getLog(), lines.toString());
    Goals.judge(outcome, failOnDataFailure);
  }
}
