package dev.mltest.report;

import java.util.List;

/**
 * Small, self-contained HTML documents. Every piece of data goes through {@link #escape}, so a
 * value such as {@code <script>} is shown as text and never interpreted.
 */
final class Html {
  private static final String STYLE =
      "body{font:14px/1.4 -apple-system,'Segoe UI',Helvetica,Arial,sans-serif;margin:12px;"
          + "color:#1f2328}"
          + "h1{font-size:16px;margin:0 0 8px}"
          + "table{border-collapse:collapse}"
          + "th,td{border:1px solid #d0d7de;padding:4px 8px;vertical-align:top}"
          + "th{background:#f6f8fa;text-align:left}"
          + "td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}"
          + "tr.failed td,tr.broken td{background:#ffebe9}"
          + "tr.warning td{background:#fff8c5}"
          + "tr.improved td{background:#ddf4ff}"
          + "td:first-child{font-weight:600}";

  private Html() {}

  /** Escapes {@code & < > " '} for text and attribute values. */
  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * A document holding one table.
   *
   * @param title the heading
   * @param header the column names
   * @param numeric which columns hold numbers (right-aligned)
   * @param rows the cells, as text
   * @param rowClasses a CSS class per row ({@code failed}, {@code warning}, ...), or empty
   */
  static String table(
      String title,
      List<String> header,
      List<Boolean> numeric,
      List<List<String>> rows,
      List<String> rowClasses) {
    StringBuilder out = new StringBuilder();
    out.append("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>")
        .append(escape(title))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n<h1>")
        .append(escape(title))
        .append("</h1>\n<table>\n<thead><tr>");
    header.forEach(h -> out.append("<th>").append(escape(h)).append("</th>"));
    out.append("</tr></thead>\n<tbody>\n");
    for (int r = 0; r < rows.size(); r++) {
      String css = rowClasses.isEmpty() ? "" : rowClasses.get(r);
      out.append(css.isEmpty() ? "<tr>" : "<tr class=\"" + escape(css) + "\">");
      List<String> row = rows.get(r);
      for (int c = 0; c < row.size(); c++) {
        out.append(numeric.get(c) ? "<td class=\"num\">" : "<td>")
            .append(escape(row.get(c)))
            .append("</td>");
      }
      out.append("</tr>\n");
    }
    out.append("</tbody>\n</table>\n</body></html>\n");
    return out.toString();
  }
}
