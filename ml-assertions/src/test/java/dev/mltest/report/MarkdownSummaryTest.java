package dev.mltest.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.expect.ExpectationResult;
import dev.mltest.expect.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MarkdownSummaryTest {
  private static final SummaryOptions OPTIONS =
      new SummaryOptions(
          "churn", "ML checks", SummaryOptions.DEFAULT_MAX_CHARS, "https://ci.example/run/7");

  @Test
  void summaryOfARunWithEveryKindOfCheck() {
    String markdown = MarkdownSummary.render(ReportFixtures.report(), OPTIONS);
    Golden.assertMatches(markdown, "summary.md");
  }

  @Test
  void summaryCutToASmallLimit() {
    String markdown =
        MarkdownSummary.render(
            ReportFixtures.report(),
            new SummaryOptions("churn", "ML checks", 3_000, "https://ci.example/run/7"));
    Golden.assertMatches(markdown, "summary-cut.md");
    assertThat(markdown.length()).isLessThanOrEqualTo(3_000);
  }

  @Test
  void markerFirstThenHeadlineThenSectionsInOrder() {
    String markdown = MarkdownSummary.render(ReportFixtures.report(), OPTIONS);
    assertThat(markdown.lines().findFirst()).contains("<!-- mltest-report id=churn -->");
    assertThat(markdown)
        .contains("### ❌ ML checks: 4 failed, 2 broken, 5 warnings")
        .containsSubsequence(
            "#### Needs attention",
            "#### Model regression",
            "#### Data drift",
            "#### Failed expectations",
            "#### Failed properties",
            "<details><summary>",
            "</details>",
            "#### Lineage",
            "📎 Full report: [Allure report](https://ci.example/run/7)");
  }

  @Test
  void dataNeverBecomesMarkup() {
    String markdown = MarkdownSummary.render(ReportFixtures.report(), OPTIONS);
    String withoutMarker = markdown.substring(markdown.indexOf('\n'));
    assertThat(withoutMarker)
        .doesNotContain("<script>", "<b>", "<i>")
        .contains("&lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("a\\|b, \"quoted\" next line")
        .contains("\\*bold\\* \\_it\\_ \\`code\\` \\[link\\](x)");
    String ownMarkup =
        withoutMarker
            .replace("<details><summary>", "")
            .replace("</summary>", "")
            .replace("</details>", "");
    assertThat(ownMarkup).doesNotContainPattern("<[A-Za-z/!]");
  }

  @Test
  void allPassedAndWarningsOnlyHeadlines() {
    RunReport passed =
        new RunReport(
            List.of(
                ReportFixtures.test(
                    "rowCount",
                    "customers",
                    ReportFixtures.passedExpectation(),
                    Outcome.PASSED,
                    null)),
            ReportFixtures.lineage(),
            ReportFixtures.FINISHED);
    assertThat(MarkdownSummary.render(passed, OPTIONS))
        .contains("### ✅ ML checks: all 1 check passed")
        .doesNotContain("Needs attention");
    RunReport warned =
        new RunReport(
            List.of(
                ReportFixtures.test(
                    "inSet[segment]",
                    "customers",
                    ReportFixtures.warningExpectation(),
                    Outcome.WARNING,
                    null)),
            ReportFixtures.lineage(),
            ReportFixtures.FINISHED);
    assertThat(MarkdownSummary.render(warned, OPTIONS))
        .contains("### ⚠️ ML checks: passed with 1 warning")
        .doesNotContain("<details>");
  }

  @Test
  void aHugeRunIsCutInTheCollapsedBlockFirstWithANote() {
    RunReport report = manyPassedAndOneFailed(3_000);
    SummaryOptions options =
        new SummaryOptions("big", "ML checks", SummaryOptions.DEFAULT_MAX_CHARS, "allure-report");
    String markdown = MarkdownSummary.render(report, options);
    assertThat(markdown.length()).isLessThanOrEqualTo(SummaryOptions.DEFAULT_MAX_CHARS);
    assertThat(markdown)
        .startsWith("<!-- mltest-report id=big -->")
        .contains("### ❌ ML checks: 1 failed")
        .contains("| ❌ | between\\[income\\] |")
        .contains("<details><summary>3000 other checks (passed or skipped)</summary>")
        .containsPattern("_… and \\d+ more checks not shown._")
        .contains("_Cut to stay under GitHub's comment size limit")
        .contains("</details>", "#### Lineage", "📎 Full report: Allure, `allure-report`");
  }

  @Test
  void visibleTablesAreCutOnlyWhenTheCollapsedBlockIsGone() {
    RunReport report = manyFailed(2_000);
    String markdown =
        MarkdownSummary.render(
            report, new SummaryOptions("x", "ML checks", 20_000, "allure-report"));
    assertThat(markdown.length()).isLessThanOrEqualTo(20_000);
    assertThat(markdown)
        .startsWith("<!-- mltest-report id=x -->")
        .contains("### ❌ ML checks: 2000 failed")
        .contains("#### Lineage")
        .contains("#### Failed expectations\n\n_… 2000 expectations not shown._")
        .containsPattern("_… and \\d+ more checks not shown._")
        .doesNotContain("Cut to fit");
  }

  @Test
  void theSizeLimitMustLeaveRoomForTheHeadline() {
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> new SummaryOptions("x", "t", 100, "r"))
        .hasMessageContaining("at least 2000");
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> new SummaryOptions("x -->", "t", 10_000, "r"))
        .hasMessageContaining("letters, digits");
  }

  private static RunReport manyPassedAndOneFailed(int passed) {
    List<ReportedTest> tests = new ArrayList<>();
    tests.add(
        ReportFixtures.test(
            "between[income]",
            "customers",
            ReportFixtures.failedExpectation(),
            Outcome.FAILED,
            null));
    for (int i = 0; i < passed; i++) {
      tests.add(
          new ReportedTest(
              "[engine:ml-test]/[suite:s]/[expectation:e" + i + "]",
              "notNull[column_" + i + "]",
              "customers",
              CheckKind.EXPECTATION,
              "column_" + i,
              Outcome.PASSED,
              "column_" + i + ": 0% of 3,000 rows are null (mostly 1 allows none)",
              null,
              Map.of(),
              List.of()));
    }
    return new RunReport(tests, ReportFixtures.lineage(), ReportFixtures.FINISHED);
  }

  private static RunReport manyFailed(int failed) {
    List<ReportedTest> tests = new ArrayList<>();
    for (int i = 0; i < failed; i++) {
      ExpectationRecord record =
          new ExpectationRecord(
              new ExpectationResult(
                  "notNull[c" + i + "]",
                  "notNull",
                  List.of("c" + i),
                  Severity.ERROR,
                  ExpectationResult.Status.FAILED,
                  null,
                  null,
                  null,
                  List.of(),
                  "c" + i + ": 3% of 3,000 rows are null (mostly 1 allows none)"));
      tests.add(
          ReportFixtures.test("notNull[c" + i + "]", "customers", record, Outcome.FAILED, null));
    }
    return new RunReport(tests, ReportFixtures.lineage(), ReportFixtures.FINISHED);
  }

  @Test
  void metricRowsAreGroupedByModelWithShortNamesWorstModelFirst() {
    List<ReportedTest> tests = new ArrayList<>();
    for (String method : List.of("logisticRegression()", "gradientBoosting()")) {
      for (MetricRecord m : ReportFixtures.metrics()) {
        boolean fine =
            method.startsWith("logistic") || m.status() != MetricRecord.Status.REGRESSION;
        MetricRecord record =
            fine && m.status() == MetricRecord.Status.REGRESSION
                ? MetricRecord.of(
                    m.metric(),
                    m.baseline(),
                    m.baseline(),
                    m.tolerance(),
                    m.direction(),
                    MetricRecord.Status.OK,
                    "within tolerance")
                : m;
        if (method.startsWith("logistic") && m.status() != MetricRecord.Status.OK) {
          record =
              MetricRecord.of(
                  m.metric(),
                  1.0,
                  1.0,
                  0.01,
                  m.direction(),
                  MetricRecord.Status.OK,
                  "within tolerance");
        }
        tests.add(
            new ReportedTest(
                "[engine:ml-test]/[class:com.acme.ChurnModelRegressionTest]/[regression:"
                    + method
                    + "]/[metric:"
                    + m.metric()
                    + "]",
                m.metric(),
                "ChurnModelRegressionTest",
                record.kind(),
                record.subject(),
                record.outcome(),
                record.message(),
                record,
                Map.of(),
                List.of()));
      }
    }
    String markdown =
        MarkdownSummary.render(
            new RunReport(tests, ReportFixtures.lineage(), ReportFixtures.FINISHED), OPTIONS);

    assertThat(markdown)
        .containsSubsequence(
            "#### Model regression",
            "**ChurnModelRegressionTest.gradientBoosting()**",
            "| ❌ | log\\_loss |",
            "**ChurnModelRegressionTest.logisticRegression()**",
            "|  | Metric | Baseline | Current | Δ | Δ% | Δ interval | Allowed | Dir |")
        .doesNotContain("| Test |");
    assertThat(markdown.lines().filter(l -> l.startsWith("|  | Metric |"))).hasSize(2);
    String section = markdown.substring(markdown.indexOf("#### Model regression"));
    section = section.substring(0, section.indexOf("<details"));
    assertThat(section.lines().filter(l -> l.contains("ChurnModelRegressionTest"))).hasSize(2);
  }
}
