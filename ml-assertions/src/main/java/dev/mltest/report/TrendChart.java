package dev.mltest.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/**
 * A metric's recent history as a small SVG line chart: earlier runs in grey, this run as a dot
 * coloured by its outcome, with the minimum and maximum labelled. Self-contained (no scripts, no
 * external references), so Allure shows it inline and safely.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class TrendChart {
  private static final int WIDTH = 360;
  private static final int HEIGHT = 120;
  private static final int PAD = 24;

  private TrendChart() {}

  /** The chart as SVG text. */
  public static String svg(MetricTrend trend) {
    List<Double> values = new ArrayList<>(trend.earlier());
    values.add(trend.current());
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElseThrow();
    double span = max == min ? 1 : max - min;
    int n = values.size();
    StringBuilder points = new StringBuilder();
    double lastX = 0;
    double lastY = 0;
    for (int i = 0; i < n; i++) {
      lastX = PAD + (n == 1 ? (WIDTH - 2 * PAD) / 2.0 : i * (WIDTH - 2.0 * PAD) / (n - 1));
      lastY = HEIGHT - PAD - (values.get(i) - min) / span * (HEIGHT - 2.0 * PAD);
      points.append(String.format(Locale.ROOT, "%.1f,%.1f ", lastX, lastY));
    }
    String colour =
        switch (trend.outcome()) {
          case PASSED, IMPROVED -> "#2e7d32";
          case WARNING -> "#ef6c00";
          default -> "#c62828";
        };
    String title = Html.escape(trend.metric() + " — " + trend.check());
    return """
        <svg xmlns="http://www.w3.org/2000/svg" width="%d" height="%d" viewBox="0 0 %d %d" role="img">
        <title>%s</title>
        <rect width="100%%" height="100%%" fill="#ffffff"/>
        <text x="%d" y="14" font-family="sans-serif" font-size="11">%s</text>
        <text x="2" y="%d" font-family="sans-serif" font-size="9">%s</text>
        <text x="2" y="%d" font-family="sans-serif" font-size="9">%s</text>
        <polyline fill="none" stroke="#9e9e9e" stroke-width="1.5" points="%s"/>
        <circle cx="%.1f" cy="%.1f" r="4" fill="%s"/>
        <text x="%.1f" y="%.1f" font-family="sans-serif" font-size="10" text-anchor="end">%s</text>
        </svg>
        """
        .formatted(
            WIDTH,
            HEIGHT,
            WIDTH,
            HEIGHT,
            title,
            PAD,
            title,
            PAD,
            Html.escape(ReportNumbers.value(max)),
            HEIGHT - PAD + 4,
            Html.escape(ReportNumbers.value(min)),
            points.toString().strip(),
            lastX,
            lastY,
            colour,
            lastX,
            Math.max(12, lastY - 8),
            Html.escape(ReportNumbers.value(trend.current())));
  }

  /** The values as CSV: {@code run,value}, earlier runs numbered back from 0 for this run. */
  public static String csv(MetricTrend trend) {
    List<List<String>> rows = new ArrayList<>();
    int n = trend.earlier().size();
    for (int i = 0; i < n; i++) {
      rows.add(List.of(Integer.toString(i - n), Double.toString(trend.earlier().get(i))));
    }
    rows.add(List.of("0", Double.toString(trend.current())));
    return Csv.of(List.of("run", "value"), rows);
  }
}
