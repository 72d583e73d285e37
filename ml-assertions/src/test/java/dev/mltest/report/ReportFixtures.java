package dev.mltest.report;

import dev.mltest.data.ValueSample;
import dev.mltest.drift.CategoricalSample;
import dev.mltest.drift.ColumnDrift;
import dev.mltest.drift.ColumnDriftResult;
import dev.mltest.drift.CoverageOutcome;
import dev.mltest.drift.DatasetDriftResult;
import dev.mltest.drift.DatasetDriftRule;
import dev.mltest.drift.DriftMethod;
import dev.mltest.drift.NumericSample;
import dev.mltest.expect.Counts;
import dev.mltest.expect.ExpectationResult;
import dev.mltest.expect.Severity;
import dev.mltest.lineage.CodeProvenance;
import dev.mltest.lineage.DatasetProvenance;
import dev.mltest.lineage.EnvironmentProvenance;
import dev.mltest.lineage.RunProvenance;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * A run with every kind of record and outcome, with data values that must stay text: {@code
 * <script>}, pipes, quotes, commas, line breaks and markdown characters.
 */
final class ReportFixtures {
  static final String FEATURE = "customers (raw snapshot)";
  static final String DRIFT = "customer drift";
  static final String MODEL = "churn-gbm";
  static final Instant FINISHED = Instant.parse("2026-05-04T10:15:30Z");
  static final DatasetProvenance CURRENT =
      new DatasetProvenance(
          "data/current.csv",
          "b21f68f8f8fd8d92b4118bc67c535c6763e14edd6fe4ac3c1af607a57d8198c2",
          252_175);
  static final DatasetProvenance REFERENCE =
      new DatasetProvenance(
          "data/reference.csv",
          "b304e4c7c1365931ea620a0c780a940b66fcb61d9965b3cdece904989faefdd5",
          237_894);

  private ReportFixtures() {}

  static RunProvenance lineage() {
    Map<String, String> versions = new LinkedHashMap<>();
    versions.put("mltest", "0.1.0");
    versions.put("java", "17.0.15");
    versions.put("junit-platform", "6.1.3");
    return new RunProvenance(
        new CodeProvenance("4f2c1e9a0b1c2d3e4f5a6b7c8d9e0f1a2b3c4d5e", true, "main"),
        new EnvironmentProvenance(versions),
        List.of(CURRENT, REFERENCE));
  }

  static RunReport report() {
    List<ReportedTest> tests = new ArrayList<>();
    tests.add(
        test(
            "between[income]",
            FEATURE,
            failedExpectation(),
            Outcome.FAILED,
            "dev/acme/customers.mltest.yaml:12:5 between[income]: "
                + failedExpectation().message()));
    tests.add(test("inSet[segment]", FEATURE, warningExpectation(), Outcome.WARNING, null));
    tests.add(test("rowCount", FEATURE, passedExpectation(), Outcome.PASSED, null));
    tests.add(
        new ReportedTest(
            "[engine:ml-test]/[suite:dev%2Facme%2Fbroken.mltest.yaml]",
            "broken.mltest.yaml",
            "broken.mltest.yaml",
            CheckKind.EXPECTATION,
            "dev/acme/broken.mltest.yaml",
            Outcome.BROKEN,
            "dev/acme/broken.mltest.yaml:3:1: unknown key 'expectatons'; did you mean 'expectations'?",
            null,
            Map.of(),
            List.of()));
    tests.add(test("drift[income]", DRIFT, driftColumn("income", true), Outcome.WARNING, null));
    tests.add(test("drift[segment]", DRIFT, driftSegment(), Outcome.PASSED, null));
    tests.add(test("newCategories[segment]", DRIFT, coverage(), Outcome.WARNING, null));
    tests.add(test("dataset drift", DRIFT, datasetDrift(), Outcome.WARNING, null));
    for (MetricRecord m : metrics()) {
      Outcome outcome = m.status() == MetricRecord.Status.STALE ? Outcome.BROKEN : m.outcome();
      tests.add(test(m.metric(), MODEL, m, outcome, null));
    }
    tests.add(test("trimKeepsRowCount", "Preprocessing", property(), Outcome.FAILED, null));
    return new RunReport(tests, lineage(), FINISHED);
  }

