package dev.mltest.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.ValueText;
import dev.mltest.drift.Binning;
import dev.mltest.drift.ColumnDriftResult;
import dev.mltest.drift.ColumnKind;
import dev.mltest.drift.CoverageOutcome;
import dev.mltest.text.Formats;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The drift table of one suite, {@code Status | Column | Type | Method | Score | Drift if | n ref /
 * cur}: one row per column and per reference-coverage check, drifted rows first. Also the buckets
 * behind one column's score.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DriftTable {
  /** The column names. */
  public static final List<String> HEADER =
      List.of("Status", "Column", "Type", "Method", "Score", "Drift if", "n ref / cur");

  static final List<Boolean> NUMERIC = List.of(false, false, false, false, true, false, true);

  private static final List<String> BIN_HEADER =
      List.of("Bucket", "Reference", "Current", "Reference share", "Current share");

  private DriftTable() {}

  /** The rows to show: the column and coverage records, drifted first, in order otherwise. */
  public static List<RunRecord> sorted(List<? extends RunRecord> records) {
    return records.stream()
        .filter(r -> r instanceof DriftColumnRecord || r instanceof CoverageRecord)
        .sorted(Comparator.comparing(RunRecord::outcome))
        .map(RunRecord.class::cast)
        .toList();
  }

  /** The table as CSV; the status column holds {@code warning}, {@code passed}, ... */
  public static String csv(List<? extends RunRecord> records) {
    return Csv.of(HEADER, sorted(records).stream().map(r -> cells(r, r.outcome().key())).toList());
  }

  /** The table as an HTML document, rows coloured by outcome, every value escaped. */
  public static String html(String title, List<? extends RunRecord> records) {
    List<RunRecord> rows = sorted(records);
    return Html.table(
        title,
        HEADER,
        NUMERIC,
        rows.stream().map(r -> cells(r, r.outcome().key())).toList(),
        rows.stream().map(r -> r.outcome().key()).toList());
  }

  /**
   * The buckets behind a binned score as CSV: bucket, counts and shares per side. Empty for methods
   * that compare raw values.
   */
  public static String bucketsCsv(Binning binning) {
    List<List<String>> rows = new ArrayList<>();
    List<String> labels = DriftChart.bucketLabels(binning);
    List<Long> reference = DriftChart.referenceCounts(binning);
    List<Long> current = DriftChart.currentCounts(binning);
    long refTotal = reference.stream().mapToLong(Long::longValue).sum();
    long curTotal = current.stream().mapToLong(Long::longValue).sum();
    for (int i = 0; i < labels.size(); i++) {
      rows.add(
          List.of(
              labels.get(i),
              Long.toString(reference.get(i)),
              Long.toString(current.get(i)),
              share(reference.get(i), refTotal),
              share(current.get(i), curTotal)));
    }
    return Csv.of(BIN_HEADER, rows);
  }

  /** Categories the reference never has, one per line under the header {@code Category}. */
  public static String categoriesCsv(List<String> categories) {
    return Csv.of(
        List.of("Category"), categories.stream().map(c -> List.of(ValueText.quote(c))).toList());
  }

  private static String share(long count, long total) {
    return total == 0 ? "0%" : Formats.percent((double) count / total);
  }

  static String markdownHead() {
    return MarkdownText.tableHead(
        List.of("", "Column", "Type", "Method", "Score", "Drift if", "n ref / cur"), NUMERIC);
  }

  static String markdownRow(RunRecord record) {
    return MarkdownText.row(
        cells(record, record.outcome().icon()).stream().map(MarkdownText::escape).toList());
  }

  private static List<String> cells(RunRecord record, String status) {
    if (record instanceof DriftColumnRecord d) {
      ColumnDriftResult r = d.result();
      return List.of(
          status,
          r.column(),
          r.kind() == ColumnKind.NUMERIC ? "num" : "cat",
          r.method().displayName(),
          Formats.number(r.score()),
          r.comparison().symbol() + " " + Formats.number(r.threshold()),
          Formats.count(r.reference().size()) + " / " + Formats.count(r.current().size()));
    }
    CoverageOutcome c = ((CoverageRecord) record).coverage();
    boolean range = c.check().equals("outOfReferenceRange");
    return List.of(
        status,
        c.column(),
        range ? "num" : "cat",
        range ? "share outside reference range" : "share of new categories",
        c.share() == null ? ReportNumbers.ABSENT : Formats.percent(c.share()),
        "> " + Formats.percent(c.limit()),
        "");
  }
}
