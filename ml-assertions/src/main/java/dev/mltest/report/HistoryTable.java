package dev.mltest.report;

import dev.mltest.history.Sparkline;
import dev.mltest.text.Formats;
import java.util.ArrayList;
import java.util.List;

/** The summary's "Metric history" table: each history-checked metric's trend and last values. */
final class HistoryTable {
  /** How many earlier values the table shows. */
  static final int SHOWN = 5;

  private HistoryTable() {}

  static String markdownHead() {
    return MarkdownText.tableHead(
        List.of("", "Suite", "Check", "Metric", "Trend", "Earlier runs", "Now", "Δ last"),
        List.of(false, false, false, false, false, true, true, true));
  }

  private static String signed(double d) {
    return (d > 0 ? "+" : "") + Formats.value(d);
  }

  static String markdownRow(MetricTrend t) {
    List<Double> shown =
        t.earlier().subList(Math.max(0, t.earlier().size() - SHOWN), t.earlier().size());
    List<Double> series = new ArrayList<>(shown);
    series.add(t.current());
    String earlier =
        t.earlier().isEmpty()
            ? "none yet"
            : (t.earlier().size() > SHOWN ? "… " : "")
                + String.join(", ", shown.stream().map(Formats::value).toList());
    return MarkdownText.row(
        List.of(
            t.outcome().icon(),
            MarkdownText.escape(t.suite()),
            MarkdownText.escape(t.check()),
            MarkdownText.escape(t.metric()),
            Sparkline.of(series),
            MarkdownText.escape(earlier),
            Formats.value(t.current()),
            t.earlier().isEmpty()
                ? ""
                : signed(t.current() - t.earlier().get(t.earlier().size() - 1))));
  }
}
