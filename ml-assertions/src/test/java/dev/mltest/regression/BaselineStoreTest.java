package dev.mltest.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mltest.lineage.CodeProvenance;
import dev.mltest.lineage.DatasetProvenance;
import dev.mltest.lineage.ModelProvenance;
import dev.mltest.lineage.RunProvenance;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineStoreTest {
  @TempDir Path dir;

  private static Baseline baseline(double accuracy) {
    Map<String, BaselineMetric> metrics = new LinkedHashMap<>();
    metrics.put(
        "accuracy",
        new BaselineMetric(
            accuracy,
            MetricSpec.of("accuracy").higherIsBetter().absTol(0.01).relTol(0.02).min(0.6)));
    metrics.put(
        "logLoss",
        new BaselineMetric(
            0.3456789012345,
            MetricSpec.of("logLoss").lowerIsBetter(),
            MetricCatalog.definition("logLoss").orElseThrow()));
    return new Baseline(
        "com.acme.ChurnTest#logistic()", "2026-01-01T00:00:00Z", metrics, Lineages.sample());
  }

  /** Issue #11 item 8: a rewritten baseline keeps its mode; a new one gets the umask's default. */
  @Test
  void writtenBaselinesKeepThePreviousModeOrTheUmasksDefault() throws IOException {
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.nio.file.FileSystems.getDefault().supportedFileAttributeViews().contains("posix"),
        "file modes are POSIX");
    Path reference = Files.createFile(dir.resolve("umask-default"));
    Path file = dir.resolve("Churn.baseline.json");
    BaselineStore.write(file, baseline(0.8));
    assertThat(Files.getPosixFilePermissions(file))
        .isEqualTo(Files.getPosixFilePermissions(reference))
        .isNotEqualTo(java.nio.file.attribute.PosixFilePermissions.fromString("rw-------"));
    for (String mode : List.of("rw-rw-r--", "rw-r-----", "rw-------")) {
      Files.setPosixFilePermissions(
          file, java.nio.file.attribute.PosixFilePermissions.fromString(mode));
      BaselineStore.write(file, baseline(0.9));
      assertThat(
              java.nio.file.attribute.PosixFilePermissions.toString(
                  Files.getPosixFilePermissions(file)))
          .isEqualTo(mode);
      assertThat(BaselineStore.read(file)).isEqualTo(baseline(0.9));
    }
    try (var left = Files.list(dir)) {
      assertThat(left.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder("umask-default", "Churn.baseline.json");
    }
  }

  @Test
  void roundTripsEveryField() {
    Path file = dir.resolve("a/b/ChurnTest.logistic.baseline.json");
    BaselineStore.write(file, baseline(0.8123));
    assertThat(BaselineStore.read(file)).isEqualTo(baseline(0.8123));
  }

  @Test
  void everyBuiltInMetricHasAVersionedDefinitionAndCustomOnesNone() {
    for (ModelTask task : ModelTask.values()) {
      for (String name : MetricCatalog.names(task)) {
        assertThat(MetricCatalog.definition(name))
            .hasValueSatisfying(d -> assertThat(d).endsWith("]"));
      }
    }
    assertThat(MetricCatalog.definition("f1[churned]"))
        .hasValueSatisfying(d -> assertThat(d).contains("'churned'"));
    assertThat(MetricCatalog.definition("meanScore")).isEmpty();
  }

  @Test
  void aMetricWithoutARecordedDefinitionStillReads() throws IOException {
    Path file = dir.resolve("old.json");
    String json = BaselineStore.toJson(baseline(0.8));
    String definition = MetricCatalog.definition("logLoss").orElseThrow();
    assertThat(json).contains("\"definition\": \"" + definition + "\"");
    Files.writeString(file, json.replaceAll(",\\s*\"definition\": \"[^\"]*\"", ""));
    assertThat(BaselineStore.read(file).metrics().get("logLoss").definition()).isNull();
    assertThat(BaselineStore.read(file).metrics().get("logLoss").value())
        .isEqualTo(0.3456789012345);
  }

  @Test
  void writesReadableJsonWithStableKeyOrder() throws IOException {
    Path file = dir.resolve("b.json");
    BaselineStore.write(file, baseline(0.8123));
    String text = Files.readString(file);
    assertThat(text)
        .startsWith(
            "{\n  \"format\": \"mltest-baseline/1\",\n  \"test\": \"com.acme.ChurnTest#logistic()\"")
        .contains(
            "    \"accuracy\": {\n      \"value\": 0.8123,\n      \"direction\": \"higher\",\n      \"absTol\": 0.01,")
        .contains("\"features\": [\n        \"age\",\n        \"tenure\"\n      ]")
        .contains("\"sha256\": \"" + "a".repeat(64) + "\"");
    assertThat(text.indexOf("\"metrics\"")).isLessThan(text.indexOf("\"lineage\""));
  }

  @Test
  void readsABaselineWrittenBeforeTheLineageModel() throws IOException {
    Path file = dir.resolve("old.baseline.json");
    Files.writeString(
        file,
        """
        {
          "format": "mltest-baseline/1",
          "metrics": {"accuracy": {"value": 0.7}},
          "lineage": {
            "data": [{"path": "data/churn.csv", "sha256": "%s", "bytes": 1234}],
            "sample": {"label": "churned", "features": ["age"], "fraction": 0.05,
                       "stratified": true, "testFraction": 0.2, "algorithm": "mltest-hash-v1"},
            "seed": 42,
            "trainer": {"class": "T", "parameters": {}},
            "git": {"commit": "unknown", "dirty": "unknown"},
            "versions": {"duckdb": "v1.5.6", "java": "17", "mltest": "dev", "tribuo": "4.3.2"},
            "trainRows": 1000,
            "testRows": 250
          }
        }
        """
            .formatted("a".repeat(64)));

    Baseline read = BaselineStore.read(file);

    assertThat(read.metrics().get("accuracy").value()).isEqualTo(0.7);
    assertThat(read.lineage().run().code()).isEqualTo(CodeProvenance.UNKNOWN);
    assertThat(read.lineage().data())
        .containsExactly(new DatasetProvenance("data/churn.csv", "a".repeat(64), 1234));
    assertThat(read.lineage().run().environment().versions()).containsEntry("java", "17");
  }

  @Test
  void aNonFiniteNumberWrittenAsAStringIsReadAsThatNumber() throws IOException {
    Path file = dir.resolve("nan.baseline.json");
    Files.writeString(file, "{\"metrics\": {\"logLoss\": {\"value\": \"NaN\"}}}");

    assertThatThrownBy(() -> BaselineStore.read(file))
        .isInstanceOf(BaselineFileException.class)
        .hasMessageContaining("nan.baseline.json:1:")
        .hasMessageContaining("must be finite, not NaN");
  }

  @Test
  void roundTripsTheDvcHashAndTheBranch() {
    Baseline base = baseline(0.8);
    ModelProvenance lineage = base.lineage();
    RunProvenance run =
        new RunProvenance(
            new CodeProvenance("0123456789abcdef", true, "main"),
            lineage.run().environment(),
            List.of(new DatasetProvenance("data/churn.csv", "a".repeat(64), 1234, "22a1a293")));
    Baseline withDvc =
        new Baseline(
            base.test(),
            base.updated(),
            base.metrics(),
            new ModelProvenance(
                run,
                lineage.sample(),
                lineage.seed(),
                lineage.trainer(),
                lineage.trainRows(),
                lineage.testRows()));
    Path file = dir.resolve("dvc.baseline.json");

    BaselineStore.write(file, withDvc);

    assertThat(BaselineStore.read(file)).isEqualTo(withDvc);
  }

  @Test
  void aFailedWriteLeavesThePreviousFileAndNoTemporaryFile() throws IOException {
    Path file = dir.resolve("c.json");
    BaselineStore.write(file, baseline(0.8));
    String before = Files.readString(file);
    assertThatThrownBy(
            () ->
                BaselineStore.replace(
                    file,
                    out -> {
                      out.write("{\"metrics\": {\"accuracy\": ".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(BaselineFileException.class)
        .hasMessageContaining("c.json")
        .hasMessageContaining("the previous file is unchanged")
        .hasMessageContaining("disk full");
    assertThat(Files.readString(file)).isEqualTo(before);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file);
    }
  }

  @Test
  void anUpdateReplacesTheFileWhole() {
    Path file = dir.resolve("d.json");
    BaselineStore.write(file, baseline(0.8));
    BaselineStore.write(file, baseline(0.9));
    assertThat(BaselineStore.read(file).metric("accuracy").orElseThrow().value()).isEqualTo(0.9);
  }

  @Test
  void aMissingFileIsNamed() {
    Path file = dir.resolve("missing.json");
    assertThat(BaselineStore.readIfExists(file)).isEmpty();
    assertThatThrownBy(() -> BaselineStore.read(file))
        .isInstanceOf(BaselineFileException.class)
        .hasMessage(file + ": no baseline file here");
  }

  @Test
  void corruptJsonNamesTheFileLineAndColumn() throws IOException {
    Path file = dir.resolve("corrupt.json");
    Files.writeString(
        file, "{\n  \"metrics\": {\n    \"accuracy\": 0.8,\n    \"auc\" 0.9\n  }\n}\n");
    assertThatThrownBy(() -> BaselineStore.read(file))
        .isInstanceOfSatisfying(
            BaselineFileException.class,
            e -> {
              assertThat(e.file()).isEqualTo(file.toString());
              assertThat(e.line()).isEqualTo(4);
            })
        .hasMessageStartingWith(file + ":4:")
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void aTruncatedFileIsCorrupt() throws IOException {
    Path file = dir.resolve("truncated.json");
    String full = BaselineStore.toJson(baseline(0.8));
    Files.writeString(file, full.substring(0, full.length() / 2));
    assertThatThrownBy(() -> BaselineStore.read(file))
        .isInstanceOf(BaselineFileException.class)
        .hasMessageStartingWith(file.toString())
        .hasMessageContaining("not valid JSON");
  }

  @Test
  void anEmptyFileIsCorrupt() {
    assertThatThrownBy(() -> BaselineStore.parse("empty.json", ""))
        .hasMessage("empty.json:1:1: not valid JSON: the file is empty");
  }

  @Test
  void wrongTypesAreReportedWhereTheyAre() {
    String text = "{\n  \"metrics\": {\n    \"accuracy\": {\"value\": \"high\"}\n  }\n}";
    assertThatThrownBy(() -> BaselineStore.parse("x.json", text))
        .hasMessage("x.json:3:27: \"value\" must be a number, not a string");
  }

  @Test
  void unknownKeysGetASuggestion() {
    String text = "{\"metrics\": {\"accuracy\": {\"value\": 0.8, \"abstol\": 0.1}}}";
    assertThatThrownBy(() -> BaselineStore.parse("x.json", text))
        .hasMessageStartingWith("x.json:1:")
        .hasMessageContaining(
            "unknown key \"abstol\" in metric \"accuracy\"; did you mean 'absTol'?");
  }

  @Test
  void badDirectionsAreNamed() {
    String text = "{\"metrics\": {\"accuracy\": {\"value\": 0.8, \"direction\": \"up\"}}}";
    assertThatThrownBy(() -> BaselineStore.parse("x.json", text))
        .hasMessageContaining("direction must be higher, lower or two-sided, not 'up'");
  }

  @Test
  void duplicateKeysAreRejected() {
    String text = "{\"metrics\": {\"accuracy\": 0.8, \"accuracy\": 0.9}}";
    assertThatThrownBy(() -> BaselineStore.parse("x.json", text))
        .hasMessageContaining("x.json:1:")
        .hasMessageContaining("Duplicate field 'accuracy'");
  }

  @Test
  void aHandWrittenBaselineNeedsOnlyValues() {
    Baseline b =
        BaselineStore.parse(
            "x.json", "{\"metrics\": {\"accuracy\": 0.8, \"rmse\": {\"value\": 2}}}");
    assertThat(b.lineage()).isNull();
    assertThat(b.metric("accuracy").orElseThrow().value()).isEqualTo(0.8);
    assertThat(b.metric("rmse").orElseThrow().spec()).isEqualTo(MetricSpec.of("rmse"));
  }

  @Test
  void missingMetricsKeyIsNamed() {
    assertThatThrownBy(() -> BaselineStore.parse("x.json", "{\"test\": \"t\"}"))
        .hasMessage(
            "x.json:1:1: missing \"metrics\": an object of metric name to {\"value\": ...}");
  }

  @Test
  void diffListsAddedChangedAndRemovedMetrics() {
    Baseline old = baseline(0.8);
    Map<String, BaselineMetric> metrics = new LinkedHashMap<>(baseline(0.85).metrics());
    metrics.remove("logLoss");
    metrics.put("auc", new BaselineMetric(0.9, MetricSpec.of("auc")));
    Baseline updated = new Baseline(old.test(), "now", metrics, old.lineage());
    assertThat(BaselineDiff.lines(old, updated))
        .containsExactly(
            "~ accuracy 0.8000 → 0.8500 (Δ +0.0500)", "- logLoss 0.3457", "+ auc 0.9000");
    assertThat(BaselineDiff.lines(null, updated)).hasSize(2).allMatch(l -> l.startsWith("+ "));
  }
}
