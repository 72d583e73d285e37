package dev.mltest.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.apiguardian.api.API;

/**
 * One model's metric-delta table, {@code Metric | Baseline | Current | Δ | Δ% | Δ interval |
 * Allowed | Direction | Verdict}: every metric of the model in one view, failures first, then by
 * the size of the relative change. {@code Δ interval} is the confidence interval of {@code Δ} that
 * the statistical tolerance mode judged (empty in the fixed mode). {@code Allowed} is the signed
 * tolerance: the largest allowed drop ({@code -}) for higher-is-better metrics, rise ({@code +})
 * for lower-is-better ones, either ({@code ±}) for two-sided ones.
 *
 * <pre>{@code
 * List<MetricRecord> rows = MetricDeltaTable.sorted(metricsOfTheModel);
 * String csv = MetricDeltaTable.csv(rows);  // Allure shows CSV attachments as tables
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MetricDeltaTable {
  /** The column names of the CSV and HTML tables. */
  public static final List<String> HEADER =
      List.of(
          "Metric",
          "Baseline",
          "Current",
          "Δ",
          "Δ%",
          "Δ interval",
          "Allowed",
          "Direction",
          "Verdict");

  private static final List<Boolean> NUMERIC =
      List.of(false, true, true, true, true, false, true, false, false);

  private MetricDeltaTable() {}

  /** The rows with failures first, then warnings, improvements and passes; larger |Δ%| first. */
  public static List<MetricRecord> sorted(Collection<MetricRecord> rows) {
    return rows.stream().sorted(ORDER).toList();
  }

  private static final Comparator<MetricRecord> ORDER =
      Comparator.comparing((MetricRecord m) -> m.status().outcome())
          .thenComparing(
              Comparator.comparing(
                      (MetricRecord m) ->
                          m.deltaPercent() == null ? -1 : Math.abs(m.deltaPercent()))
                  .reversed());

  /**
   * The rows grouped by model, each group {@linkplain #sorted sorted}; groups with the worst
   * outcome first, else in the order given.
   *
   * @param model the model (test) a row belongs to, e.g. {@code ChurnTest.logistic()}
   */
  public static <T> Map<String, List<MetricRecord>> byModel(
      List<T> rows, Function<T, String> model, Function<T, MetricRecord> metric) {
    Map<String, List<MetricRecord>> groups = new LinkedHashMap<>();
    for (T row : rows) {
      groups.computeIfAbsent(model.apply(row), k -> new ArrayList<>()).add(metric.apply(row));
    }
    groups.replaceAll((name, metrics) -> sorted(metrics));
    Map<String, List<MetricRecord>> out = new LinkedHashMap<>();
    groups.entrySet().stream()
        .sorted(Comparator.comparing(e -> e.getValue().get(0).status().outcome()))
        .forEach(e -> out.put(e.getKey(), e.getValue()));
    return out;
  }

  /** The table as CSV; the verdict column holds {@code regression}, {@code ok}, ... */
  public static String csv(List<MetricRecord> rows) {
    return Csv.of(HEADER, rows.stream().map(MetricDeltaTable::cells).toList());
  }

  /** The table as an HTML document, rows coloured by outcome, every value escaped. */
  public static String html(String title, List<MetricRecord> rows) {
    return Html.table(
        title,
        HEADER,
        NUMERIC,
        rows.stream().map(MetricDeltaTable::cells).toList(),
        rows.stream().map(r -> r.status().outcome().key()).toList());
  }

  /**
   * The table in GitHub markdown: the verdict as an icon in the first column, the direction as an
   * arrow, so that it fits a pull-request comment.
   */
  static String markdownHead() {
    return MarkdownText.tableHead(
        List.of("", "Metric", "Baseline", "Current", "Δ", "Δ%", "Δ interval", "Allowed", "Dir"),
        List.of(false, false, true, true, true, true, false, true, false));
  }

  static String markdownRow(MetricRecord m) {
    List<String> cells = new ArrayList<>();
    cells.add(m.status().icon());
    cells.addAll(values(m));
    cells.add(m.direction().arrow());
    return MarkdownText.row(cells.stream().map(MarkdownText::escape).toList());
  }

  private static List<String> cells(MetricRecord m) {
    List<String> cells = new ArrayList<>(values(m));
    cells.add(m.direction().arrow() + " " + m.direction().key());
    cells.add(m.status().key());
    return cells;
  }

  private static List<String> values(MetricRecord m) {
    return List.of(
        m.metric(),
        ReportNumbers.value(m.baseline()),
        ReportNumbers.value(m.current()),
        ReportNumbers.signed(m.delta()),
        ReportNumbers.signedPercent(m.deltaPercent()),
        interval(m),
        m.direction().allowedSign() + ReportNumbers.value(m.tolerance()));
  }

  /** {@code [-0.031, -0.004]}: the interval of Δ the statistical mode judged, else empty. */
  private static String interval(MetricRecord m) {
    if (m.intervalLower() == null || m.intervalUpper() == null) {
      return "";
    }
    return "["
        + ReportNumbers.signed(m.intervalLower())
        + ", "
        + ReportNumbers.signed(m.intervalUpper())
        + "]";
  }
}
