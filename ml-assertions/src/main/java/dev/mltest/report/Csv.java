package dev.mltest.report;

import java.util.List;

/** RFC 4180 CSV: a cell is quoted when it holds a comma, a quote, a line break or edge spaces. */
final class Csv {
  private Csv() {}

  /** The table as CSV text, header first, one {@code \n}-terminated line per row. */
  static String of(List<String> header, List<List<String>> rows) {
    StringBuilder out = new StringBuilder();
    line(out, header);
    rows.forEach(row -> line(out, row));
    return out.toString();
  }

  private static void line(StringBuilder out, List<String> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        out.append(',');
      }
      out.append(cell(cells.get(i)));
    }
    out.append('\n');
  }

  static String cell(String value) {
    boolean quote =
        value.indexOf(',') >= 0
            || value.indexOf('"') >= 0
            || value.indexOf('\n') >= 0
            || value.indexOf('\r') >= 0
            || !value.equals(value.strip());
    return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
  }
}
