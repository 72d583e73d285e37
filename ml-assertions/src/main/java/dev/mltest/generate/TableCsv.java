package dev.mltest.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.Column;
import dev.mltest.data.InMemoryTable;
import dev.mltest.report.Csv;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Renders tables as CSV (RFC 4180), for counterexample files and messages. A null is an empty field
 * and an empty string is {@code ""}, so the two stay apart; numbers keep NaN, -Infinity and -0.0 as
 * Java writes them. Text cells and column names go through the reports' CSV writer ({@link
 * Csv#cell}): a generated string that a spreadsheet would run as a formula ({@code =HYPERLINK(…)},
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
    StringBuilder out = new StringBuilder();
    List<String> header = new ArrayList<>();
    for (Column c : table.columns()) {
      header.add(Csv.cell(c.name()));
    }
    out.append(String.join(",", header)).append('\n');
    for (List<@Nullable Object> row : table.rows()) {
      out.append(line(row)).append('\n');
    }
    return out.toString();
  }

  /**
   * The table on a few lines for a message: the header and at most {@code maxRows} rows, then how
   * many rows were left out.
   */
  public static String compact(InMemoryTable table, int maxRows) {
    StringBuilder out = new StringBuilder();
    out.append(String.join(",", table.columns().stream().map(c -> Csv.cell(c.name())).toList()));
    List<List<@Nullable Object>> rows = table.rows();
    for (int i = 0; i < Math.min(maxRows, rows.size()); i++) {
      out.append('\n').append(line(rows.get(i)));
    }
    if (rows.isEmpty()) {
      out.append("\n(no rows)");
    } else if (rows.size() > maxRows) {
      int more = rows.size() - maxRows;
      out.append("\n... %d more %s".formatted(more, more == 1 ? "row" : "rows"));
    }
    return out.toString();
  }

  private static String line(List<@Nullable Object> row) {
    List<String> fields = new ArrayList<>();
    for (Object v : row) {
      fields.add(field(v));
    }
    return String.join(",", fields);
  }

  private static String field(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof String s) {
      return s.isEmpty() ? "\"\"" : Csv.cell(s);
    }
    if (value instanceof Number) {
      // Java's own text of a number (-Infinity, -0.0, 1.0E-5): data of the table, never a formula.
      return value.toString();
    }
    return Csv.cell(value.toString());
  }
}
