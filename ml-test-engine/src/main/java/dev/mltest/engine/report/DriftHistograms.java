package dev.mltest.engine.report;

import dev.mltest.data.BoundTable;
import dev.mltest.data.Column;
import dev.mltest.data.DataBackend;
import dev.mltest.data.FileDataset;
import dev.mltest.data.Measure;
import dev.mltest.data.Measurements;
import dev.mltest.data.RowCondition;
import dev.mltest.drift.Binning;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Histograms of numeric columns for the drift charts of methods that compare raw values (KS,
 * Wasserstein), which keep no buckets. Equal-width buckets over both sides' range, Sturges' count,
 * counted by the data backend in two aggregate scans per side; no value enters the Java heap.
 */
final class DriftHistograms {
  private static final int MIN_BUCKETS = 5;
  private static final int MAX_BUCKETS = 30;

  private DriftHistograms() {}

  /**
   * A histogram per numeric column of both datasets; columns that cannot be binned are left out.
   */
  static Map<String, Binning.Histogram> of(
      FileDataset reference, FileDataset current, List<String> columns) {
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable ref = backend.open(reference);
        BoundTable cur = backend.open(current)) {
      List<String> numeric =
          columns.stream().filter(c -> isNumeric(ref, c) && isNumeric(cur, c)).toList();
      if (numeric.isEmpty()) {
        return Map.of();
      }
      List<Measure> ranges = new ArrayList<>();
      for (String column : numeric) {
        ranges.add(new Measure.Aggregate(Measure.Aggregation.MIN, column, RowCondition.ALWAYS));
        ranges.add(new Measure.Aggregate(Measure.Aggregation.MAX, column, RowCondition.ALWAYS));
      }
      ranges.add(new Measure.RowCount(RowCondition.ALWAYS));
      Measurements refRange = ref.measure(ranges);
      Measurements curRange = cur.measure(ranges);
      long rows =
          refRange.count(ranges.get(ranges.size() - 1))
              + curRange.count(ranges.get(ranges.size() - 1));
      int buckets = buckets(rows);
      Map<String, double[]> edges = new HashMap<>();
      List<Measure> counts = new ArrayList<>();
      for (int i = 0; i < numeric.size(); i++) {
        Double low = min(refRange.number(ranges.get(2 * i)), curRange.number(ranges.get(2 * i)));
        Double high =
            max(refRange.number(ranges.get(2 * i + 1)), curRange.number(ranges.get(2 * i + 1)));
        if (low == null || high == null || !Double.isFinite(low) || !Double.isFinite(high)) {
          continue;
        }
        double[] e = edges(low, high, low.equals(high) ? 1 : buckets);
        edges.put(numeric.get(i), e);
        counts.addAll(bucketMeasures(numeric.get(i), e));
      }
      if (counts.isEmpty()) {
        return Map.of();
      }
      Measurements refCounts = ref.measure(counts);
      Measurements curCounts = cur.measure(counts);
      Map<String, Binning.Histogram> histograms = new HashMap<>();
      int m = 0;
      for (String column : numeric) {
        double[] e = edges.get(column);
        if (e == null) {
          continue;
        }
        List<Double> edgeList = new ArrayList<>();
        List<Long> refList = new ArrayList<>();
        List<Long> curList = new ArrayList<>();
        for (double edge : e) {
          edgeList.add(edge);
        }
        for (int b = 0; b + 1 < e.length; b++, m++) {
          refList.add(refCounts.count(counts.get(m)));
          curList.add(curCounts.count(counts.get(m)));
        }
        histograms.put(column, new Binning.Histogram(edgeList, refList, curList));
      }
      return histograms;
    }
  }

  /** Sturges' rule on both sides' rows, within [5, 30]. */
  static int buckets(long rows) {
    int sturges = (int) Math.ceil(Math.log(Math.max(rows, 1)) / Math.log(2)) + 1;
    return Math.max(MIN_BUCKETS, Math.min(MAX_BUCKETS, sturges));
  }

  static double[] edges(double low, double high, int buckets) {
    double[] edges = new double[buckets + 1];
    for (int i = 0; i <= buckets; i++) {
      edges[i] = i == buckets ? high : low + (high - low) * i / buckets;
    }
    return edges;
  }

  private static List<Measure> bucketMeasures(String column, double[] edges) {
    List<Measure> measures = new ArrayList<>();
    for (int b = 0; b + 1 < edges.length; b++) {
      boolean last = b + 2 == edges.length;
      measures.add(
          new Measure.CountWhere(
              RowCondition.ALWAYS,
              new RowCondition.Between(column, edges[b], edges[b + 1], false, !last)));
    }
    return measures;
  }

  private static boolean isNumeric(BoundTable table, String column) {
    return table.schema().column(column).map(Column::type).filter(t -> t.isNumeric()).isPresent();
  }

  private static @Nullable Double min(@Nullable Double a, @Nullable Double b) {
    return a == null ? b : b == null ? a : Double.valueOf(Math.min(a, b));
  }

  private static @Nullable Double max(@Nullable Double a, @Nullable Double b) {
    return a == null ? b : b == null ? a : Double.valueOf(Math.max(a, b));
  }
}
