package dev.mltest.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.Column;
import dev.mltest.data.InMemoryTable;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Renders tables as CSV (RFC 4180), for counterexample files and messages. A null is an empty field
 * and an empty string is {@code ""}, so the two stay apart; doubles keep NaN, Infinity and -0.0 as
 * Java writes them.
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
      header.add(quote(c.name()));
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
    out.append(String.join(",", table.columns().stream().map(c -> quote(c.name())).toList()));
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
      return s.isEmpty() ? "\"\"" : quote(s);
    }
    return quote(value.toString());
  }

  private static String quote(String s) {
    boolean needs =
        s.contains(",")
            || s.contains("\"")
            || s.contains("\n")
            || s.contains("\r")
            || (!s.isEmpty()
                && (Character.isWhitespace(s.charAt(0))
                    || Character.isWhitespace(s.charAt(s.length() - 1))));
    return needs ? "\"" + s.replace("\"", "\"\"") + "\"" : s;
  }
}
