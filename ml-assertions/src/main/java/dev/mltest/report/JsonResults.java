package dev.mltest.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.ValueSample;
import dev.mltest.drift.Approximation;
import dev.mltest.drift.Binning;
import dev.mltest.drift.ColumnDriftResult;
import dev.mltest.drift.CoverageOutcome;
import dev.mltest.drift.DatasetDriftResult;
import dev.mltest.expect.Counts;
import dev.mltest.expect.ExpectationResult;
import dev.mltest.json.Json;
import dev.mltest.lineage.DatasetProvenance;
import dev.mltest.lineage.EnvironmentProvenance;
import dev.mltest.lineage.RunProvenance;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The machine-readable results file: {@code {"schemaVersion": 1, "generator", "finishedAt",
 * "summary", "lineage", "tests"}}, documented field by field in {@code docs/reports.md}. Fields are
 * only ever added within a schema version; a rename or removal raises it.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JsonResults {
  /** The version of the shape written by {@link #render}. */
  public static final int SCHEMA_VERSION = 1;

  private JsonResults() {}

  /** The run as indented JSON. */
  public static String render(RunReport report) {
    Map<String, Object> root = new LinkedHashMap<>();
    root.put("schemaVersion", SCHEMA_VERSION);
    root.put("generator", map("name", "mltest", "version", EnvironmentProvenance.mltestVersion()));
    root.put("finishedAt", report.finishedAt().toString());
    root.put("summary", summary(report));
    root.put("notes", report.notes());
    root.put("lineage", lineage(report.lineage()));
    root.put("tests", report.tests().stream().map(JsonResults::test).toList());
    return Json.write(root);
  }

  /** A lineage alone, as attached to each test in Allure. */
  public static String lineageJson(RunProvenance lineage) {
    return Json.write(lineage(lineage));
  }

  private static Map<String, Object> summary(RunReport report) {
    Map<String, Object> summary = new LinkedHashMap<>();
    summary.put("outcome", report.overall().key());
    summary.put("total", report.tests().size());
    for (Outcome outcome : Outcome.values()) {
      summary.put(outcome.key(), report.count(outcome));
    }
    return summary;
  }

  private static Map<String, Object> lineage(RunProvenance lineage) {
    Map<String, Object> git = new LinkedHashMap<>();
    git.put("commit", lineage.code().commit());
    git.put("dirty", lineage.code().dirty());
    git.put("branch", lineage.code().branch());
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("git", git);
    out.put("dataFiles", lineage.datasets().stream().map(JsonResults::dataFile).toList());
    out.put("versions", new LinkedHashMap<String, Object>(lineage.environment().versions()));
    return out;
  }

  private static Map<String, Object> dataFile(DatasetProvenance f) {
    Map<String, Object> out = map("path", f.path(), "bytes", f.bytes(), "sha256", f.sha256());
    out.put("dvcMd5", f.dvcMd5());
    return out;
  }

  private static Map<String, Object> test(ReportedTest t) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("uniqueId", t.uniqueId());
    out.put("name", t.name());
    out.put("kind", t.kind().key());
    out.put("feature", t.feature());
    out.put("story", t.story());
    out.put("outcome", t.outcome().key());
    out.put("message", t.message());
    out.put("parameters", new LinkedHashMap<String, Object>(t.parameters()));
    out.put("dataFiles", t.dataFiles().stream().map(DatasetProvenance::path).toList());
    out.put("record", t.record() == null ? null : record(t.record()));
    return out;
  }

  private static Map<String, Object> record(RunRecord record) {
    if (record instanceof ExpectationRecord e) {
      return expectation(e.result());
    }
    if (record instanceof DriftColumnRecord d) {
      Map<String, Object> out = column(d.result());
      out.put("severity", d.severity().key());
      return out;
    }
    if (record instanceof CoverageRecord c) {
      return coverage(c);
    }
    if (record instanceof DatasetDriftRecord d) {
      return datasetDrift(d);
    }
    if (record instanceof MetricRecord m) {
      return metric(m);
    }
    return property((PropertyRecord) record);
  }

  private static Map<String, Object> expectation(ExpectationResult r) {
    Map<String, Object> out = map("type", "expectation", "expectation", r.key());
    out.put("columns", r.columns());
    out.put("severity", r.severity().key());
    out.put("status", r.status().name().toLowerCase(Locale.ROOT));
    out.put("observed", value(r.observedValue()));
    Counts c = r.counts();
    out.put(
        "counts",
        c == null
            ? null
            : map(
                "elements", c.elementCount(),
                "missing", c.missingCount(),
                "unexpected", c.unexpectedCount(),
                "unexpectedShare", c.unexpectedShare()));
    out.put("mostly", r.mostly());
    out.put("samples", r.samples().stream().map(JsonResults::sample).toList());
    return out;
  }

  private static Map<String, Object> sample(ValueSample s) {
    Map<String, Object> out = map("value", s.value(), "count", s.count());
    out.put("firstRow", s.firstRow());
    out.put("firstKey", s.firstKey());
    return out;
  }

  private static Map<String, Object> column(ColumnDriftResult r) {
    Map<String, Object> out = map("type", "drift-column", "column", r.column());
    out.put("columnKind", r.kind().name().toLowerCase(Locale.ROOT));
    out.put("method", r.method().key());
    out.put("methodName", r.method().displayName());
    out.put("scoreKind", r.scoreKind().name().toLowerCase(Locale.ROOT).replace('_', '-'));
    out.put("score", r.score());
    out.put("threshold", r.threshold());
    out.put("comparison", r.comparison().symbol());
    out.put("drifted", r.drifted());
    out.put("referenceSize", r.reference().size());
    out.put("currentSize", r.current().size());
    out.put("referenceDropped", r.reference().dropped());
    out.put("currentDropped", r.current().dropped());
    out.put("newCategories", r.newCategories());
    out.put("buckets", buckets(r.binning()));
    Approximation a = r.approximation();
    if (a != null) {
      // Only results computed from shared buckets carry the key: exact results read as before.
      Map<String, Object> approximation = map("buckets", a.buckets(), "reason", a.reason());
      approximation.put("distinctValues", a.distinctValues());
      approximation.put("decision", a.decision().name().toLowerCase(Locale.ROOT).replace('_', '-'));
      if (a.decision() != Approximation.Decision.NOT_BOUNDED) {
        approximation.put("statisticLower", a.statisticLower());
        approximation.put("statisticUpper", a.statisticUpper());
        approximation.put("bound", a.bound());
      }
      approximation.put("text", a.sentence());
      out.put("approximation", approximation);
    }
    return out;
  }

  private static @Nullable Map<String, Object> buckets(Binning binning) {
    if (binning instanceof Binning.Histogram h) {
      Map<String, Object> out = map("kind", "histogram", "edges", h.edges());
      out.put("reference", h.referenceCounts());
      out.put("current", h.currentCounts());
      return out;
    }
    if (binning instanceof Binning.Values v) {
      Map<String, Object> out = map("kind", "values", "values", v.values());
      out.put("reference", v.referenceCounts());
      out.put("current", v.currentCounts());
      return out;
    }
    return null;
  }

  private static Map<String, Object> coverage(CoverageRecord record) {
    CoverageOutcome c = record.coverage();
    Map<String, Object> out = map("type", "coverage", "check", c.check());
    out.put("column", c.column());
    out.put("share", c.share());
    out.put("limit", c.limit());
    out.put("passed", c.passed());
    out.put("severity", record.severity().key());
    out.put("newCategories", c.newCategories());
    return out;
  }

  private static Map<String, Object> datasetDrift(DatasetDriftRecord record) {
    DatasetDriftResult d = record.result();
    Map<String, Object> out = map("type", "dataset-drift", "driftedColumns", d.driftedColumns());
    out.put("columns", d.columnCount());
    out.put("share", d.shareOfDriftedColumns());
    out.put("limit", d.driftShare());
    out.put("datasetDrift", d.datasetDrift());
    out.put("correction", d.correction().key());
    out.put("severity", record.severity().key());
    out.put("notCompared", record.notCompared());
    return out;
  }

  private static Map<String, Object> metric(MetricRecord m) {
    Map<String, Object> out = map("type", "metric", "metric", m.metric());
    out.put("baseline", m.baseline());
    out.put("current", m.current());
    out.put("delta", m.delta());
    out.put("deltaPercent", m.deltaPercent());
    out.put("tolerance", m.tolerance());
    out.put("direction", m.direction().key());
    out.put("status", m.status().key());
    out.put("seed", m.seed());
    out.put("sampleRows", m.sampleRows());
    if (m.intervalLower() != null && m.intervalUpper() != null) {
      out.put("intervalLower", m.intervalLower());
      out.put("intervalUpper", m.intervalUpper());
    }
    return out;
  }

  private static Map<String, Object> property(PropertyRecord p) {
    Map<String, Object> out = map("type", "property", "property", p.property());
    out.put("tries", p.tries());
    out.put("seed", p.seed());
    out.put("originalCounterexample", p.originalCounterexample());
    out.put("shrunkCounterexample", p.shrunkCounterexample());
    return out;
  }

  /** Numbers, strings, booleans and lists as they are; anything else as its text. */
  private static @Nullable Object value(@Nullable Object v) {
    if (v == null || v instanceof String || v instanceof Boolean) {
      return v;
    }
    if (v instanceof BigDecimal bd) {
      return bd.doubleValue();
    }
    if (v instanceof Number) {
      return v;
    }
    if (v instanceof List<?> list) {
      return list.stream().map(JsonResults::value).toList();
    }
    return v.toString();
  }

  private static Map<String, Object> map(String k1, @Nullable Object v1, String k2, Object v2) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put(k1, v1);
    out.put(k2, v2);
    return out;
  }

  private static Map<String, Object> map(
      String k1, Object v1, String k2, Object v2, String k3, Object v3) {
    Map<String, Object> out = map(k1, v1, k2, v2);
    out.put(k3, v3);
    return out;
  }

  private static Map<String, Object> map(
      String k1, Object v1, String k2, Object v2, String k3, Object v3, String k4, Object v4) {
    Map<String, Object> out = map(k1, v1, k2, v2, k3, v3);
    out.put(k4, v4);
    return out;
  }
}
