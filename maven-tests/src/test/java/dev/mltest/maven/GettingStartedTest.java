package dev.mltest.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.maven.GeneratedProject.MavenRun;
import org.junit.jupiter.api.Test;

/**
 * Getting started, followed literally: the pom, data, suite and class pasted from {@code
 * docs/getting-started.md} into a new project, then {@code mvn test} green and red as the page
 * shows.
 */
class GettingStartedTest {

  @Test
  void greenThenRedAsThePageShows() {
    GeneratedProject project = DocsProjects.gettingStarted("getting-started");

    MavenRun green = project.mvn("test");
    assertThat(green.exitCode()).as("%s", green).isZero();
    assertThat(green.output())
        .as("%s", green)
        .contains("Running com.acme.DataQualityTest")
        .contains("Tests run: 4, Failures: 0, Errors: 0, Skipped: 0");
    assertThat(project.exists("target/mltest/summary.md")).isTrue();

    DocsSnippets page = DocsProjects.page("getting-started.md");
    String suite = "src/test/resources/com/acme/customers.mltest.yaml";
    project.write(suite, project.read(suite) + page.blockContaining("expect: between").content());
    MavenRun red = project.mvn("test");
    assertThat(red.exitCode()).as("%s", red).isNotZero();
    assertThat(red.output())
        .as("%s", red)
        .contains("Tests run: 5, Failures: 1")
        .contains("com/acme/customers.mltest.yaml:14:5 between[age]")
        .contains("e.g. 29 (row 3)");
  }
}
