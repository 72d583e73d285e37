package dev.mltest.maven;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mltest.maven.GeneratedProject.MavenRun;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Issue #14 item 2: with {@code -DforkCount=2} (one test execution per class, in two JVMs) and with
 * {@code reuseForks=false} (one JVM per class), {@code summary.md} and {@code results.json} count
 * every test and every failure of the build, exactly as the run without forks does, and a second
 * {@code mvn test} does not add the first one's results.
 */
class ForkedBuildTest {
  /** Four test classes, each with its own suite: 15 expectations, 6 of them failing. */
  private static GeneratedProject project() {
    GeneratedProject project = DocsProjects.gettingStarted("forked-build");
    String customers = "src/test/resources/com/acme/customers.mltest.yaml";
    project.write(
        customers, project.read(customers) + "  - expect: between\n    column: age\n    min: 30\n");
    suiteClass(
        project,
        "orders",
        "order_id,amount,status\n1,10.5,paid\n2,-3,paid\n3,20,refunded\n4,,paid\n5,7,lost\n",
        """
          - expect: rowCount
            min: 1
          - expect: primaryKey
            columns: [order_id]
          - expect: between
            column: amount
            min: 0
          - expect: notNull
            column: amount
          - expect: inSet
            column: status
            values: [paid, refunded]
        """);
    suiteClass(
        project,
        "people",
        "person_id,age,country\n1,34,DE\n2,17,FR\n3,45,DE\n",
        """
          - expect: rowCount
            min: 1
          - expect: between
            column: age
            min: 18
          - expect: inSet
            column: country
            values: [DE, FR]
        """);
    suiteClass(
        project,
        "events",
        "event_id,kind\n1,click\n2,view\n",
        """
          - expect: rowCount
            min: 5
          - expect: notNull
            column: kind
        """);
    return project;
  }

  /** {@code org.shop.<name>.<Name>DataTest} with the suite {@code <name>} on its own data. */
  private static void suiteClass(
      GeneratedProject project, String name, String csv, String expectations) {
    String type = Character.toUpperCase(name.charAt(0)) + name.substring(1) + "DataTest";
    project
        .write("src/test/resources/org/shop/%s/data/%s.csv".formatted(name, name), csv)
        .write(
            "src/test/resources/org/shop/%s/%s.mltest.yaml".formatted(name, name),
            "suite: %s\ndataset: data/%s.csv\nexpectations:\n%s"
                .formatted(name, name, expectations))
        .write(
            "src/test/java/org/shop/%s/%s.java".formatted(name, type),
            """
            package org.shop.%s;

            import dev.mltest.engine.MlTestSuites;

            @MlTestSuites
            class %s {}
            """
                .formatted(name, type));
  }

  @Test
  void forkedJvmsWriteOneReportWithEveryTestAndFailure() throws IOException {
    GeneratedProject project = project();

    MavenRun single = project.mvn("test");
    assertThat(single.output()).as("%s", single).contains("Tests run: 15, Failures: 6");
    Report expected = Report.read(project);
    assertThat(expected.total()).isEqualTo(15);
    assertThat(expected.failed()).isEqualTo(6);
    // Surefire's default (forkCount=1, reuseForks=true) runs every class in one execution.
    assertThat(expected.notes()).isEmpty();

    MavenRun forked = project.mvn("test", "-DforkCount=2");
    assertThat(forked.output()).as("%s", forked).contains("Tests run: 15, Failures: 6");
    Report twoForks = Report.read(project);
    assertThat(twoForks.outcomes()).isEqualTo(expected.outcomes());
    assertThat(twoForks.headline()).isEqualTo(expected.headline());
    assertThat(twoForks.notes())
        .singleElement()
        .asString()
        .startsWith("Merged from 4 test executions");

    MavenRun perClass = project.mvn("test", "-DforkCount=2", "-DreuseForks=false");
    assertThat(perClass.output()).as("%s", perClass).contains("Tests run: 15, Failures: 6");
    Report fourJvms = Report.read(project);
    assertThat(fourJvms.outcomes()).isEqualTo(expected.outcomes());
    assertThat(fourJvms.headline()).isEqualTo(expected.headline());
    assertThat(fourJvms.notes())
        .singleElement()
        .asString()
        .startsWith("Merged from 4 test executions in 4 JVMs of one build (the Surefire run ");
  }

  /**
   * What {@code results.json} and {@code summary.md} say.
   *
   * @param outcomes every test's outcome, by unique id
   */
  private record Report(
      Map<String, String> outcomes, int total, int failed, String headline, List<String> notes) {
    static Report read(GeneratedProject project) throws IOException {
      JsonNode results = new ObjectMapper().readTree(project.read("target/mltest/results.json"));
      Map<String, String> outcomes = new TreeMap<>();
      results
          .get("tests")
          .forEach(t -> outcomes.put(t.get("uniqueId").asText(), t.get("outcome").asText()));
      List<String> notes = new ArrayList<>();
      results.get("notes").forEach(n -> notes.add(n.asText()));
      String headline =
          project
              .read("target/mltest/summary.md")
              .lines()
              .filter(l -> l.startsWith("### "))
              .findFirst()
              .orElse("");
      return new Report(
          outcomes,
          results.at("/summary/total").asInt(),
          results.at("/summary/failed").asInt(),
          headline,
          notes);
    }
  }
}
