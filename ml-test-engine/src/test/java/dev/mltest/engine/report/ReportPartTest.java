package dev.mltest.engine.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mltest.data.ValueSample;
import dev.mltest.drift.Binning;
import dev.mltest.drift.ColumnDriftResult;
import dev.mltest.drift.ColumnKind;
import dev.mltest.drift.ColumnVerdict;
import dev.mltest.drift.Comparison;
import dev.mltest.drift.Correction;
import dev.mltest.drift.CoverageOutcome;
import dev.mltest.drift.DatasetDriftResult;
import dev.mltest.drift.DriftMethod;
import dev.mltest.drift.EffectSize;
import dev.mltest.drift.PValueComputation;
import dev.mltest.drift.SampleSummary;
import dev.mltest.drift.ScoreKind;
import dev.mltest.drift.Ties;
import dev.mltest.expect.Counts;
import dev.mltest.expect.ExpectationResult;
import dev.mltest.expect.Severity;
import dev.mltest.lineage.CodeProvenance;
import dev.mltest.lineage.DatasetProvenance;
import dev.mltest.lineage.EnvironmentProvenance;
import dev.mltest.lineage.RunProvenance;
import dev.mltest.report.CheckKind;
import dev.mltest.report.CoverageRecord;
import dev.mltest.report.DatasetDriftRecord;
import dev.mltest.report.DriftColumnRecord;
import dev.mltest.report.ExpectationRecord;
import dev.mltest.report.MetricRecord;
import dev.mltest.report.MetricTrend;
import dev.mltest.report.Outcome;
import dev.mltest.report.PropertyRecord;
import dev.mltest.report.ReportedTest;
import dev.mltest.report.RunRecord;
import dev.mltest.report.RunReport;
import dev.mltest.report.SummaryOptions;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The part files that the JVMs of one build exchange: every kind of record survives the round trip
 * unchanged, and merging keeps every test of every part, once, with notes on what was merged.
 */
class ReportPartTest {
  private static final Instant T0 = Instant.parse("2026-12-05T07:00:00Z");
  private static final BuildIdentity BUILD =
      BuildIdentity.of(Optional.of("ci-run-17"), true, ProcessHandle.current());

  @Test
  void everyKindOfRecordSurvivesTheRoundTrip() throws IOException {
    ReportPart part =
        new ReportPart(
            ReportPart.FORMAT,
            BUILD.id(),
            "JVM 1, execution 1",
            T0,
            new RunReport(
                List.of(
                    test("e1", expectation(new BigDecimal("1.1547000000000001"))),
                    test("e2", expectation(List.of(1L, "a b ", 2.5, true))),
                    test("e3", expectation(null)),
                    test("d1", new DriftColumnRecord(drift(), Severity.WARN, "drifted")),
                    test("c1", coverage()),
                    test("dd", datasetDrift()),
                    test("m1", metric()),
                    test("p1", property()),
                    test("broken", null)),
                new RunProvenance(
                    new CodeProvenance(null, true, "main"),
                    new EnvironmentProvenance(Map.of("mltest", "0.1.0")),
                    List.of(new DatasetProvenance("data/x.csv", "ab".repeat(32), 12, "md5"))),
                T0.plusSeconds(5),
                List.of(
                    new MetricTrend(
                        "s", "c", "nullRatio(x)", List.of(0.1, 0.2), 0.3, Outcome.PASSED)),
                List.of("a note")),
            Map.of("/data/x.csv", List.of("suite s, expectation e: bad")),
            List.of(new ReportPart.Training("[engine:ml-test]/[class:M]", "M#m()", "/data/x.csv")));

    ReportPart read = ReportPart.fromJson(part.toJson());

    assertThat(read).isEqualTo(part);
    assertThat(read.report().tests().get(0).record())
        .isInstanceOfSatisfying(
            ExpectationRecord.class,
            r -> assertThat(r.result().observedValue()).isInstanceOf(BigDecimal.class));
  }

  @Test
  void aPartOfAnotherShapeOrAnUnknownSubtypeIsRefused() {
    assertThatThrownBy(() -> ReportPart.fromJson("{\"format\": 99}"))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("format 99");
    assertThatThrownBy(
            () ->
                RecordJson.read("{\"binning\": {\"@type\": \"java.lang.Runtime\"}}", Holder.class))
        .isInstanceOf(IOException.class)
        .hasMessageContaining("'java.lang.Runtime' is no Binning");
  }

