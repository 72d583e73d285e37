package dev.mltest.report;

import dev.mltest.profile.ColumnProfile;
import dev.mltest.profile.DatasetProfile;
import dev.mltest.profile.HistogramBin;
import dev.mltest.profile.ValueCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Renders a {@link DatasetProfile} as one self-contained HTML page: a summary table, then per
 * column its statistics and a chart (the histogram of a number column, the most frequent values of
 * any other). Charts are inline SVG; the page loads nothing from the network and runs no script,
 * and every value from the data is escaped.
 *
 * <pre>{@code
 * Files.writeString(Path.of("profile.html"), ProfileHtml.render(profile));
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class ProfileHtml {
  private static final int WIDTH = 420;
  private static final int HEIGHT = 140;
  private static final String STYLE =
      "body{font:14px/1.4 -apple-system,'Segoe UI',Helvetica,Arial,sans-serif;margin:16px;"
          + "color:#1f2328;max-width:1100px}"
          + "h1{font-size:18px}h2{font-size:15px;margin:24px 0 6px}"
          + "table{border-collapse:collapse}th,td{border:1px solid #d0d7de;padding:3px 8px}"
          + "th{background:#f6f8fa;text-align:left}td.num{text-align:right;"
          + "font-variant-numeric:tabular-nums}section{display:flex;gap:24px;flex-wrap:wrap}"
          + "svg text{font-size:10px;fill:#57606a}rect.bar{fill:#4c8bf5}";

  private ProfileHtml() {}

  /** The page. */
  public static String render(DatasetProfile profile) {
    StringBuilder h = new StringBuilder();
    String title = "Profile of " + profile.dataset();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">")
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'\">")
        .append("<title>")
        .append(Html.escape(title))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n<h1>")
        .append(Html.escape(title))
        .append("</h1>\n<p>")
        .append("%,d rows, %d columns".formatted(profile.rows(), profile.columns().size()))
        .append("</p>\n");
    summary(h, profile);
    for (ColumnProfile c : profile.columns()) {
      column(h, c);
    }
    return h.append("</body></html>\n").toString();
  }

  private static void summary(StringBuilder h, DatasetProfile profile) {
    h.append("<table><tr><th>column</th><th>type</th><th>nulls</th><th>distinct</th>")
        .append("<th>min</th><th>max</th><th>mean</th><th>format</th></tr>\n");
    for (ColumnProfile c : profile.columns()) {
      h.append("<tr><td><a href=\"#")
          .append(Html.escape(anchor(c.name())))
          .append("\">")
          .append(Html.escape(c.name()))
          .append("</a></td><td>")
          .append(c.type().key())
          .append("</td><td class=\"num\">")
          .append(percent(c.nullShare()))
          .append("</td><td class=\"num\">")
          .append("%,d".formatted(c.distinct()))
          .append("</td><td class=\"num\">")
          .append(Html.escape(text(c.min())))
          .append("</td><td class=\"num\">")
          .append(Html.escape(text(c.max())))
          .append("</td><td class=\"num\">")
          .append(Html.escape(text(c.mean())))
          .append("</td><td>")
          .append(c.commonFormat().map(f -> f.key()).orElse(""))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
  }

  private static void column(StringBuilder h, ColumnProfile c) {
    h.append("<h2 id=\"")
        .append(Html.escape(anchor(c.name())))
        .append("\">")
        .append(Html.escape(c.name()))
        .append(" <small>")
        .append(Html.escape(c.nativeType()))
        .append("</small></h2>\n<section><table>\n");
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"nulls", "%,d (%s)".formatted(c.nulls(), percent(c.nullShare()))});
    rows.add(
        new String[] {"distinct", "%,d (%s)".formatted(c.distinct(), percent(c.distinctShare()))});
    if (c.min() != null) {
      rows.add(new String[] {"min", text(c.min())});
      rows.add(new String[] {"max", text(c.max())});
    }
    if (c.mean() != null) {
      rows.add(new String[] {"mean", text(c.mean())});
      rows.add(new String[] {"stdev", text(c.stdev())});
    }
    for (Map.Entry<Double, Double> q : c.quantiles().entrySet()) {
      rows.add(new String[] {"q" + text(q.getKey()), text(q.getValue())});
    }
    if (c.lengths() != null) {
      rows.add(
          new String[] {
            "length",
            "%d..%d (mean %s)"
                .formatted(c.lengths().min(), c.lengths().max(), text(c.lengths().mean()))
          });
      rows.add(new String[] {"format", c.commonFormat().map(f -> f.key()).orElse("none")});
      if (!c.shapes().isEmpty()) {
        rows.add(new String[] {"top shape", c.shapes().get(0).value()});
      }
    }
    for (String[] row : rows) {
      h.append("<tr><th>")
          .append(Html.escape(row[0]))
          .append("</th><td class=\"num\">")
          .append(Html.escape(row[1]))
          .append("</td></tr>\n");
    }
    h.append("</table>\n");
    if (!c.histogram().isEmpty()) {
      histogram(h, c.histogram());
    } else if (!c.topValues().isEmpty()) {
      topValues(h, c.topValues(), c.nonNull());
    }
    h.append("</section>\n");
  }

  private static void histogram(StringBuilder h, List<HistogramBin> bins) {
    long most = bins.stream().mapToLong(HistogramBin::count).max().orElse(1);
    double barWidth = (double) WIDTH / bins.size();
    h.append(svgOpen("histogram"));
    for (int i = 0; i < bins.size(); i++) {
      HistogramBin bin = bins.get(i);
      double height = most == 0 ? 0 : (HEIGHT - 20.0) * bin.count() / most;
      h.append(
          "<rect class=\"bar\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s..%s: %,d</title></rect>"
              .formatted(
                  i * barWidth,
                  HEIGHT - 20 - height,
                  Math.max(1, barWidth - 1),
                  height,
                  Html.escape(text(bin.lower())),
                  Html.escape(text(bin.upper())),
                  bin.count()));
    }
    h.append(
        "<text x=\"0\" y=\"%d\">%s</text><text x=\"%d\" y=\"%d\" text-anchor=\"end\">%s</text>"
            .formatted(
                HEIGHT - 6,
                Html.escape(text(bins.get(0).lower())),
                WIDTH,
                HEIGHT - 6,
                Html.escape(text(bins.get(bins.size() - 1).upper()))));
    h.append("</svg>\n");
  }

  private static void topValues(StringBuilder h, List<ValueCount> values, long nonNull) {
    int shown = Math.min(values.size(), 10);
    long most = values.get(0).count();
    double rowHeight = (double) HEIGHT / 10;
    h.append(svgOpen("most frequent values"));
    for (int i = 0; i < shown; i++) {
      ValueCount v = values.get(i);
      double width = most == 0 ? 0 : (WIDTH - 160.0) * v.count() / most;
      String label = v.value().length() > 24 ? v.value().substring(0, 23) + "…" : v.value();
      h.append(
          "<text x=\"150\" y=\"%.1f\" text-anchor=\"end\">%s</text><rect class=\"bar\" x=\"155\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\"><title>%s: %,d (%s)</title></rect>"
              .formatted(
                  i * rowHeight + rowHeight - 4,
                  Html.escape(label),
                  i * rowHeight + 2,
                  width,
                  rowHeight - 3,
                  Html.escape(v.value()),
                  v.count(),
                  percent(nonNull == 0 ? 0 : (double) v.count() / nonNull)));
    }
    h.append("</svg>\n");
  }

  private static String svgOpen(String label) {
    return "<svg role=\"img\" aria-label=\"%s\" width=\"%d\" height=\"%d\" viewBox=\"0 0 %d %d\">"
        .formatted(label, WIDTH, HEIGHT, WIDTH, HEIGHT);
  }

  private static String anchor(String name) {
    return "col-"
        + Integer.toHexString(name.hashCode())
        + "-"
        + name.replaceAll("[^A-Za-z0-9_-]", "_");
  }

  private static String percent(double share) {
    return String.format(Locale.ROOT, "%.2f%%", share * 100);
  }

  private static String text(@Nullable Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof Double d) {
      if (!Double.isFinite(d)) {
        return d.toString();
      }
      if (d == Math.rint(d) && Math.abs(d) < 1e15) {
        return String.valueOf(d.longValue());
      }
      return new java.math.BigDecimal(d)
          .round(new java.math.MathContext(6))
          .stripTrailingZeros()
          .toPlainString();
    }
    return value.toString();
  }
}
