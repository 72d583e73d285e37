package dev.mltest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.data.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code dataset: {table: ...}} on Spark: the people suite run over a managed table and over a
 * temporary view, both written from {@code people.csv} as the Spark backend reads it, gives test
 * for test the same outcomes and messages as the same suite over the CSV file.
 */
class CatalogTableSuiteTest {
  private static final String DATABASE = "mltest_it";
  private static final String VIEW = "mltest_people_view";

  @TempDir static Path warehouse;
  @TempDir Path out;

  @BeforeAll
  static void writeThePeopleTable() {
    SharedSpark.backend();
    SparkSession spark = SparkSession.active();
    org.apache.spark.sql.Dataset<Row> people =
        SparkFiles.read(spark, Dataset.csv(SparkEngineTest.resource("suites/people.csv")));
    // The database lives under the test's folder, so the managed table leaves nothing behind.
    spark.sql(
        "CREATE DATABASE IF NOT EXISTS %s LOCATION '%s'"
            .formatted(DATABASE, warehouse.resolve(DATABASE).toUri()));
    // One file keeps the rows in the CSV's order, so failure samples name the same rows.
    people.coalesce(1).write().mode("overwrite").saveAsTable(DATABASE + ".people");
    people.createOrReplaceTempView(VIEW);
  }

  @AfterAll
  static void dropThem() {
    SparkSession spark = SparkSession.active();
    spark.sql("DROP DATABASE IF EXISTS " + DATABASE + " CASCADE");
    spark.catalog().dropTempView(VIEW);
  }

  @Test
  void aManagedTableAndATempViewGiveTheSameResultsAsTheSameRowsFromCsv() throws IOException {
    Map<String, String> csv = outcomes(suite("csv", "people.csv"));
    Map<String, String> table = outcomes(suite("table", "{table: " + DATABASE + ".people}"));
    Map<String, String> view = outcomes(suite("view", "{table: " + VIEW + "}"));
    assertThat(csv)
        .as("every check of the suite ran, some failed and some passed")
        .hasSizeGreaterThan(12)
        .containsValue("SUCCESSFUL")
        .hasValueSatisfying(
            new org.assertj.core.api.Condition<>(v -> v.startsWith("FAILED"), "a failure"));
    assertThat(table).isEqualTo(csv);
    assertThat(view).isEqualTo(csv);
  }

  @Test
  void aMissingTableFailsItsSuiteNamingTheTable() throws IOException {
    Map<String, String> missing = outcomes(suite("missing", "{table: " + DATABASE + ".nobody}"));
    assertThat(missing.values())
        .singleElement()
        .asString()
        .startsWith("FAILED: ")
        .contains("<suite>:4:18: the Spark backend cannot read catalog table mltest_it.nobody: ")
        .contains("TABLE_OR_VIEW_NOT_FOUND");
  }

  /**
   * The people suite of {@code suites/engine} over the given dataset, in a suite file of its own.
   */
  private Path suite(String name, String dataset) throws IOException {
    Path dir = Files.createDirectories(out.resolve(name));
    Files.copy(SparkEngineTest.resource("suites/people.csv"), dir.resolve("people.csv"));
    String text =
        Files.readString(SparkEngineTest.resource("suites/engine/people-on-spark.mltest.yaml"))
            .replace("dataset: ../people.csv", "dataset: " + dataset);
    assertThat(text).contains("dataset: " + dataset);
    // One file name for all, so that the suite nodes are named alike.
    return Files.writeString(dir.resolve("people.mltest.yaml"), text);
  }

  /** Each node's name with its outcome and message, without the suite file's own name. */
  private Map<String, String> outcomes(Path suite) {
    Map<String, String> replacements = new LinkedHashMap<>();
    replacements.put(suite.getFileName().toString(), "<suite>");
    replacements.put(suite.getParent().toString(), "<dir>");
    return SuiteRuns.outcomes(SuiteRuns.run(suite, out, Map.of()), replacements);
  }
}