  static ReportedTest test(
      String name, String feature, RunRecord record, Outcome outcome, String message) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("dataset", "data/current.csv");
    parameters.put("dataset SHA-256", CURRENT.shortSha256());
    return new ReportedTest(
        "[engine:ml-test]/[suite:x]/[test:" + name + "]",
        name,
        feature,
        record.kind(),
        record.subject(),
        outcome,
        message == null ? record.message() : message,
        record,
        parameters,
        List.of(CURRENT));
  }

  static ExpectationRecord failedExpectation() {
    return new ExpectationRecord(
        new ExpectationResult(
            "between[income]",
            "between",
            List.of("income"),
            Severity.ERROR,
            ExpectationResult.Status.FAILED,
            0.0123,
            new Counts(3000, 126, 36),
            0.999,
            samples(),
            "income: 1.25% of 2,874 non-null values are outside [0, 10000000] (mostly 0.999"
                + " allows 0.1%); e.g. <script>alert(1)</script> (row 17), -10 (row 4)"));
  }

  static List<ValueSample> samples() {
    return List.of(
        new ValueSample("<script>alert(1)</script>", 3, 17, "customer_id=100017"),
        new ValueSample("-10", 2, 4, "customer_id=100004"),
        new ValueSample("a|b, \"quoted\"\nnext line", 1, 99, null),
        new ValueSample("*bold* _it_ `code` [link](x)", 1, 120, "customer_id=100120"));
  }

  static ExpectationRecord warningExpectation() {
    return new ExpectationRecord(
        new ExpectationResult(
            "inSet[segment]",
            "inSet",
            List.of("segment"),
            Severity.WARN,
            ExpectationResult.Status.FAILED,
            null,
            new Counts(3000, 0, 40),
            0.99,
            List.of(new ValueSample("retial", 40, 8, "customer_id=100008")),
            "segment: 1.33% of 3,000 non-null values are not in ['retail', 'business',"
                + " 'enterprise'] (mostly 0.99 allows 1%); e.g. 'retial' (row 8)"));
  }

  static ExpectationRecord passedExpectation() {
    return new ExpectationRecord(
        new ExpectationResult(
            "rowCount",
            "rowCount",
            List.of(),
            Severity.ERROR,
            ExpectationResult.Status.PASSED,
            3000L,
            null,
            null,
            List.of(),
            "row count is 3000 (expected [1000, 1000000])"));
  }

  static DriftColumnRecord driftColumn(String column, boolean shifted) {
    double[] reference = IntStream.range(0, 200).mapToDouble(i -> i % 50).toArray();
    double[] current =
        IntStream.range(0, 200).mapToDouble(i -> (i % 50) + (shifted ? 20 : 0)).toArray();
    ColumnDriftResult result =
        ColumnDrift.numeric(
            column, NumericSample.of(reference), NumericSample.of(current), DriftMethod.PSI, 0.1);
    return new DriftColumnRecord(result, Severity.WARN, column + ": " + result.describe());
  }

  static ColumnDriftResult segmentResult() {
    Map<String, Long> reference = new LinkedHashMap<>();
    reference.put("retail", 700L);
    reference.put("business", 250L);
    reference.put("<b>enterprise</b>", 50L);
    Map<String, Long> current = new LinkedHashMap<>(reference);
    current.put("retail", 690L);
    return ColumnDrift.categorical(
        "segment",
        CategoricalSample.ofCounts(reference),
        CategoricalSample.ofCounts(current),
        DriftMethod.JENSENSHANNON,
        0.1);
  }

  static DriftColumnRecord driftSegment() {
    ColumnDriftResult result = segmentResult();
    return new DriftColumnRecord(result, Severity.WARN, "segment: " + result.describe());
  }

  static CoverageRecord coverage() {
    return new CoverageRecord(
        new CoverageOutcome(
            "newCategories",
            "segment",
            0.035,
            0.01,
            false,
            "segment: 3.5% of 400 current values have categories the reference never has: z,"
                + " <i>x</i> (at most 1% allowed)",
            List.of("z", "<i>x</i>")),
        Severity.WARN);
  }

  static DatasetDriftRecord datasetDrift() {
    DatasetDriftResult result =
        DatasetDriftRule.evidentlyDefaults()
            .judge(List.of(driftColumn("income", true).result(), segmentResult()));
    return new DatasetDriftRecord(
        result,
        List.of(),
        Severity.WARN,
        "dataset drift: 1 of 2 columns drifted (50%), limit 50%: income");
  }

  static List<MetricRecord> metrics() {
    return List.of(
        MetricRecord.of(
            "auc",
            0.901,
            0.898,
            0.018,
            MetricRecord.Direction.HIGHER_IS_BETTER,
            MetricRecord.Status.OK,
            "auc 0.901 -> 0.898: within tolerance"),
        MetricRecord.of(
                "f1",
                0.812,
                0.781,
                0.0162,
                MetricRecord.Direction.HIGHER_IS_BETTER,
                MetricRecord.Status.REGRESSION,
                "REGRESSION: f1 0.812 -> 0.781 is worse than the baseline by more than the"
                    + " tolerance 0.0162 (higher is better)")
            .withRun(42L, 5_000L, List.of(Path.of("data/train.csv"))),
        MetricRecord.of(
                "log_loss",
                0.341,
                0.372,
                0.0171,
                MetricRecord.Direction.LOWER_IS_BETTER,
                MetricRecord.Status.REGRESSION,
                "REGRESSION: log_loss 0.341 -> 0.372 is worse than the baseline")
            .withInterval(0.0192, 0.0428),
        MetricRecord.of(
            "recall",
            0.75,
            0.79,
            0.015,
            MetricRecord.Direction.HIGHER_IS_BETTER,
            MetricRecord.Status.IMPROVED,
            "IMPROVED: recall 0.75 -> 0.79"),
        MetricRecord.of(
            "bias",
            0.0,
            0.004,
            0.01,
            MetricRecord.Direction.TWO_SIDED,
            MetricRecord.Status.OK,
            "bias 0 -> 0.004: within tolerance"),
        MetricRecord.of(
            "<b>latency_ms</b>",
            null,
            12.5,
            1.0,
            MetricRecord.Direction.LOWER_IS_BETTER,
            MetricRecord.Status.NEW,
            "NEW: metric latency_ms = 12.5 is not in the baseline"),
        MetricRecord.of(
            "precision",
            0.8,
            0.79,
            0.016,
            MetricRecord.Direction.HIGHER_IS_BETTER,
            MetricRecord.Status.STALE,
            "BASELINE STALE: precision was not compared: seed 42 -> 7"));
  }

  static PropertyRecord property() {
    return new PropertyRecord(
        "trimKeepsRowCount",
        Outcome.FAILED,
        1000,
        7L,
        "name,age\n\"  <script>x</script>  \",41\n,17\n",
        "name,age\n\" \",0\n",
        "trimKeepsRowCount: the row count changed from 2 to 1 for the shrunk input");
  }
}
