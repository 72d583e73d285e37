package dev.mltest.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.ValueSample;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The offending values of a failed expectation, {@code Value | Rows | First row | Key}: each value
 * with how many rows hold it, the first such row and that row's key columns.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class FailingValuesTable {
  /** The column names. */
  public static final List<String> HEADER = List.of("Value", "Rows", "First row", "Key");

  private FailingValuesTable() {}

  /** The samples as CSV. */
  public static String csv(List<ValueSample> samples) {
    return Csv.of(HEADER, samples.stream().map(FailingValuesTable::cells).toList());
  }

  static String markdown(List<ValueSample> samples) {
    StringBuilder out =
        new StringBuilder(MarkdownText.tableHead(HEADER, List.of(false, true, true, false)));
    samples.forEach(
        s ->
            out.append(
                MarkdownText.row(
                    cells(s).stream()
                        .map(c -> MarkdownText.escape(MarkdownText.shorten(c, 120)))
                        .toList())));
    return out.toString();
  }

  private static List<String> cells(ValueSample s) {
    return List.of(
        s.value(),
        Long.toString(s.count()),
        Long.toString(s.firstRow()),
        s.firstKey() == null ? "" : s.firstKey());
  }
}
