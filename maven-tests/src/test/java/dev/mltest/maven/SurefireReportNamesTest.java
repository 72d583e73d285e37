package dev.mltest.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.maven.GeneratedProject.MavenRun;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * Issue #14 item 5: in Surefire's XML reports, with Surefire's default reporter settings, every
 * test has its own readable (classname, name) pair — two suites of one class that both check {@code
 * rowCount}, their drift checks, the metric tests of two regression methods that both have {@code
 * accuracy}, and a property test; {@code summary.md} tells them apart too, and {@code
 * -Dtest=Class#metric} selects metric tests by name.
 */
class SurefireReportNamesTest {

  private static GeneratedProject project() {
    GeneratedProject project = DocsProjects.gettingStarted("surefire-report-names");
    String pom = project.read("pom.xml");
    project.write(
        "pom.xml",
        DocsProjects.addDependency(
            pom,
            """
            <dependency>
              <groupId>org.tribuo</groupId>
              <artifactId>tribuo-classification-tree</artifactId>
              <version>4.3.2</version>
              <scope>test</scope>
            </dependency>
            """));
    String orders = "order_id,amount,status\n1,10.5,paid\n2,3,paid\n3,20,refunded\n4,8,paid\n";
    project
        .write("src/test/resources/com/acme/data/orders.csv", orders)
        .write("src/test/resources/com/acme/data/orders-reference.csv", orders)
        .write(
            "src/test/resources/com/acme/orders.mltest.yaml",
            """
            suite: orders
            dataset: data/orders.csv
            expectations:
              - expect: rowCount
                min: 1
            drift:
              reference: data/orders-reference.csv
              columns: [amount, status]
            """)
        .write("src/test/resources/com/acme/data/churn.csv", churn())
        .write(
            "src/test/java/com/acme/ChurnModelTest.java",
            """
            package com.acme;

            import dev.mltest.data.ColumnType;
            import dev.mltest.engine.PropertyTest;
            import dev.mltest.engine.RegressionTest;
            import dev.mltest.generate.Contract;
            import dev.mltest.regression.TrainingSpec;
            import java.util.List;
            import java.util.Map;
            import org.tribuo.classification.dtree.CARTClassificationTrainer;

            class ChurnModelTest {
              @RegressionTest(metrics = {"accuracy", "macroF1"})
              TrainingSpec deepTree() {
                return tree(6);
              }

              @RegressionTest(metrics = {"accuracy"})
              TrainingSpec shallowTree() {
                return tree(2);
              }

              private static TrainingSpec tree(int depth) {
                return TrainingSpec.classification(new CARTClassificationTrainer(depth))
                    .classpathData("com/acme/data/churn.csv")
                    .label("churned")
                    .features("age", "calls")
                    .sampleFraction(1.0)
                    .seed(7)
                    .build();
              }

              @PropertyTest(contractMethod = "rows", tries = 5)
              void everyRowHasACurrency(Map<String, Object> row) {
                if (row.get("currency") == null) {
                  throw new AssertionError("no currency in " + row);
                }
              }

              static Contract rows() {
                return Contract.builder("rows")
                    .column("currency", ColumnType.STRING)
                    .expect("inSet", Map.of("column", "currency", "values", List.of("EUR", "USD")))
                    .expect("notNull", Map.of("column", "currency"))
                    .build();
              }
            }
            """);
    return project;
  }

  /** 200 customers whose churn follows their support calls, with some noise. */
  private static String churn() {
    StringBuilder csv = new StringBuilder("age,calls,churned\n");
    for (int i = 0; i < 200; i++) {
      int calls = i % 7;
      boolean churned = calls >= 4 ^ i % 11 == 0;
      csv.append(20 + i % 50).append(',').append(calls).append(',');
      csv.append(churned ? "yes" : "no").append('\n');
    }
    return csv.toString();
  }

  @Test
  void everyTestHasItsOwnReadableClassAndName() throws Exception {
    GeneratedProject project = project();

    MavenRun run = project.mvn("test", "-Dmltest.baseline.update=true");
    assertThat(run.output()).as("%s", run).contains("Tests run:");

    List<String> pairs = testCases(project.dir().resolve("target/surefire-reports"));
    assertThat(pairs)
        .as("%s", run)
        .doesNotHaveDuplicates()
        .noneMatch(p -> p.contains("[engine:") || p.endsWith(" | "))
        .contains(
            "com.acme.DataQualityTest | customers.mltest.yaml › rowCount",
            "com.acme.DataQualityTest | orders.mltest.yaml › rowCount",
            "com.acme.DataQualityTest | orders.mltest.yaml › drift[amount]",
            "com.acme.DataQualityTest | orders.mltest.yaml › dataset drift",
            "com.acme.ChurnModelTest | deepTree() › accuracy",
            "com.acme.ChurnModelTest | deepTree() › macroF1",
            "com.acme.ChurnModelTest | shallowTree() › accuracy",
            "com.acme.ChurnModelTest | everyRowHasACurrency(Map)");
    // getting-started's four expectations, orders' rowCount and three drift tests, three metric
    // tests and the property test.
    assertThat(pairs).hasSize(12);

    // summary.md lists each check once, by its name next to its suite or class.
    List<String> rows =
        project
            .read("target/mltest/summary.md")
            .lines()
            .filter(l -> l.startsWith("| ✅ | "))
            .toList();
    assertThat(rows)
        .doesNotHaveDuplicates()
        .anyMatch(r -> r.startsWith("| ✅ | rowCount | orders |"))
        .anyMatch(r -> r.startsWith("| ✅ | rowCount | customers |"))
        .anyMatch(r -> r.startsWith("| ✅ | deepTree() › accuracy | ChurnModelTest |"))
        .anyMatch(r -> r.startsWith("| ✅ | shallowTree() › accuracy | ChurnModelTest |"));

    // Metric tests are not plain Java methods to Surefire: the engine selects them by metric name.
    MavenRun accuracy = project.mvn("test", "-Dtest=ChurnModelTest#accuracy");
    assertThat(accuracy.exitCode()).as("%s", accuracy).isZero();
    assertThat(testCases(project.dir().resolve("target/surefire-reports")))
        .filteredOn(p -> p.startsWith("com.acme.ChurnModelTest | "))
        .containsExactlyInAnyOrder(
            "com.acme.ChurnModelTest | deepTree() › accuracy",
            "com.acme.ChurnModelTest | shallowTree() › accuracy");
  }

  /** Every {@code testcase} of every {@code TEST-*.xml}, as {@code classname | name}. */
  private static List<String> testCases(Path reports) throws Exception {
    List<String> pairs = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> listing = Files.list(reports)) {
      files =
          listing
              .filter(f -> f.getFileName().toString().startsWith("TEST-"))
              .filter(f -> f.getFileName().toString().endsWith(".xml"))
              .sorted()
              .toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no TEST-*.xml in " + reports);
    }
    for (Path file : files) {
      NodeList cases =
          DocumentBuilderFactory.newInstance()
              .newDocumentBuilder()
              .parse(file.toFile())
              .getElementsByTagName("testcase");
      for (int i = 0; i < cases.getLength(); i++) {
        Element testCase = (Element) cases.item(i);
        pairs.add(testCase.getAttribute("classname") + " | " + testCase.getAttribute("name"));
      }
    }
    return pairs;
  }
}
