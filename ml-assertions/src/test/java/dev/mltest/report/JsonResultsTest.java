package dev.mltest.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mltest.data.BucketPlan;
import dev.mltest.data.NumericCounts;
import dev.mltest.drift.ColumnDrift;
import dev.mltest.drift.ColumnDriftResult;
import dev.mltest.drift.DriftConfig;
import dev.mltest.drift.NumericSample;
import dev.mltest.expect.Severity;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The documented, versioned shape of {@code results.json} (docs/reports.md). */
class JsonResultsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode render() throws Exception {
    return JSON.readTree(JsonResults.render(ReportFixtures.report()));
  }

  @Test
  void aDriftColumnFromSharedBucketsStatesItsBoundAndAnExactOneHasNoKey() throws Exception {
    double[] values = new double[2_000];
    long[] ones = new long[values.length];
    for (int i = 0; i < values.length; i++) {
      values[i] = i * 0.5;
      ones[i] = 1;
    }
    NumericCounts.Column reference = NumericCounts.Column.of(values, ones, 0);
    for (int i = 0; i < values.length; i++) {
      values[i] += 100;
    }
    NumericCounts.Column current = NumericCounts.Column.of(values, ones, 0);
    BucketPlan plan =
        new BucketPlan(
            new double[] {250, 500, 750, 1_000, 1_099.5}, 2_000, "exceed a limit of the test");
    ColumnDriftResult result =
        ColumnDrift.numeric(
            "income",
            NumericSample.ofCounts(reference.bucketed(plan)),
            NumericSample.ofCounts(current.bucketed(plan)),
            DriftConfig.defaults());
    DriftColumnRecord record = new DriftColumnRecord(result, Severity.ERROR, result.sentence());
    RunReport report =
        new RunReport(
            List.of(
                ReportFixtures.test(
                    "drift[income]", "drift", record, Outcome.FAILED, result.sentence())),
            ReportFixtures.lineage(),
            ReportFixtures.FINISHED);
    JsonNode column = JSON.readTree(JsonResults.render(report)).get("tests").get(0).get("record");
    JsonNode approximation = column.get("approximation");
    assertThat(approximation.get("buckets").asInt()).isEqualTo(5);
    assertThat(approximation.get("decision").asText()).isEqualTo("holds");
    assertThat(approximation.get("statisticLower").asDouble())
        .isEqualTo(result.statistic())
        .isLessThanOrEqualTo(approximation.get("statisticUpper").asDouble());
    assertThat(approximation.get("bound").asDouble()).isPositive();
    assertThat(approximation.get("text").asText())
        .startsWith("approximate: D = ")
        .contains(
            "5 shared buckets because about 2,000 distinct values exceed a limit of the test");
    assertThat(column.get("drifted").asBoolean()).isTrue();
    for (JsonNode test : render().get("tests")) {
      if (test.get("record") != null && test.get("record").has("method")) {
        assertThat(test.get("record").has("approximation")).isFalse();
      }
    }
  }

  @Test
  void goldenFile() {
    String json =
        JsonResults.render(ReportFixtures.report())
            .replace(
                "\"" + dev.mltest.lineage.EnvironmentProvenance.mltestVersion() + "\"",
                "\"<mltest version>\"");
    Golden.assertMatches(json, "results.json");
  }

  @Test
  void topLevelShapeIsVersioned() throws Exception {
    JsonNode root = render();
    assertThat(fields(root))
        .containsExactly(
            "schemaVersion", "generator", "finishedAt", "summary", "notes", "lineage", "tests");
    assertThat(root.get("schemaVersion").isInt()).isTrue();
    assertThat(root.get("schemaVersion").asInt())
        .isEqualTo(JsonResults.SCHEMA_VERSION)
        .isEqualTo(1);
    assertThat(root.get("generator").get("name").asText()).isEqualTo("mltest");
    assertThat(root.get("finishedAt").asText()).isEqualTo("2026-05-04T10:15:30Z");
  }

  @Test
  void summaryCountsEveryOutcome() throws Exception {
    JsonNode summary = render().get("summary");
    assertThat(fields(summary))
        .containsExactly(
            "outcome", "total", "failed", "broken", "warning", "improved", "passed", "skipped");
    assertThat(summary.get("outcome").asText()).isEqualTo("failed");
    assertThat(summary.get("total").asInt()).isEqualTo(16);
    assertThat(summary.get("failed").asInt()).isEqualTo(4);
    assertThat(summary.get("broken").asInt()).isEqualTo(2);
    assertThat(summary.get("warning").asInt()).isEqualTo(5);
    assertThat(summary.get("improved").asInt()).isEqualTo(1);
    assertThat(summary.get("passed").asInt()).isEqualTo(4);
  }

  @Test
  void lineageHoldsCommitDataHashesAndVersions() throws Exception {
    JsonNode lineage = render().get("lineage");
    assertThat(fields(lineage)).containsExactly("git", "dataFiles", "versions");
    assertThat(lineage.get("git").get("commit").asText()).hasSize(40);
    assertThat(lineage.get("git").get("dirty").asBoolean()).isTrue();
    assertThat(lineage.get("git").get("branch").asText()).isEqualTo("main");
    JsonNode file = lineage.get("dataFiles").get(0);
    assertThat(fields(file)).containsExactly("path", "bytes", "sha256", "dvcMd5");
    assertThat(file.get("dvcMd5").isNull()).isTrue();
    assertThat(file.get("sha256").asText()).matches("[0-9a-f]{64}");
    assertThat(file.get("bytes").isNumber()).isTrue();
    assertThat(lineage.get("versions").get("junit-platform").asText()).isEqualTo("6.1.3");
  }

  @Test
  void everyTestHasTheCommonFieldsAndATypedRecord() throws Exception {
    Set<String> types = new TreeSet<>();
    for (JsonNode test : render().get("tests")) {
      assertThat(fields(test))
          .containsExactly(
              "uniqueId",
              "name",
              "kind",
              "feature",
              "story",
              "outcome",
              "message",
              "parameters",
              "dataFiles",
              "record");
      assertThat(test.get("kind").asText()).isIn("expectation", "drift", "regression", "property");
      assertThat(test.get("outcome").asText())
          .isIn("failed", "broken", "warning", "improved", "passed", "skipped");
      assertThat(test.get("parameters").isObject()).isTrue();
      if (!test.get("record").isNull()) {
        types.add(test.get("record").get("type").asText());
      }
    }
    assertThat(types)
        .containsExactly(
            "coverage", "dataset-drift", "drift-column", "expectation", "metric", "property");
  }

  @Test
  void recordsHaveTheirDocumentedFields() throws Exception {
    JsonNode tests = render().get("tests");
    assertThat(fields(record(tests, "expectation")))
        .containsExactly(
            "type",
            "expectation",
            "columns",
            "severity",
            "status",
            "observed",
            "counts",
            "mostly",
            "samples");
    assertThat(fields(record(tests, "expectation").get("samples").get(0)))
        .containsExactly("value", "count", "firstRow", "firstKey");
    assertThat(record(tests, "expectation").get("samples").get(0).get("value").asText())
        .isEqualTo("<script>alert(1)</script>");
    assertThat(fields(record(tests, "drift-column")))
        .containsExactly(
            "type",
            "column",
            "columnKind",
            "method",
            "methodName",
            "scoreKind",
            "score",
            "threshold",
            "comparison",
            "drifted",
            "referenceSize",
            "currentSize",
            "referenceDropped",
            "currentDropped",
            "newCategories",
            "buckets",
            "severity");
    assertThat(fields(record(tests, "coverage")))
        .containsExactly(
            "type", "check", "column", "share", "limit", "passed", "severity", "newCategories");
    assertThat(fields(record(tests, "dataset-drift")))
        .containsExactly(
            "type",
            "driftedColumns",
            "columns",
            "share",
            "limit",
            "datasetDrift",
            "correction",
            "severity",
            "notCompared");
    JsonNode metric = record(tests, "metric");
    assertThat(fields(metric))
        .containsExactly(
            "type",
            "metric",
            "baseline",
            "current",
            "delta",
            "deltaPercent",
            "tolerance",
            "direction",
            "status",
            "seed",
            "sampleRows");
    assertThat(fields(record(tests, "property")))
        .containsExactly(
            "type", "property", "tries", "seed", "originalCounterexample", "shrunkCounterexample");
  }

  @Test
  void numbersStayNumbersAndAbsentValuesAreNull() throws Exception {
    JsonNode tests = render().get("tests");
    JsonNode newMetric = null;
    for (JsonNode test : tests) {
      if (test.get("name").asText().equals("<b>latency_ms</b>")) {
        newMetric = test.get("record");
      }
    }
    assertThat(newMetric).isNotNull();
    assertThat(newMetric.get("baseline").isNull()).isTrue();
    assertThat(newMetric.get("delta").isNull()).isTrue();
    assertThat(newMetric.get("current").isDouble()).isTrue();
    assertThat(newMetric.get("status").asText()).isEqualTo("new");
  }

  private static JsonNode record(JsonNode tests, String type) {
    for (JsonNode test : tests) {
      JsonNode record = test.get("record");
      if (!record.isNull() && record.get("type").asText().equals(type)) {
        return record;
      }
    }
    throw new AssertionError("no record of type " + type);
  }

  private static List<String> fields(JsonNode node) {
    List<String> names = new ArrayList<>();
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      names.add(it.next());
    }
    return names;
  }
}
