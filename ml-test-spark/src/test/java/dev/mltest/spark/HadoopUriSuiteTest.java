package dev.mltest.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mltest.data.BoundTable;
import dev.mltest.data.Column;
import dev.mltest.data.ColumnType;
import dev.mltest.data.DataAccessException;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.data.FileFormat;
import dev.mltest.data.HadoopDataset;
import dev.mltest.suite.AllowedLocations;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.Event;

/**
 * Suites whose dataset is a Hadoop URI, read through {@link LakeFileSystem} ({@code lake://}) as
 * Spark reads {@code s3a://}: over an allowed prefix the people suite gives, test for test, the
 * outcomes and messages of the same rows from the local CSV file; every disguised or disallowed URI
 * fails its own suite with a message that says why, and the suites beside it pass.
 */
class HadoopUriSuiteTest {
  @TempDir static Path lake;
  @TempDir Path out;

  private static Path curated;

  @BeforeAll
  static void fillTheLake() throws IOException {
    SharedSpark.backend();
    SparkSession spark = SparkSession.active();
    // Sessions started by the engine get it from SharedSpark.SETTINGS; this one may predate them.
    spark.sparkContext().hadoopConfiguration().set("fs.lake.impl", LakeFileSystem.class.getName());
    curated = Files.createDirectories(lake.resolve("curated"));
    Path raw = Files.createDirectories(lake.resolve("raw"));
    Path csv = SparkEngineTest.resource("suites/people.csv");
    org.apache.spark.sql.Dataset<Row> people = SparkFiles.read(spark, Dataset.csv(csv));
    // One part file keeps the rows in the CSV's order, so failure samples name the same rows.
    people.coalesce(1).write().parquet(curated.resolve("people").toString());
    try (Stream<Path> parts = Files.list(curated.resolve("people"))) {
      Path part = parts.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
      Files.copy(part, curated.resolve("people.parquet"));
    }
    Files.copy(csv, curated.resolve("people.csv"));
    Files.copy(csv, raw.resolve("people.csv"));
  }

  private static Map<String, String> allowCurated() {
    return Map.of(AllowedLocations.SETTING, LakeFileSystem.uri(curated) + "/");
  }

  @Test
  void aFolderOfParquetFilesAParquetFileAndACsvFileAtUrisGiveTheLocalFilesResults()
      throws IOException {
    Map<String, String> local = outcomes("local", "people.csv");
    Map<String, String> folder =
        outcomes(
            "folder",
            "{path: \"%s/people/\", format: parquet}".formatted(LakeFileSystem.uri(curated)));
    Map<String, String> file = outcomes("file", LakeFileSystem.uri(curated) + "/people.parquet");
    Map<String, String> csv = outcomes("csv", LakeFileSystem.uri(curated) + "/people.csv");
    assertThat(local)
        .as("every check of the suite ran, some failed and some passed")
        .hasSizeGreaterThan(12)
        .containsValue("SUCCESSFUL")
        .hasValueSatisfying(
            new org.assertj.core.api.Condition<>(v -> v.startsWith("FAILED"), "a failure"));
    assertThat(folder).isEqualTo(local);
    assertThat(file).isEqualTo(local);
    assertThat(csv).isEqualTo(local);
  }

  @Test
  void aCsvAtAUriIsReadWithSparksInferenceExceptTheColumnsTypesNames() {
    String uri = LakeFileSystem.uri(curated) + "/people.csv";
    DataBackend spark = SharedSpark.backend();
    try (BoundTable inferred =
            spark.open(new HadoopDataset(uri, FileFormat.CSV, Map.of(), Map.of()));
        BoundTable forced =
            spark.open(
                new HadoopDataset(
                    uri, FileFormat.CSV, Map.of(), Map.of("id", "VARCHAR", "age", "DOUBLE")))) {
      assertThat(types(inferred))
          .containsEntry("id", ColumnType.INTEGER)
          .containsEntry("age", ColumnType.INTEGER)
          .containsEntry("income", ColumnType.DECIMAL)
          .containsEntry("segment", ColumnType.STRING)
          .containsEntry("active", ColumnType.BOOLEAN);
      assertThat(types(forced))
          .containsEntry("id", ColumnType.STRING)
          .containsEntry("age", ColumnType.DECIMAL)
          .containsEntry("income", ColumnType.DECIMAL);
    }
    assertThatThrownBy(
            () ->
                spark.open(
                    new HadoopDataset(uri, FileFormat.CSV, Map.of(), Map.of("nobody", "VARCHAR"))))
        .isInstanceOf(DataAccessException.class)
        .hasMessage(
            "'types' names [nobody], which the CSV header of %s does not have; its columns: [id, age, income, segment, email, joined, active]"
                .formatted(uri));
  }

  private static Map<String, ColumnType> types(BoundTable table) {
    Map<String, ColumnType> types = new LinkedHashMap<>();
    for (Column c : table.schema().columns()) {
      types.put(c.name(), c.type());
    }
    return types;
  }

  @Test
  void reportsShowTheUriAndThatItsHashIsNotComputed() throws IOException {
    String uri = LakeFileSystem.uri(curated) + "/people.parquet";
    Path suite = suite("report", uri);
    SuiteRuns.run(suite, out, allowCurated());

    JsonNode results = new ObjectMapper().readTree(out.resolve("report/results.json").toFile());
    JsonNode rowCount = null;
    for (JsonNode test : results.get("tests")) {
      if (test.get("name").asText().equals("rowCount")) {
        rowCount = test;
      }
    }
    assertThat(rowCount).isNotNull();
    assertThat(rowCount.get("parameters").get("dataset").asText()).isEqualTo(uri);
    assertThat(rowCount.get("parameters").get("dataset SHA-256").asText())
        .isEqualTo("not computed: remote dataset");
  }

