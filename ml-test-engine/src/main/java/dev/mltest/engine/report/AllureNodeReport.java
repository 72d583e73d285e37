package dev.mltest.engine.report;

import dev.mltest.drift.Binning;
import dev.mltest.drift.ColumnDriftResult;
import dev.mltest.drift.ColumnVerdict;
import dev.mltest.lineage.RunProvenance;
import dev.mltest.report.CoverageRecord;
import dev.mltest.report.DatasetDriftRecord;
import dev.mltest.report.DriftChart;
import dev.mltest.report.DriftColumnRecord;
import dev.mltest.report.DriftTable;
import dev.mltest.report.ExpectationRecord;
import dev.mltest.report.FailingValuesTable;
import dev.mltest.report.JsonResults;
import dev.mltest.report.MetricDeltaTable;
import dev.mltest.report.MetricRecord;
import dev.mltest.report.MetricTrend;
import dev.mltest.report.Outcome;
import dev.mltest.report.PropertyRecord;
import dev.mltest.report.RunRecord;
import dev.mltest.report.TrendChart;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * What one node adds to its Allure result: labels (epic, feature, story, suites), parameters, a
 * history id derived from its unique id, its lineage as JSON, and the attachments of its record.
 * Runs on the node's thread; does nothing unless the Allure test of this thread is the node's.
 */
final class AllureNodeReport {
  private static final System.Logger LOG = System.getLogger(AllureNodeReport.class.getName());
  static final String CSV = "text/csv";
  static final String HTML = "text/html";

  private final AllureApi allure;
  private final boolean charts;

  AllureNodeReport(AllureApi allure, boolean charts) {
    this.allure = allure;
    this.charts = charts;
  }

  /**
   * Decorates the node's Allure result.
   *
   * @return whether the node's Allure result was found and decorated
   */
  boolean report(
      NodeFacts facts,
      Map<String, String> parameters,
      RunProvenance lineage,
      @Nullable RunRecord record,
      @Nullable ModelTable modelTable) {
    String uniqueId = facts.uniqueId().toString();
    if (!allure.isCurrent(uniqueId)) {
      return false;
    }
    List<AllureApi.Label> labels =
        List.of(
            new AllureApi.Label("epic", facts.kind().epic()),
            new AllureApi.Label("feature", facts.feature()),
            new AllureApi.Label("story", facts.story()),
            new AllureApi.Label("parentSuite", facts.parentSuite()),
            new AllureApi.Label("suite", facts.feature()),
            new AllureApi.Label("subSuite", facts.subSuite()));
    List<AllureApi.Parameter> allureParameters = new ArrayList<>();
    // Only the dataset names identify a test; hashes and sizes change with the data.
    parameters.forEach(
        (name, value) ->
            allureParameters.add(
                new AllureApi.Parameter(
                    name, value, !name.equals("dataset") && !name.equals("reference"))));
    allure.describe(
        labels,
        allureParameters,
        historyId(uniqueId),
        facts.location() == null ? readablePath(facts) : facts.location() + " › " + facts.name(),
        description(record));
    if (record != null && record.outcome() == Outcome.WARNING) {
      allure.warn("WARNING: " + record.message());
    }
    if (record != null) {
      attachments(facts, record, modelTable);
    }
    attach("lineage", "application/json", ".json", JsonResults.lineageJson(lineage));
    return true;
  }

  /**
   * What a passing test measured; a warning shows as the status message and a failure as the error,
   * so either would only repeat itself here.
   */
  private static String description(@Nullable RunRecord record) {
    if (record == null) {
      return "";
    }
    Outcome outcome = record.outcome();
    return outcome == Outcome.PASSED || outcome == Outcome.IMPROVED ? record.message() : "";
  }

