package dev.mltest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.data.Dataset;
import dev.mltest.suite.AllowedLocations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A drift section whose reference and current datasets are catalog tables, or Hadoop URIs, compares
 * them as it compares the local files their rows came from: the example project's snapshots
 * (current against training, which drift), test for test the same outcomes and messages.
 */
class DriftOverTablesAndUrisTest {
  private static final String DATABASE = "mltest_drift";

  @TempDir static Path warehouse;
  @TempDir static Path lake;
  @TempDir Path out;

  private static Path data;

  @BeforeAll
  static void writeTheSnapshots() {
    SharedSpark.backend();
    SparkSession spark = SparkSession.active();
    spark.sparkContext().hadoopConfiguration().set("fs.lake.impl", LakeFileSystem.class.getName());
    data = ExampleSuitesParityTest.EXAMPLES.resolve("data").toAbsolutePath().normalize();
    spark.sql(
        "CREATE DATABASE IF NOT EXISTS %s LOCATION '%s'"
            .formatted(DATABASE, warehouse.resolve(DATABASE).toUri()));
    for (String snapshot : new String[] {"reference", "current"}) {
      org.apache.spark.sql.Dataset<Row> rows =
          SparkFiles.read(spark, Dataset.csv(data.resolve(snapshot + ".csv")));
      rows.write().mode("overwrite").saveAsTable(DATABASE + "." + snapshot);
      rows.write().parquet(lake.resolve(snapshot).toString());
    }
  }

  @AfterAll
  static void dropThem() {
    SparkSession.active().sql("DROP DATABASE IF EXISTS " + DATABASE + " CASCADE");
  }

  @Test
  void driftBetweenCatalogTablesOrUrisMatchesDriftBetweenTheFiles() throws IOException {
    Map<String, String> files =
        outcomes(
            "files",
            data.resolve("current.csv").toString(),
            data.resolve("reference.csv").toString());
    Map<String, String> tables =
        outcomes(
            "tables",
            "{table: %s.current}".formatted(DATABASE),
            "{table: %s.reference}".formatted(DATABASE));
    String uri = LakeFileSystem.uri(lake);
    Map<String, String> uris =
        outcomes(
            "uris",
            "{path: \"%s/current/\", format: parquet}".formatted(uri),
            "{path: \"%s/reference/\", format: parquet}".formatted(uri));

    assertThat(files)
        .as("the drift section planned per-column tests, and found drift in some")
        .hasSizeGreaterThan(8)
        .containsKey("drift")
        .containsValue("SUCCESSFUL")
        .hasValueSatisfying(
            new org.assertj.core.api.Condition<>(v -> v.startsWith("FAILED"), "drift found"));
    assertThat(tables).isEqualTo(files);
    assertThat(uris).isEqualTo(files);
  }

  /** The drift suite over the given current and reference datasets, in a suite file of its own. */
  private Map<String, String> outcomes(String name, String current, String reference)
      throws IOException {
    Path dir = Files.createDirectories(out.resolve(name));
    Path suite =
        Files.writeString(
            dir.resolve("drift.mltest.yaml"),
            """
            suite: drift
            backend: spark
            dataset: %s
            drift:
              reference: %s
              exclude: [customer_id, email, signup_date]
              outOfReferenceRange: 0.05
              newCategories: 0.01
            """
                .formatted(current, reference));
    return SuiteRuns.outcomes(
        SuiteRuns.run(
            suite,
            dir,
            Map.of(
                AllowedLocations.SETTING,
                LakeFileSystem.uri(lake) + "/",
                "mltest.data.allowed-roots",
                data.toString())),
        Map.of(dir.toString(), "<dir>"));
  }
}
