package dev.mltest.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.mltest.history.MetricPoint;
import dev.mltest.json.Json;
import dev.mltest.text.Formats;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Points of the metrics repository as text: a listing for people, CSV for spreadsheets and JSON for
 * programs. What {@code history list} and {@code history export} print.
 *
 * <pre>{@code
 * List<MetricPoint> points = repository.read(MetricQuery.all().suite("orders"));
 * Files.writeString(Path.of("history.csv"), HistoryExport.csv(points));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class HistoryExport {
  private static final List<String> HEADER =
      List.of(
          "recorded_at",
          "run_id",
          "suite",
          "check",
          "metric",
          "value",
          "dataset_fingerprint",
          "git_commit",
          "branch",
          "tags");

  private HistoryExport() {}

  /** One CSV row per point, with a header; tags as {@code key=value} pairs joined by {@code ;}. */
  public static String csv(List<MetricPoint> points) {
    List<List<String>> rows = new ArrayList<>();
    for (MetricPoint p : points) {
      rows.add(
          List.of(
              p.recordedAt().toString(),
              p.runId(),
              p.suite(),
              p.check(),
              p.metric(),
              Double.toString(p.value()),
              orEmpty(p.datasetFingerprint()),
              orEmpty(p.gitCommit()),
              orEmpty(p.branch()),
              tags(p.tags())));
    }
    return Csv.of(HEADER, rows);
  }

  /** A JSON array of objects, one per point, with the CSV's fields and tags as an object. */
  public static String json(List<MetricPoint> points) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Json.pretty(Json.factory().createGenerator(out))) {
      g.writeStartArray();
      for (MetricPoint p : points) {
        g.writeStartObject();
        g.writeStringField("recordedAt", p.recordedAt().toString());
        g.writeStringField("runId", p.runId());
        g.writeStringField("suite", p.suite());
        g.writeStringField("check", p.check());
        g.writeStringField("metric", p.metric());
        g.writeNumberField("value", p.value());
        g.writeStringField("datasetFingerprint", p.datasetFingerprint());
        g.writeStringField("gitCommit", p.gitCommit());
        g.writeStringField("branch", p.branch());
        g.writeObjectFieldStart("tags");
        for (Map.Entry<String, String> tag : p.tags().entrySet()) {
          g.writeStringField(tag.getKey(), tag.getValue());
        }
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.append('\n').toString();
  }

  /**
   * A listing for a terminal: per suite, check and metric, the values of the runs oldest first with
   * a sparkline, and the time and commit of the last run.
   */
  public static String listing(List<MetricPoint> points) {
    Map<List<String>, List<MetricPoint>> series =
        points.stream()
            .collect(
                Collectors.groupingBy(
                    p -> List.of(p.suite(), p.check(), p.metric()),
                    java.util.LinkedHashMap::new,
                    Collectors.toList()));
    StringBuilder out = new StringBuilder();
    for (Map.Entry<List<String>, List<MetricPoint>> s : series.entrySet()) {
      List<MetricPoint> runs = s.getValue();
      MetricPoint last = runs.get(runs.size() - 1);
      List<Double> values = runs.stream().map(MetricPoint::value).toList();
      List<Double> shown = values.subList(Math.max(0, values.size() - 10), values.size());
      out.append(
          "%s › %s › %s  %s  %s%s  (%d runs; last %s, commit %s)%n"
              .formatted(
                  s.getKey().get(0),
                  s.getKey().get(1),
                  s.getKey().get(2),
                  dev.mltest.history.Sparkline.of(shown),
                  values.size() > shown.size() ? "… " : "",
                  String.join(", ", shown.stream().map(Formats::value).toList()),
                  runs.size(),
                  last.recordedAt(),
                  last.gitCommit() == null ? "unknown" : last.gitCommit()));
    }
    return out.toString();
  }

  private static String tags(Map<String, String> tags) {
    return tags.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(";"));
  }

  private static String orEmpty(@Nullable String s) {
    return s == null ? "" : s;
  }
}