  private void attachments(NodeFacts facts, RunRecord record, @Nullable ModelTable modelTable) {
    if (record instanceof ExpectationRecord e && !e.result().samples().isEmpty()) {
      attach("failing values", CSV, ".csv", FailingValuesTable.csv(e.result().samples()));
    } else if (record instanceof DriftColumnRecord d) {
      column(d.result());
    } else if (record instanceof CoverageRecord c && !c.coverage().newCategories().isEmpty()) {
      attach("new categories", CSV, ".csv", DriftTable.categoriesCsv(c.coverage().newCategories()));
    } else if (record instanceof DatasetDriftRecord d) {
      List<DriftColumnRecord> columns = new ArrayList<>();
      for (ColumnVerdict v : d.result().columns()) {
        columns.add(new DriftColumnRecord(v.result(), d.severity(), v.result().describe()));
      }
      attach("drift table", CSV, ".csv", DriftTable.csv(columns));
      attach("drift table", HTML, ".html", DriftTable.html("Drift: " + facts.feature(), columns));
    } else if (record instanceof MetricRecord m) {
      // The model's whole table: a reviewer judges one metric next to all the others.
      metricDeltas(modelTable != null ? modelTable : new ModelTable(facts.name(), List.of(m)));
    } else if (record instanceof PropertyRecord p) {
      if (p.originalCounterexample() != null) {
        attach("counterexample (original)", CSV, ".csv", p.originalCounterexample());
      }
      if (p.shrunkCounterexample() != null) {
        attach("counterexample (shrunk)", CSV, ".csv", p.shrunkCounterexample());
      }
    }
  }

  /**
   * One model's metric-delta table.
   *
   * @param title the model, e.g. {@code ChurnModelTest.logistic()}
   * @param metrics every metric of the model, sorted
   */
  record ModelTable(String title, List<MetricRecord> metrics) {
    ModelTable {
      metrics = MetricDeltaTable.sorted(metrics);
    }
  }

  private void metricDeltas(ModelTable table) {
    attach("metric deltas", CSV, ".csv", MetricDeltaTable.csv(table.metrics()));
    attach(
        "metric deltas",
        HTML,
        ".html",
        MetricDeltaTable.html("Metric deltas: " + table.title(), table.metrics()));
  }

  /**
   * Attaches the model's table to its container as a set-up fixture, which Allure shows on the
   * container and on every metric test below it. allure-junit-platform starts and stops the fixture
   * on the report entries the node publishes, the protocol its Jupiter extension uses.
   */
  void containerTable(
      TestDescriptor container, EngineExecutionListener listener, ModelTable table) {
    String uuid = java.util.UUID.randomUUID().toString();
    Map<String, String> start = new java.util.LinkedHashMap<>();
    start.put(FIXTURE, "prepare");
    start.put("event", "start");
    start.put("uuid", uuid);
    start.put("name", "metric deltas of " + table.title());
    listener.reportingEntryPublished(container, ReportEntry.from(start));
    if (!allure.isCurrentFixture(uuid)) {
      return; // no Allure listener took the entry: nothing to attach to, nothing to stop
    }
    try {
      metricDeltas(table);
    } finally {
      listener.reportingEntryPublished(
          container, ReportEntry.from(Map.of(FIXTURE, "prepare", "event", "stop", "uuid", uuid)));
    }
  }

  private static final String FIXTURE = "allure.fixture";

  private void column(ColumnDriftResult result) {
    Binning buckets = result.binning();
    String name = "buckets";
    if (buckets instanceof Binning.None) {
      // The method compared raw values; the library's histogram is drawn for the reader only.
      buckets = result.display();
      name = "histogram (display only)";
    }
    if (!(buckets instanceof Binning.None)) {
      attach(name, CSV, ".csv", DriftTable.bucketsCsv(buckets));
    }
    if (!charts) {
      return;
    }
    try {
      Optional<byte[]> png = DriftChart.png(result, buckets);
      png.ifPresent(bytes -> allure.attach("distribution", "image/png", ".png", bytes));
    } catch (RuntimeException | LinkageError e) {
      // A missing font or graphics library must not fail the test; the tables carry the numbers.
      LOG.log(System.Logger.Level.WARNING, "cannot draw the drift chart of " + result.column(), e);
    }
  }

  /** Allure's history id: derived from the unique id alone, so it never changes between runs. */
  /** {@code com.acme.ChurnTest › churnModel() › auc}: unique and readable, never a raw id. */
  private static String readablePath(NodeFacts facts) {
    List<String> parts = new ArrayList<>();
    facts.uniqueId().getSegments().stream()
        .skip(1) // the engine
        .forEach(segment -> parts.add(segment.getValue()));
    return String.join(" › ", parts);
  }

  static String historyId(String uniqueId) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(uniqueId.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /** Attaches a history-aware check's trend: a small SVG chart and its values as CSV. */
  void trend(MetricTrend trend) {
    attach("history", "image/svg+xml", ".svg", TrendChart.svg(trend));
    attach("history", CSV, ".csv", TrendChart.csv(trend));
  }

  private void attach(String name, String mediaType, String extension, String content) {
    allure.attach(name, mediaType, extension, content.getBytes(StandardCharsets.UTF_8));
  }
}