  @Test
  void eachDisguisedOrDisallowedUriFailsItsOwnSuiteAndTheOthersPass() throws IOException {
    String lakeUri = LakeFileSystem.uri(lake);
    Path dir = Files.createDirectories(out.resolve("hostile"));
    Map<String, String> suites = new LinkedHashMap<>();
    suites.put("healthy", lakeUri + "/curated/people.csv");
    suites.put("notAllowed", lakeUri + "/raw/people.csv");
    suites.put("dotDot", lakeUri + "/curated/../raw/people.csv");
    suites.put("encoded", lakeUri + "/curated/%2e%2e/raw/people.csv");
    suites.put("doubleEncoded", lakeUri + "/curated/%252e%252e/raw/people.csv");
    suites.put("otherHost", lakeUri.replace("lake://lake", "lake://evil") + "/curated/people.csv");
    suites.put(
        "userInfo", lakeUri.replace("lake://lake", "lake://evil@lake") + "/curated/people.csv");
    suites.put("otherScheme", lakeUri.replace("lake://lake", "file://") + "/curated/people.csv");
    suites.put("etcPasswd", "file:///etc/passwd");
    suites.put("glob", lakeUri + "/curated/{people.csv,../raw/people.csv}");
    for (Map.Entry<String, String> s : suites.entrySet()) {
      Files.writeString(
          dir.resolve(s.getKey() + ".mltest.yaml"),
          """
          suite: %s
          dataset:
            path: "%s"
            format: csv
          expectations:
            - expect: rowCount
              min: 1
          """
              .formatted(s.getKey(), s.getValue()));
    }
    Files.writeString(
        dir.resolve("onDuckDb.mltest.yaml"),
        """
        suite: onDuckDb
        backend: duckdb
        dataset: "%s/curated/people.csv"
        expectations:
          - expect: rowCount
            min: 1
        """
            .formatted(lakeUri));

    EngineExecutionResults results =
        SuiteRuns.run(
            dir,
            out,
            Map.of("mltest.backend", "spark", AllowedLocations.SETTING, lakeUri + "/curated/"));

    Map<String, String> bySuite = new LinkedHashMap<>();
    for (Event e : results.containerEvents().finished().list()) {
      if (e.getTestDescriptor().getParent().isPresent()) {
        TestExecutionResult r = e.getRequiredPayload(TestExecutionResult.class);
        // "healthy (healthy.mltest.yaml)": the suite's name.
        bySuite.put(
            e.getTestDescriptor().getDisplayName().replaceAll(" \\(.*", ""),
            r.getStatus() + r.getThrowable().map(t -> ": " + t.getMessage()).orElse(""));
      }
    }
    String at = ".mltest.yaml:3:3: dataset URI '";
    assertThat(bySuite).hasSize(11);
    assertThat(bySuite.get("healthy")).isEqualTo("SUCCESSFUL");
    assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
    assertThat(bySuite.get("notAllowed"))
        .contains("notAllowed" + at + lakeUri + "/raw/people.csv' (")
        .contains("is outside the allowed locations [" + lakeUri + "/curated/]")
        .contains("Add its prefix to mltest.spark.allowed-locations");
    assertThat(bySuite.get("dotDot"))
        .contains("dotDot.mltest.yaml:3:3: URI '")
        .contains("has a '..' segment");
    assertThat(bySuite.get("encoded")).contains("has the character '%' in its path");
    assertThat(bySuite.get("doubleEncoded")).contains("has the character '%' in its path");
    assertThat(bySuite.get("glob")).contains("has the character '{' in its path");
    for (String outside : List.of("otherHost", "userInfo", "otherScheme", "etcPasswd")) {
      assertThat(bySuite.get(outside))
          .as(outside)
          .startsWith("FAILED: ")
          .contains(outside + at)
          .contains("is outside the allowed locations");
    }
    assertThat(bySuite.get("onDuckDb"))
        .contains("onDuckDb.mltest.yaml:3:10: the DuckDB backend cannot read the URI " + lakeUri)
        .contains("add 'backend: spark' to the suite");
  }

  /** The people suite's outcomes over the given dataset, with the curated prefix allowed. */
  private Map<String, String> outcomes(String name, String dataset) throws IOException {
    Path suite = suite(name, dataset);
    return SuiteRuns.outcomes(
        SuiteRuns.run(suite, out.resolve(name), allowCurated()),
        Map.of(suite.getParent().toString(), "<dir>"));
  }

  /**
   * The people suite of {@code suites/engine} over the given dataset, in a suite file of its own.
   */
  private Path suite(String name, String dataset) throws IOException {
    Path dir = Files.createDirectories(out.resolve("suites").resolve(name));
    String text =
        Files.readString(SparkEngineTest.resource("suites/engine/people-on-spark.mltest.yaml"))
            .replace("dataset: ../people.csv", "dataset: " + dataset);
    assertThat(text).contains("dataset: " + dataset);
    Files.copy(SparkEngineTest.resource("suites/people.csv"), dir.resolve("people.csv"));
    // One file name for all, so that the suite nodes are named alike.
    return Files.writeString(dir.resolve("people.mltest.yaml"), text);
  }
}
