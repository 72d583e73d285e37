package dev.mltest.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.drift.Binning;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Golden files for the CSV and HTML attachments, and escaping in each. */
class TableRenderersTest {

  private static List<MetricRecord> metricRows() {
    return ReportFixtures.metrics();
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
    List<MetricRecord> sorted = MetricDeltaTable.sorted(metricRows());
    assertThat(sorted)
        .extracting(MetricRecord::metric)
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
        .doesNotContain("<b>latency_ms</b>", "churn <model>")
        .contains("&lt;b&gt;latency_ms&lt;/b&gt;", "churn &lt;model&gt;");
  }

  @Test
  void metricDeltaColumnsFollowTheDirection() {
    String csv = MetricDeltaTable.csv(metricRows());
    assertThat(csv.lines())
        .contains(
            "Metric,Baseline,Current,Δ,Δ%,Δ interval,Allowed,Direction,Verdict",
            "auc,0.9010,0.8980,-0.0030,-0.33%,,-0.0180,↑ higher,ok",
            "log_loss,0.3410,0.3720,+0.0310,+9.09%,\"[+0.0192, +0.0428]\",+0.0171,↓ lower,regression",
            "bias,0.0000,0.0040,+0.0040,n/a,,±0.0100,↕ two-sided,ok",
            "<b>latency_ms</b>,n/a,12.5000,n/a,n/a,,+1.0000,↓ lower,new");
  }

  @Test
  void metricsAreGroupedByModelWorstFirst() {
    List<MetricRecord> metrics = metricRows();
    List<String[]> rows = new java.util.ArrayList<>();
    for (MetricRecord m : metrics) {
      String model = m.status() == MetricRecord.Status.OK ? "ok-model" : "bad-model";
      rows.add(new String[] {model, m.metric()});
    }
    java.util.Map<String, List<MetricRecord>> grouped =
        MetricDeltaTable.byModel(
            rows,
            r -> r[0],
            r -> metrics.stream().filter(m -> m.metric().equals(r[1])).findFirst().orElseThrow());
    assertThat(grouped).containsOnlyKeys("bad-model", "ok-model");
    assertThat(grouped.keySet()).containsExactly("bad-model", "ok-model");
    assertThat(grouped.get("ok-model"))
        .extracting(MetricRecord::metric)
        .containsExactly("auc", "bias");
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
