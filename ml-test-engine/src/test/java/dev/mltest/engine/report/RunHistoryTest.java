package dev.mltest.engine.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.history.MetricPoint;
import dev.mltest.history.MetricQuery;
import dev.mltest.history.MetricsRepository;
import dev.mltest.lineage.CodeProvenance;
import dev.mltest.lineage.EnvironmentProvenance;
import dev.mltest.lineage.RunProvenance;
import dev.mltest.report.CheckKind;
import dev.mltest.report.MarkdownSummary;
import dev.mltest.report.MetricRecord;
import dev.mltest.report.MetricTrend;
import dev.mltest.report.ReportedTest;
import dev.mltest.report.RunReport;
import dev.mltest.report.SummaryOptions;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Model metrics recorded per run and compared with the last runs of {@code main}. */
class RunHistoryTest {
  @TempDir Path dir;

  private HistorySettings settings(String branch, boolean record) {
    return new HistorySettings(dir, null, null, null, Map.of("batch", "b1"), record, branch, null);
  }

  private static RunReport report(double f1) {
    MetricRecord record =
        MetricRecord.of(
            "f1",
            0.80,
            f1,
            0.02,
            MetricRecord.Direction.HIGHER_IS_BETTER,
            MetricRecord.Status.OK,
            "f1 ok");
    ReportedTest test =
        new ReportedTest(
            "[engine:ml-test]/[class:ChurnTest]/[regression:model()]/[metric:f1]",
            "f1",
            "ChurnTest",
            CheckKind.REGRESSION,
            "f1",
            record.outcome(),
            record.message(),
            record,
            Map.of(),
            List.of());
    return new RunReport(
        List.of(test),
        new RunProvenance(
            new CodeProvenance("abc1234", false, null),
            new EnvironmentProvenance(Map.of()),
            List.of()),
        Instant.now());
  }

  @Test
  void modelMetricsAreRecordedAndComparedWithTheLastMainRuns() {
    new RunHistory(settings("main", true)).record(report(0.81));
    new RunHistory(settings("feature-x", true)).record(report(0.95));
    new RunHistory(settings("main", true)).record(report(0.83));

    RunHistory pullRequest = new RunHistory(settings("feature-y", false));
    RunReport current = report(0.79);
    List<MetricTrend> trends = pullRequest.trends(current);
    assertThat(trends).hasSize(1);
    assertThat(trends.get(0).metric()).isEqualTo("f1 (main)");
    // only main's runs: the feature branch's 0.95 is left out
    assertThat(trends.get(0).earlier()).containsExactly(0.81, 0.83);
    pullRequest.record(current);

    try (MetricsRepository repository = MetricsRepository.duckDb(dir)) {
      List<MetricPoint> points = repository.read(MetricQuery.metric("ChurnTest", "f1"));
      assertThat(points).extracting(MetricPoint::value).containsExactly(0.81, 0.95, 0.83);
      assertThat(points)
          .extracting(MetricPoint::branch)
          .containsExactly("main", "feature-x", "main");
      assertThat(points.get(0).gitCommit()).isEqualTo("abc1234");
    }
    String summary = MarkdownSummary.render(current.withTrends(trends), SummaryOptions.defaults());
    assertThat(summary)
        .contains("#### Metric history")
        .contains("| ✅ | ChurnTest | f1 | f1 (main) | ▅█▁ | 0.81, 0.83 | 0.79 | -0.04 |");
  }
}
