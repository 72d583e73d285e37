package dev.mltest.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.maven.GeneratedProject.MavenRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The Allure set-up of {@code docs/reports.md}, pasted into the getting-started project: Surefire
 * still runs every test (Allure's JUnit Platform 1.x no longer meets the engine's 6.x), and every
 * ML test gets one Allure result.
 */
class AllureSetupTest {

  @Test
  void documentedAllureSetupRunsAndRecordsEveryTest() throws IOException {
    GeneratedProject project = DocsProjects.gettingStarted("allure-setup");
    DocsSnippets reports = DocsProjects.page("reports.md");
    String pom = project.read("pom.xml");
    pom =
        DocsProjects.addDependency(
            pom, reports.blockContaining("<artifactId>allure-junit-platform").content());
    pom =
        DocsProjects.addPlugin(pom, reports.blockContaining("allure.results.directory").content());
    project.write("pom.xml", pom);

    MavenRun run = project.mvn("test");

    assertThat(run.exitCode()).as("%s", run).isZero();
    assertThat(run.output()).as("%s", run).contains("Tests run: 4, Failures: 0, Errors: 0");
    Path results = project.dir().resolve("target/allure-results");
    try (Stream<Path> files = Files.list(results)) {
      List<String> names = files.map(file -> file.getFileName().toString()).toList();
      assertThat(names.stream().filter(name -> name.endsWith("-result.json"))).hasSize(4);
      assertThat(names).contains("categories.json", "environment.properties");
    }
  }
}
