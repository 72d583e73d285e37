package dev.mltest.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.drift.Binning;
import dev.mltest.drift.ColumnDriftResult;
import dev.mltest.text.Formats;
import java.awt.Color;
import java.awt.Font;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.IntStream;
import org.apiguardian.api.API;
import org.jfree.chart.ChartUtils;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.CategoryLabelPositions;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.Plot;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.renderer.xy.ClusteredXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.title.TextTitle;
import org.jfree.data.category.DefaultCategoryDataset;
import org.jfree.data.xy.DefaultIntervalXYDataset;

/**
 * Draws one column's reference and current distributions side by side, as shares of each side's
 * values so that samples of different sizes compare: a histogram for numeric buckets, a bar chart
 * for value buckets. Rendered with JFreeChart to PNG, without a display.
 *
 * <pre>{@code
 * Optional<byte[]> png = DriftChart.png(result, result.binning());
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DriftChart {
  /** At most this many value buckets are drawn; the rest are summed into one. */
  static final int MAX_BARS = 25;

  static final String OTHER = "(other)";

  private static final int WIDTH = 800;
  private static final int HEIGHT = 420;
  private static final Color REFERENCE = new Color(0x4c72b0);
  private static final Color CURRENT = new Color(0xdd8452);

  private DriftChart() {}

  /**
   * The chart as PNG, or empty when there is nothing to draw (the method compared raw values and no
   * buckets were given).
   *
   * @param result the column's drift decision (for the title)
   * @param buckets the buckets to draw: the result's own, or a histogram made for display
   */
  public static Optional<byte[]> png(ColumnDriftResult result, Binning buckets) {
    if (bucketLabels(buckets).isEmpty()) {
      return Optional.empty();
    }
    // Charts are drawn off-screen; without this, AWT may try to reach a display.
    if (System.getProperty("java.awt.headless") == null) {
      System.setProperty("java.awt.headless", "true");
    }
    Plot plot =
        buckets instanceof Binning.Histogram h ? histogram(result, h) : bars(result, buckets);
    JFreeChart chart =
        new JFreeChart(
            result.column() + ": reference vs current",
            new Font(Font.SANS_SERIF, Font.BOLD, 16),
            plot,
            true);
    chart.addSubtitle(new TextTitle(subtitle(result), new Font(Font.SANS_SERIF, Font.PLAIN, 12)));
    chart.setBackgroundPaint(Color.WHITE);
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ChartUtils.writeChartAsPNG(out, chart, WIDTH, HEIGHT);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Optional.of(out.toByteArray());
  }

  /** {@code Wasserstein distance (normed) 0.213 — drift if >= 0.1 — drift detected}. */
  static String subtitle(ColumnDriftResult r) {
    return "%s %s — drift if %s %s — %s (reference %s values, current %s)"
        .formatted(
            r.method().displayName(),
            Formats.number(r.score()),
            r.comparison().symbol(),
            Formats.number(r.threshold()),
            r.drifted() ? "drift detected" : "no drift",
            Formats.count(r.reference().size()),
            Formats.count(r.current().size()));
  }

  private static XYPlot histogram(ColumnDriftResult result, Binning.Histogram h) {
    int bins = h.edges().size() - 1;
    DefaultIntervalXYDataset data = new DefaultIntervalXYDataset();
    data.addSeries("reference", series(h.edges(), shares(h.referenceCounts())));
    data.addSeries("current", series(h.edges(), shares(h.currentCounts())));
    ClusteredXYBarRenderer renderer = new ClusteredXYBarRenderer(0.1, false);
    renderer.setBarPainter(new StandardXYBarPainter());
    renderer.setShadowVisible(false);
    renderer.setSeriesPaint(0, REFERENCE);
    renderer.setSeriesPaint(1, CURRENT);
    NumberAxis x = new NumberAxis(result.column() + " (" + bins + " equal-width buckets)");
    x.setAutoRangeIncludesZero(false);
    XYPlot plot = new XYPlot(data, x, shareAxis(), renderer);
    style(plot);
    return plot;
  }

  private static double[][] series(List<Double> edges, double[] shares) {
    int n = shares.length;
    double[] start = new double[n];
    double[] end = new double[n];
    double[] mid = new double[n];
    for (int i = 0; i < n; i++) {
      start[i] = edges.get(i);
      end[i] = edges.get(i + 1);
      mid[i] = (start[i] + end[i]) / 2;
    }
    return new double[][] {mid, start, end, shares, shares, shares};
  }

  private static CategoryPlot bars(ColumnDriftResult result, Binning buckets) {
    List<String> labels = bucketLabels(buckets);
    double[] ref = shares(referenceCounts(buckets));
    double[] cur = shares(currentCounts(buckets));
    List<Integer> shown =
        IntStream.range(0, labels.size())
            .boxed()
            .sorted(Comparator.comparingDouble(i -> -Math.max(ref[i], cur[i])))
            .limit(labels.size() > MAX_BARS ? MAX_BARS - 1 : MAX_BARS)
            .sorted()
            .toList();
    DefaultCategoryDataset data = new DefaultCategoryDataset();
    double refRest = 1;
    double curRest = 1;
    for (int i : shown) {
      data.addValue(ref[i], "reference", labels.get(i));
      data.addValue(cur[i], "current", labels.get(i));
      refRest -= ref[i];
      curRest -= cur[i];
    }
    if (shown.size() < labels.size()) {
      data.addValue(Math.max(0, refRest), "reference", OTHER);
      data.addValue(Math.max(0, curRest), "current", OTHER);
    }
    BarRenderer renderer = new BarRenderer();
    renderer.setBarPainter(new StandardBarPainter());
    renderer.setShadowVisible(false);
    renderer.setItemMargin(0.05);
    renderer.setSeriesPaint(0, REFERENCE);
    renderer.setSeriesPaint(1, CURRENT);
    CategoryAxis x = new CategoryAxis(result.column());
    if (data.getColumnCount() > 8) {
      x.setCategoryLabelPositions(CategoryLabelPositions.UP_45);
    }
    x.setMaximumCategoryLabelWidthRatio(2f);
    CategoryPlot plot = new CategoryPlot(data, x, shareAxis(), renderer);
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xd0d7de));
    return plot;
  }

  private static NumberAxis shareAxis() {
    NumberAxis y = new NumberAxis("share of the side's values");
    y.setNumberFormatOverride(NumberFormat.getPercentInstance(Locale.ROOT));
    return y;
  }

  private static void style(XYPlot plot) {
    plot.setBackgroundPaint(Color.WHITE);
    plot.setRangeGridlinePaint(new Color(0xd0d7de));
    plot.setDomainGridlinesVisible(false);
  }

  /** Each count divided by their sum (all zero when the sum is zero). */
  static double[] shares(List<Long> counts) {
    double total = counts.stream().mapToLong(Long::longValue).sum();
    return counts.stream().mapToDouble(c -> total == 0 ? 0 : c / total).toArray();
  }

  /** {@code [0, 10)}, ..., {@code [90, 100]} for histograms; the values for value buckets. */
  static List<String> bucketLabels(Binning binning) {
    if (binning instanceof Binning.Histogram h) {
      List<String> labels = new ArrayList<>();
      for (int i = 0; i + 1 < h.edges().size(); i++) {
        boolean last = i + 2 == h.edges().size();
        labels.add(
            "[%s, %s%s"
                .formatted(
                    Formats.number(h.edges().get(i)),
                    Formats.number(h.edges().get(i + 1)),
                    last ? "]" : ")"));
      }
      return labels;
    }
    if (binning instanceof Binning.Values v) {
      return v.values();
    }
    return List.of();
  }

  static List<Long> referenceCounts(Binning binning) {
    if (binning instanceof Binning.Histogram h) {
      return h.referenceCounts();
    }
    return binning instanceof Binning.Values v ? v.referenceCounts() : List.of();
  }

  static List<Long> currentCounts(Binning binning) {
    if (binning instanceof Binning.Histogram h) {
      return h.currentCounts();
    }
    return binning instanceof Binning.Values v ? v.currentCounts() : List.of();
  }
}
