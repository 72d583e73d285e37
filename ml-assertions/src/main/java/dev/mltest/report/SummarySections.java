package dev.mltest.report;

import dev.mltest.expect.ExpectationResult;
import dev.mltest.lineage.RunProvenance;
import dev.mltest.text.Formats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The parts of the markdown summary, in order; the tables among them can be cut to fit. */
final class SummarySections {
  private static final int MESSAGE_CHARS = 300;
  private static final int SAMPLES_SHOWN = 10;
  private static final int CUT_MARGIN = 300;
  private static final String CUT_NOTE =
      "_Cut to stay under GitHub's comment size limit: `results.json` and the Allure report have"
          + " every check._\n\n";

  private final List<Object> visible = new ArrayList<>();
  private final List<Object> details = new ArrayList<>();
  private final List<Object> tail = new ArrayList<>();
  private String detailsSummary = "";

  private SummarySections() {}

  static SummarySections of(RunReport report, SummaryOptions options) {
    SummarySections s = new SummarySections();
    s.visible.add(options.marker() + "\n" + SummaryText.headline(report, options));
    report.notes().forEach(note -> s.visible.add("> " + MarkdownText.escape(note) + "\n\n"));
    s.attention(report);
    s.metrics(report);
    s.drift(report);
    s.history(report);
    s.expectations(report);
    s.properties(report);
    s.rest(report);
    s.lineage(report.lineage());
    s.tail.add(SummaryText.pointer(options));
    return s;
  }

  String render() {
    StringBuilder out = new StringBuilder();
    visible.forEach(p -> out.append(text(p)));
    if (wasCut()) {
      out.append(CUT_NOTE);
    }
    if (!details.isEmpty()) {
      out.append("<details><summary>").append(detailsSummary).append("</summary>\n\n");
      details.forEach(p -> out.append(text(p)));
      out.append("</details>\n\n");
    }
    tail.forEach(p -> out.append(text(p)));
    return out.toString();
  }

  /**
   * Cuts rows worth about {@code overflow} characters: from the collapsed block first, then from
   * the end of the visible tables, the data files last. False if no row is left to cut.
   */
  boolean cut(int overflow) {
    for (List<Object> parts : List.of(details, visible, tail)) {
      for (int i = parts.size() - 1; i >= 0; i--) {
        if (parts.get(i) instanceof MarkdownSummary.Rows rows && rows.canCut()) {
          rows.cut(overflow + CUT_MARGIN);
          return true;
        }
      }
    }
    return false;
  }

  private boolean wasCut() {
    return Stream.of(visible, details, tail)
        .flatMap(List::stream)
        .anyMatch(p -> p instanceof MarkdownSummary.Rows rows && rows.wasCut());
  }

  private static String text(Object part) {
    return part instanceof MarkdownSummary.Rows rows ? rows.render() : (String) part;
  }

  private void attention(RunReport report) {
    List<ReportedTest> tests =
        report.tests().stream()
            .filter(t -> t.outcome().needsAttention())
            .sorted(Comparator.comparing(ReportedTest::outcome))
            .toList();
    if (!tests.isEmpty()) {
      visible.add(checksTable("#### Needs attention\n\n", tests));
    }
  }

  private static final com.google.re2j.Pattern REGRESSION_METHOD =
      com.google.re2j.Pattern.compile("\\[regression:([^\\]]+)\\]");

  /**
   * The class, with the method that trained the model when the unique id names one: {@code
   * ChurnModelTest.logisticRegression()}, so rows of two methods of one class can be told apart.
   */
  static String testLabel(ReportedTest test) {
    com.google.re2j.Matcher method = REGRESSION_METHOD.matcher(test.uniqueId());
    return method.find() ? test.feature() + "." + method.group(1) : test.feature();
  }

  /**
   * One table per model, under the model's name ({@code ChurnModelTest.logistic()}): rows show the
   * short metric name only, so the table stays narrow enough for a pull-request comment.
   */
  private void metrics(RunReport report) {
    Map<String, List<MetricRecord>> byModel =
        MetricDeltaTable.byModel(
            report.recorded(MetricRecord.class),
            r -> testLabel(r.test()),
            RunReport.Recorded::record);
    boolean first = true;
    for (Map.Entry<String, List<MetricRecord>> model : byModel.entrySet()) {
      visible.add(
          new MarkdownSummary.Rows(
              (first ? "#### Model regression\n\n" : "")
                  + "**"
                  + MarkdownText.escape(model.getKey())
                  + "**\n\n",
              MetricDeltaTable.markdownHead(),
              model.getValue().stream().map(MetricDeltaTable::markdownRow).toList(),
              "metric row"));
      first = false;
    }
  }

  private void history(RunReport report) {
    if (!report.trends().isEmpty()) {
      visible.add(
          new MarkdownSummary.Rows(
              "#### Metric history\n\n",
              HistoryTable.markdownHead(),
              report.trends().stream().map(HistoryTable::markdownRow).toList(),
              "metric"));
    }
  }

  private void drift(RunReport report) {
    Map<String, List<ReportedTest>> bySuite =
        report.tests().stream()
            .filter(t -> t.kind() == CheckKind.DRIFT && t.record() != null)
            .collect(
                Collectors.groupingBy(
                    ReportedTest::feature, LinkedHashMap::new, Collectors.toList()));
    boolean first = true;
    for (Map.Entry<String, List<ReportedTest>> suite : bySuite.entrySet()) {
      List<RunRecord> records = suite.getValue().stream().map(ReportedTest::record).toList();
      String rule =
          records.stream()
              .filter(DatasetDriftRecord.class::isInstance)
              .map(r -> ": " + MarkdownText.escape(r.outcome().icon() + " " + r.message()))
              .findFirst()
              .orElse("");
      List<RunRecord> rows = DriftTable.sorted(records);
      visible.add(
          new MarkdownSummary.Rows(
              (first ? "#### Data drift\n\n" : "")
                  + "**"
                  + MarkdownText.escape(suite.getKey())
                  + "**"
                  + rule
                  + "\n\n",
              DriftTable.markdownHead(),
              rows.stream().map(DriftTable::markdownRow).toList(),
              "drift row"));
      first = false;
    }
  }

