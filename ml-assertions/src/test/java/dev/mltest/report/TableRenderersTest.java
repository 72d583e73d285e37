package dev.mltest.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.drift.Binning;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden files for the CSV and HTML attachments, and escaping in each. */
class TableRenderersTest {

  private static List<MetricDeltaTable.Row> metricRows() {
    return ReportFixtures.metrics().stream()
        .map(m -> new MetricDeltaTable.Row("churn-gbm <v2>, \"main\"", m))
        .toList();
  }

  private static List<RunRecord> driftRecords() {
    return List.of(
        ReportFixtures.driftSegment(),
        ReportFixtures.driftColumn("income", true),
        ReportFixtures.coverage(),
        ReportFixtures.datasetDrift());
  }

  @Test
  void metricDeltaTableSortsFailuresFirstThenByRelativeChange() {
    List<MetricDeltaTable.Row> sorted = MetricDeltaTable.sorted(metricRows());
    assertThat(sorted)
        .extracting(r -> r.metric().metric())
        .containsExactly(
            "log_loss", "f1", "precision", "<b>latency_ms</b>", "recall", "auc", "bias");
  }

  @Test
  void metricDeltaTableAsCsv() {
    Golden.assertMatches(
        MetricDeltaTable.csv(MetricDeltaTable.sorted(metricRows())), "metric-delta.csv");
  }

  @Test
  void metricDeltaTableAsHtml() {
    String html = MetricDeltaTable.html("churn <model>", MetricDeltaTable.sorted(metricRows()));
    Golden.assertMatches(html, "metric-delta.html");
    assertThat(html)
        .doesNotContain("<b>latency_ms</b>", "<v2>", "churn <model>")
        .contains("&lt;b&gt;latency_ms&lt;/b&gt;", "&quot;main&quot;");
  }

  @Test
  void metricDeltaColumnsFollowTheDirection() {
    String csv = MetricDeltaTable.csv(metricRows());
    assertThat(csv.lines())
        .contains(
            "ok,\"churn-gbm <v2>, \"\"main\"\"\",auc,0.9010,0.8980,-0.0030,-0.33%,-0.0180,↑",
            "regression,\"churn-gbm <v2>, \"\"main\"\"\",log_loss,0.3410,0.3720,+0.0310,+9.09%,+0.0171,↓",
            "ok,\"churn-gbm <v2>, \"\"main\"\"\",bias,0.0000,0.0040,+0.0040,n/a,±0.0100,↕",
            "new,\"churn-gbm <v2>, \"\"main\"\"\",<b>latency_ms</b>,n/a,12.5000,n/a,n/a,+1.0000,↓");
  }

  @Test
  void driftTableAsCsvAndHtml() {
    Golden.assertMatches(DriftTable.csv(driftRecords()), "drift-table.csv");
    String html = DriftTable.html("Drift: customers <current>", driftRecords());
    Golden.assertMatches(html, "drift-table.html");
    assertThat(html).doesNotContain("<current>").contains("&lt;current&gt;");
  }

  @Test
  void bucketsOfAHistogramAndOfValues() {
    Golden.assertMatches(
        DriftTable.bucketsCsv(ReportFixtures.driftColumn("income", true).result().binning()),
        "buckets-histogram.csv");
    Golden.assertMatches(
        DriftTable.bucketsCsv(ReportFixtures.segmentResult().binning()), "buckets-values.csv");
    assertThat(DriftTable.bucketsCsv(new Binning.None()))
        .isEqualTo("Bucket,Reference,Current,Reference share,Current share\n");
  }

  @Test
  void failingValuesKeepEveryCharacterAsData() {
    String csv = FailingValuesTable.csv(ReportFixtures.samples());
    Golden.assertMatches(csv, "failing-values.csv");
    assertThat(csv)
        .contains("<script>alert(1)</script>,3,17,customer_id=100017")
        .contains("\"a|b, \"\"quoted\"\"\nnext line\",1,99,");
  }

  @Test
  void newCategoriesAsCsv() {
    assertThat(DriftTable.categoriesCsv(List.of("z", "a,b", " padded")))
        .isEqualTo("Category\n'z'\n\"'a,b'\"\n' padded'\n");
  }
}
