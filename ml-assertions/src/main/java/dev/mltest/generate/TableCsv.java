package dev.mltest.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.Column;
import dev.mltest.data.InMemoryTable;
import dev.mltest.report.Csv;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Renders tables as CSV (RFC 4180), for counterexample files and messages. A null is an empty field
 * and an empty string is {@code ""}, so the two stay apart; numbers keep NaN, -Infinity and -0.0 as
 * Java writes them. Lines are written by the reports' CSV writer ({@link Csv#valueLine}, {@link
 * Csv#line}): a generated string that a spreadsheet would run as a formula ({@code =HYPERLINK(…)},
 * {@code @SUM(…)}, {@code +cmd}) gets a leading {@code '}, since contracts, and so generated text,
 * come from untrusted suite files.
 *
 * <pre>{@code
 * Files.writeString(dir.resolve("shrunk.csv"), TableCsv.render(table));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TableCsv {
  private TableCsv() {}

  /** The table as CSV with a header line, each line ending with a newline. */
  public static String render(InMemoryTable table) {
    StringBuilder out = new StringBuilder(header(table)).append('\n');
    for (List<@Nullable Object> row : table.rows()) {
      out.append(Csv.valueLine(row)).append('\n');
    }
    return out.toString();
  }

  /**
   * The table on a few lines for a message: the header and at most {@code maxRows} rows, then how
   * many rows were left out.
   */
  public static String compact(InMemoryTable table, int maxRows) {
    StringBuilder out = new StringBuilder(header(table));
    List<List<@Nullable Object>> rows = table.rows();
    for (int i = 0; i < Math.min(maxRows, rows.size()); i++) {
      out.append('\n').append(Csv.valueLine(rows.get(i)));
    }
    if (rows.isEmpty()) {
      out.append("\n(no rows)");
    } else if (rows.size() > maxRows) {
      int more = rows.size() - maxRows;
      out.append("\n... %d more %s".formatted(more, more == 1 ? "row" : "rows"));
    }
    return out.toString();
  }

  private static String header(InMemoryTable table) {
    return Csv.line(table.columns().stream().map(Column::name).toList());
  }
}
