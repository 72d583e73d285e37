package dev.mltest.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.maven.GeneratedProject.MavenRun;
import org.junit.jupiter.api.Test;

/**
 * Maven's usual {@code -Dtest=Class#name} in the getting-started project: one expectation runs, and
 * a name that selects nothing fails the build with the names that work, never a green empty run.
 */
class SurefireSelectionTest {

  @Test
  void classAndExpectationNameRunsOneExpectationOrFailsLoudly() {
    GeneratedProject project = DocsProjects.gettingStarted("surefire-selection");

    MavenRun one = project.mvn("test", "-Dtest=DataQualityTest#notNull*");
    assertThat(one.exitCode()).as("%s", one).isZero();
    assertThat(one.output()).as("%s", one).contains("Tests run: 1, Failures: 0, Errors: 0");

    MavenRun none = project.mvn("test", "-Dtest=DataQualityTest#income-strict");
    assertThat(none.exitCode()).as("%s", none).isNotZero();
    assertThat(none.output())
        .as("%s", none)
        .contains("'income-strict' names no test of DataQualityTest")
        .contains("primaryKey[customer_id]");
  }
}
