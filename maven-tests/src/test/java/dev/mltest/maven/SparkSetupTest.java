package dev.mltest.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.maven.GeneratedProject.MavenRun;
import org.junit.jupiter.api.Test;

/**
 * The set-up of {@code docs/spark.md} pasted into the getting-started project: its two
 * dependencies, Surefire's {@code --add-opens} argLine and {@code mltest.backend=spark} run the
 * page's suite on a local Spark session, with the same four passing tests as on DuckDB; a pull
 * request's regex checks then pass and fail there as they do on DuckDB.
 */
class SparkSetupTest {

  @Test
  void documentedSparkSetupRunsTheSuiteOnSpark() {
    GeneratedProject project = DocsProjects.gettingStarted("spark-setup");
    DocsSnippets spark = DocsProjects.page("spark.md");
    String pom = project.read("pom.xml");
    pom =
        DocsProjects.addDependency(
            pom, spark.blockContaining("<artifactId>ml-test-spark</artifactId>").content());
    pom = DocsProjects.addPlugin(pom, spark.blockContaining("--add-opens").content());
    project.write("pom.xml", pom);
    // The page's properties, plus what keeps a test off the network: no UI, the driver on
    // loopback.
    project.write(
        "src/test/resources/junit-platform.properties",
        spark.blockContaining("mltest.backend=spark").content().strip()
            + "\n"
            + "mltest.spark.spark.ui.enabled=false\n"
            + "mltest.spark.spark.driver.host=127.0.0.1\n"
            + "mltest.spark.spark.driver.bindAddress=127.0.0.1\n");

    MavenRun run = project.mvn("test");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.output())
        .as("%s", run)
        .contains("Running com.acme.DataQualityTest")
        .contains("Running Spark version")
        .contains("Tests run: 4, Failures: 0, Errors: 0, Skipped: 0");
    assertThat(project.exists("target/mltest/summary.md")).isTrue();

    // The next pull request adds regex checks: one the Spark backend runs as an automaton, one
    // it leaves to RE2J (a flag), and one the data breaks, which fails on its own node.
    String suite = "src/test/resources/com/acme/customers.mltest.yaml";
    project.write(
        suite,
        project.read(suite).stripTrailing()
            + "\n"
            + String.join(
                "\n",
                "  - expect: matchesRegex",
                "    column: segment",
                "    regex: '^[a-z]+$'",
                "  - expect: matchesRegex",
                "    column: segment",
                "    regex: '(?i)^[A-Z]+$'",
                "  - expect: matchesRegex",
                "    column: segment",
                "    regex: '^r'",
                ""));
    MavenRun withRegexes = project.mvn("test");

    assertThat(withRegexes.output())
        .as("%s", withRegexes)
        .contains("Tests run: 7, Failures: 1, Errors: 0, Skipped: 0")
        .contains("matchesRegex[segment]")
        .contains("business");
  }
}