  private void expectations(RunReport report) {
    List<String> blocks = new ArrayList<>();
    report.recorded(ExpectationRecord.class).stream()
        .filter(r -> r.test().outcome() == Outcome.FAILED || r.test().outcome() == Outcome.WARNING)
        .sorted(Comparator.comparing(r -> r.test().outcome()))
        .forEach(r -> blocks.add(expectation(r)));
    if (!blocks.isEmpty()) {
      visible.add(
          new MarkdownSummary.Rows("#### Failed expectations\n\n", "", blocks, "expectation"));
    }
  }

  /** One failed expectation: its name, its message and a table of its offending values. */
  private static String expectation(RunReport.Recorded<ExpectationRecord> r) {
    ExpectationResult result = r.record().result();
    StringBuilder block =
        new StringBuilder(
            "%s **%s** · %s\n\n%s\n\n"
                .formatted(
                    r.test().outcome().icon(),
                    MarkdownText.escape(r.test().name()),
                    MarkdownText.escape(r.test().feature()),
                    MarkdownText.escape(
                        MarkdownText.shorten(result.message(), 2 * MESSAGE_CHARS))));
    if (!result.samples().isEmpty()) {
      block
          .append(
              FailingValuesTable.markdown(result.samples().stream().limit(SAMPLES_SHOWN).toList()))
          .append('\n');
    }
    return block.toString();
  }

  private void properties(RunReport report) {
    List<String> blocks = new ArrayList<>();
    for (RunReport.Recorded<PropertyRecord> r : report.recorded(PropertyRecord.class)) {
      if (!r.test().outcome().failsBuild()) {
        continue;
      }
      PropertyRecord p = r.record();
      StringBuilder block =
          new StringBuilder(
              "%s **%s** · %s · %s · seed `%d`\n\n%s\n\n"
                  .formatted(
                      r.test().outcome().icon(),
                      MarkdownText.escape(r.test().name()),
                      MarkdownText.escape(r.test().feature()),
                      Formats.count(p.tries(), "try", "tries"),
                      p.seed(),
                      MarkdownText.escape(MarkdownText.shorten(p.message(), 2 * MESSAGE_CHARS))));
      if (p.shrunkCounterexample() != null) {
        block.append("Shrunk counterexample:\n\n").append(fenced(p.shrunkCounterexample()));
      }
      blocks.add(block.toString());
    }
    if (!blocks.isEmpty()) {
      visible.add(new MarkdownSummary.Rows("#### Failed properties\n\n", "", blocks, "property"));
    }
  }

  private void rest(RunReport report) {
    Predicate<ReportedTest> rest = t -> !t.outcome().needsAttention();
    List<ReportedTest> tests = report.tests().stream().filter(rest).toList();
    if (tests.isEmpty()) {
      return;
    }
    detailsSummary = SummaryText.plural(tests.size(), "other check") + " (passed or skipped)";
    details.add(checksTable("", tests));
  }

  private void lineage(RunProvenance lineage) {
    StringBuilder out = new StringBuilder("#### Lineage\n\n");
    out.append("- Commit: `")
        .append(lineage.code().commit() == null ? "unknown" : lineage.code().commit());
    out.append('`');
    if (Boolean.TRUE.equals(lineage.code().dirty())) {
      out.append(" with uncommitted changes");
    }
    out.append('\n');
    if (!lineage.environment().versions().isEmpty()) {
      out.append("- Versions: ")
          .append(
              lineage.environment().versions().entrySet().stream()
                  .map(e -> MarkdownText.escape(e.getKey() + " " + e.getValue()))
                  .collect(Collectors.joining(" · ")))
          .append('\n');
    }
    tail.add(out.append('\n').toString());
    if (!lineage.datasets().isEmpty()) {
      tail.add(
          new MarkdownSummary.Rows(
              "",
              MarkdownText.tableHead(
                  List.of("Data file", "SHA-256", "Bytes"), List.of(false, false, true)),
              lineage.datasets().stream()
                  .map(
                      f ->
                          MarkdownText.row(
                              List.of(
                                  MarkdownText.escape(f.path()),
                                  "`" + f.sha256() + "`",
                                  Formats.count(f.bytes()))))
                  .toList(),
              "data file"));
    }
  }

  private static MarkdownSummary.Rows checksTable(String title, List<ReportedTest> tests) {
    return new MarkdownSummary.Rows(
        title,
        MarkdownText.tableHead(
            List.of("", "Check", "Suite", "Result"), List.of(false, false, false, false)),
        tests.stream()
            .map(
                t ->
                    MarkdownText.row(
                        List.of(
                            t.outcome().icon(),
                            MarkdownText.escape(t.name()),
                            MarkdownText.escape(t.feature()),
                            MarkdownText.escape(MarkdownText.shorten(t.message(), MESSAGE_CHARS)))))
            .toList(),
        "check");
  }

  private static String fenced(String text) {
    String fence = "```";
    while (text.contains(fence)) {
      fence += "`";
    }
    return fence + "csv\n" + text + (text.endsWith("\n") ? "" : "\n") + fence + "\n\n";
  }
}