  record Holder(Binning binning) {}

  @Test
  void mergingKeepsEveryTestOnceAndSaysWhatItMerged() {
    ReportPart suites =
        part(
            "JVM 10, execution 1",
            T0,
            List.of(test("a", null, Outcome.FAILED), test("b", null, Outcome.PASSED)),
            Map.of("/data/churn.csv", List.of("suite churn, expectation rowCount: too few rows")),
            List.of());
    ReportPart models =
        part(
            "JVM 11, execution 1",
            T0.plusSeconds(1),
            List.of(test("m", null, Outcome.PASSED)),
            Map.of(),
            List.of(new ReportPart.Training("m", "ChurnModels#logistic()", "/data/churn.csv")));
    ReportPart rerun =
        part(
            "JVM 10, execution 2",
            T0.plusSeconds(2),
            List.of(test("a", null, Outcome.PASSED)),
            Map.of(),
            List.of());

    RunReport merged =
        BuildReport.merge(List.of(rerun, models, suites), List.of("x.json (bad)"), BUILD);

    assertThat(merged.tests())
        .extracting(ReportedTest::uniqueId, ReportedTest::outcome)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", Outcome.PASSED),
            org.assertj.core.groups.Tuple.tuple("b", Outcome.PASSED),
            org.assertj.core.groups.Tuple.tuple("m", Outcome.PASSED));
    assertThat(merged.notes())
        .containsExactly(
            "Merged from 3 test executions in 2 JVMs of one build (mltest.report.build-id=ci-run-17).",
            "1 report part(s) of this build could not be read or written, their tests are"
                + " missing here or from the other executions' reports: x.json (bad)",
            "ChurnModels#logistic() trained a model on /data/churn.csv (JVM 11, execution 1), but a"
                + " suite in another test execution (JVM 10, execution 1) found that data bad: suite"
                + " churn, expectation rowCount: too few rows. The engine stops training on data"
                + " that failed its suite only when both run in the same test execution; with"
                + " forked JVMs it cannot, so this model's results are not to be trusted.");
  }

  @Test
  void eachExecutionOfABuildReplacesItsSectionOfTheStepSummary(@TempDir Path dir)
      throws IOException {
    Path step = Files.writeString(dir.resolve("step.md"), "earlier step\n");
    Path build = Files.createDirectories(dir.resolve("parts/build"));
    RunReport one =
        part("JVM 1, execution 1", T0, List.of(test("a", null)), Map.of(), List.of()).report();
    RunReport two =
        new RunReport(
            List.of(test("a", null), test("b", null)), one.lineage(), T0, List.of(), List.of());

    ReportFiles.write(dir.resolve("out"), one, SummaryOptions.defaults(), step, build);
    ReportFiles.write(dir.resolve("out"), two, SummaryOptions.defaults(), step, build);

    String text = Files.readString(step);
    assertThat(text).startsWith("earlier step\n<!-- mltest-report");
    assertThat(text.split("<!-- mltest-report", -1)).hasSize(2);
    assertThat(text).contains("2 broken");
  }

  @Test
  void aBuildIsTheConfiguredIdElseTheSurefireRunElseTheExecutionAlone() {
    assertThat(BUILD.id()).isEqualTo("configured:ci-run-17");
    assertThat(
            BuildIdentity.surefireRun(List.of("-jar", "x.jar", "2026-12-05T07-04-18_759-jvmRun2")))
        .contains("2026-12-05T07-04-18_759");
    assertThat(BuildIdentity.surefireRun(List.of("-jar", "x.jar"))).isEmpty();
    BuildIdentity one = BuildIdentity.of(Optional.empty(), false, ProcessHandle.current());
    BuildIdentity two = BuildIdentity.of(Optional.empty(), false, ProcessHandle.current());
    assertThat(one.alone()).isTrue();
    assertThat(one.folderName()).isNotEqualTo(two.folderName()).hasSize(16);
    // These tests run in a JVM that Surefire forked from Maven's: two executions, one build.
    if (System.getProperty(BuildIdentity.SUREFIRE_FORK_PROPERTY) != null) {
      BuildIdentity fork = BuildIdentity.of(Optional.empty(), true, ProcessHandle.current());
      assertThat(fork.alone()).isFalse();
      assertThat(fork.id()).startsWith("surefire:").doesNotContain(":?:");
      assertThat(BuildIdentity.of(Optional.empty(), true, ProcessHandle.current())).isEqualTo(fork);
    }
  }

  private static ReportPart part(
      String execution,
      Instant startedAt,
      List<ReportedTest> tests,
      Map<String, List<String>> failures,
      List<ReportPart.Training> trainings) {
    return new ReportPart(
        ReportPart.FORMAT,
        BUILD.id(),
        execution,
        startedAt,
        new RunReport(
            tests,
            new RunProvenance(
                new CodeProvenance("abc", false, null),
                new EnvironmentProvenance(Map.of()),
                List.of()),
            startedAt.plusSeconds(1)),
        failures,
        trainings);
  }

  private static ReportedTest test(String id, RunRecord record) {
    return test(id, record, record == null ? Outcome.BROKEN : record.outcome());
  }

  private static ReportedTest test(String id, RunRecord record, Outcome outcome) {
    return new ReportedTest(
        id,
        id + " name",
        "feature",
        record == null ? CheckKind.EXPECTATION : record.kind(),
        "story",
        outcome,
        "message of " + id,
        record,
        Map.of("dataset", "data/x.csv", "seed", "42"),
        List.of(new DatasetProvenance("data/x.csv", "ab".repeat(32), 12)));
  }

  private static ExpectationRecord expectation(Object observed) {
    return new ExpectationRecord(
        new ExpectationResult(
            "between[income]",
            "between",
            List.of("income"),
            Severity.ERROR,
            ExpectationResult.Status.FAILED,
            observed,
            new Counts(100, 3, 7),
            0.95,
            List.of(new ValueSample("Retail ", 4, 2481, null), new ValueSample("x", 1, 3, "k1")),
            "income is out of range"));
  }

  private static ColumnDriftResult drift() {
    return new ColumnDriftResult(
        "amount",
        ColumnKind.NUMERIC,
        DriftMethod.KS,
        ScoreKind.P_VALUE,
        Double.NaN,
        0.31,
        PValueComputation.EXACT,
        Comparison.LESS_OR_EQUAL,
        0.05,
        true,
        new SampleSummary(1000, 1, 2, 3, 400, 5),
        new SampleSummary(900, 0, 0, 0, 380, 2),
        new Ties(5, 2, 1, false),
        new Binning.Histogram(
            List.of(0.0, 1.5, Double.POSITIVE_INFINITY), List.of(3L, 4L), List.of(5L, 6L)),
        List.of("new"),
        new EffectSize(EffectSize.Measure.KS_D, 0.2, 0.1),
        3);
  }

  private static CoverageRecord coverage() {
    return new CoverageRecord(
        new CoverageOutcome("newCategories", "city", null, 0.01, false, "unseen", List.of("Oslo")),
        Severity.ERROR);
  }

  private static DatasetDriftRecord datasetDrift() {
    ColumnDriftResult values =
        new ColumnDriftResult(
            "city",
            ColumnKind.CATEGORICAL,
            DriftMethod.CHISQUARE,
            DriftMethod.CHISQUARE.scoreKind(),
            0.2,
            3.0,
            PValueComputation.ASYMPTOTIC,
            DriftMethod.CHISQUARE.comparison(),
            0.05,
            false,
            new SampleSummary(10, 0, 0, 0, 2, 0),
            new SampleSummary(10, 0, 0, 0, 2, 0),
            new Ties(0, 0, 0, false),
            new Binning.Values(List.of("a", "b"), List.of(5L, 5L), List.of(4L, 6L)),
            List.of());
    return new DatasetDriftRecord(
        new DatasetDriftResult(
            List.of(new ColumnVerdict(drift(), 0.01, true), new ColumnVerdict(values, 0.4, false)),
            Correction.BONFERRONI,
            0.5,
            1,
            0.5,
            true),
        List.of("id"),
        Severity.ERROR,
        "1 of 2 columns drifted");
  }

  private static MetricRecord metric() {
    return MetricRecord.of(
            "auc",
            null,
            0.81,
            0.01,
            MetricRecord.Direction.HIGHER_IS_BETTER,
            MetricRecord.Status.NEW,
            "new metric")
        .withRun(42L, null, List.of(Path.of("data/churn.csv")));
  }

  private static PropertyRecord property() {
    return new PropertyRecord(
        "idempotent", Outcome.FAILED, 17, -4311828217734551530L, "a\n1\n", null, "broke");
  }
}
