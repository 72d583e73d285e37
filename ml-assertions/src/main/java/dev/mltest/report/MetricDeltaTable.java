package dev.mltest.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The metric-delta table {@code Status | Test | Metric | Baseline | Current | Δ | Δ% | Allowed |
 * Dir}: failures first, then by the size of the relative change. {@code Allowed} is the signed
 * tolerance: the largest allowed drop ({@code -}) for higher-is-better metrics, rise ({@code +})
 * for lower-is-better ones, either ({@code ±}) for two-sided ones.
 *
 * <pre>{@code
 * List<MetricDeltaTable.Row> rows = MetricDeltaTable.sorted(List.of(new Row("churn-gbm", f1)));
 * String csv = MetricDeltaTable.csv(rows);  // Allure shows CSV attachments as tables
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MetricDeltaTable {
  /** The column names. */
  public static final List<String> HEADER =
      List.of("Status", "Test", "Metric", "Baseline", "Current", "Δ", "Δ%", "Allowed", "Dir");

  static final List<Boolean> NUMERIC =
      List.of(false, false, false, true, true, true, true, true, false);

  private MetricDeltaTable() {}

  /**
   * One row.
   *
   * @param test the test or model the metric belongs to
   * @param metric the comparison
   */
  public record Row(String test, MetricRecord metric) {}

  /** The rows with failures first, then warnings, improvements and passes; larger |Δ%| first. */
  public static List<Row> sorted(Collection<Row> rows) {
    Comparator<Row> byOutcome = Comparator.comparing(r -> r.metric().status().outcome());
    Comparator<Row> byChange =
        Comparator.comparing(
                (Row r) -> {
                  Double p = r.metric().deltaPercent();
                  return p == null ? -1 : Math.abs(p);
                })
            .reversed();
    return rows.stream().sorted(byOutcome.thenComparing(byChange)).toList();
  }

  /** The table as CSV; the status column holds {@code regression}, {@code ok}, ... */
  public static String csv(List<Row> rows) {
    return Csv.of(HEADER, rows.stream().map(r -> cells(r, r.metric().status().key())).toList());
  }

  /** The table as an HTML document, rows coloured by outcome, every value escaped. */
  public static String html(String title, List<Row> rows) {
    return Html.table(
        title,
        HEADER,
        NUMERIC,
        rows.stream().map(r -> cells(r, r.metric().status().key())).toList(),
        rows.stream().map(r -> r.metric().status().outcome().key()).toList());
  }

  /** The table in GitHub markdown, with an empty header for the status icon. */
  static String markdownHead() {
    return MarkdownText.tableHead(
        List.of("", "Test", "Metric", "Baseline", "Current", "Δ", "Δ%", "Allowed", "Dir"), NUMERIC);
  }

  static String markdownRow(Row row) {
    return MarkdownText.row(
        cells(row, row.metric().status().icon()).stream().map(MarkdownText::escape).toList());
  }

  private static List<String> cells(Row row, String status) {
    MetricRecord m = row.metric();
    return List.of(
        status,
        row.test(),
        m.metric(),
        ReportNumbers.value(m.baseline()),
        ReportNumbers.value(m.current()),
        ReportNumbers.signed(m.delta()),
        ReportNumbers.signedPercent(m.deltaPercent()),
        m.direction().allowedSign() + ReportNumbers.value(m.tolerance()),
        m.direction().arrow());
  }
}
