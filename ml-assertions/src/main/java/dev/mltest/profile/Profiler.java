package dev.mltest.profile;

import dev.mltest.data.BoundTable;
import dev.mltest.data.Column;
import dev.mltest.data.ColumnType;
import dev.mltest.data.Measure;
import dev.mltest.data.Measure.Aggregation;
import dev.mltest.data.Measurements;
import dev.mltest.data.RowCondition;
import dev.mltest.data.ValueFormat;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * Measures a {@link DatasetProfile} with the backend's measure language, so that only aggregates
 * reach the JVM heap whatever the size of the data.
 *
 * <p>Two scans in all, whatever the number of columns: the first computes every statistic of every
 * column together (counts, distinct counts, min/max, mean, standard deviation, quantiles, string
 * lengths, format matches, candidate top values and shapes); the second, which needs the first's
 * min/max and candidates, counts the histogram bins and the exact frequencies of the top values and
 * shapes.
 *
 * <pre>{@code
 * DatasetProfile profile = Profiler.profile(table);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Profiler {
  /** The quantile probabilities a profile measures. */
  public static final List<Double> PROBABILITIES =
      List.of(0.0, 0.01, 0.05, 0.25, 0.5, 0.75, 0.95, 0.99, 1.0);

  /** How many most frequent values a profile keeps: {@value}. */
  public static final int TOP_VALUES = 20;

  /** How many bins a histogram has at most: {@value}. */
  public static final int BINS = 20;

  private static final int SHAPES = 5;
  private static final List<ValueFormat> GUESSED_FORMATS =
      List.of(
          ValueFormat.ISO_DATE,
          ValueFormat.ISO_DATE_TIME,
          ValueFormat.UUID,
          ValueFormat.EMAIL,
          ValueFormat.URL);
  private static final Measure ROWS = new Measure.RowCount(RowCondition.ALWAYS);

  private Profiler() {}

  /**
   * Profiles every column of the table.
   *
   * @throws dev.mltest.data.DataAccessException if the data cannot be read
   */
  public static DatasetProfile profile(BoundTable table) {
    List<Column> columns = table.schema().columns();
    Set<Measure> first = new LinkedHashSet<>(List.of(ROWS));
    for (Column column : columns) {
      first.addAll(firstPass(column));
    }
    Measurements stats = table.measure(first);
    long rows = stats.count(ROWS);
    Map<String, SecondPass> seconds = new LinkedHashMap<>();
    Set<Measure> second = new LinkedHashSet<>();
    for (Column column : columns) {
      SecondPass pass = SecondPass.plan(column, stats);
      seconds.put(column.name(), pass);
      second.addAll(pass.measures());
    }
    Measurements counts = second.isEmpty() ? stats : table.measure(second);
    List<ColumnProfile> profiles = new ArrayList<>();
    for (Column column : columns) {
      profiles.add(
          columnProfile(
              column,
              rows,
              stats,
              Objects.requireNonNull(seconds.get(column.name()), "every column has a second pass"),
              counts));
    }
    return new DatasetProfile(table.dataset().name(), rows, profiles);
  }

  private static List<Measure> firstPass(Column column) {
    String name = column.name();
    ColumnType type = column.type();
    List<Measure> measures = new ArrayList<>();
    measures.add(new Measure.CountWhere(RowCondition.ALWAYS, new RowCondition.IsNull(name)));
    measures.add(aggregate(Aggregation.DISTINCT_COUNT, name));
    measures.add(new Measure.TopValues(name, TOP_VALUES, false, RowCondition.ALWAYS));
    if (type.isOrdered() || type == ColumnType.BOOLEAN) {
      measures.add(aggregate(Aggregation.MIN, name));
      measures.add(aggregate(Aggregation.MAX, name));
    }
    if (type.isNumeric()) {
      measures.add(aggregate(Aggregation.MEAN, name));
      measures.add(aggregate(Aggregation.STDDEV, name));
      measures.add(new Measure.Quantiles(name, PROBABILITIES, RowCondition.ALWAYS));
    }
    if (type == ColumnType.STRING) {
      measures.add(aggregate(Aggregation.MIN_LENGTH, name));
      measures.add(aggregate(Aggregation.MAX_LENGTH, name));
      measures.add(aggregate(Aggregation.MEAN_LENGTH, name));
      measures.add(new Measure.TopValues(name, SHAPES, true, RowCondition.ALWAYS));
      for (ValueFormat format : GUESSED_FORMATS) {
        measures.add(formatCount(name, format));
      }
    }
    return measures;
  }

  static Measure aggregate(Aggregation aggregation, String column) {
    return new Measure.Aggregate(aggregation, column, RowCondition.ALWAYS);
  }

  private static Measure formatCount(String column, ValueFormat format) {
    return new Measure.CountWhere(
        RowCondition.ALWAYS, new RowCondition.HasFormat(column, format, null));
  }

  private static ColumnProfile columnProfile(
      Column column, long rows, Measurements stats, SecondPass pass, Measurements counts) {
    String name = column.name();
    ColumnType type = column.type();
    boolean numeric = type.isNumeric();
    boolean string = type == ColumnType.STRING;
    Map<Double, Double> quantiles = new LinkedHashMap<>();
    if (numeric) {
      List<Object> values =
          stats.list(new Measure.Quantiles(name, PROBABILITIES, RowCondition.ALWAYS));
      for (int i = 0; i < values.size() && i < PROBABILITIES.size(); i++) {
        if (values.get(i) instanceof Number n) {
          quantiles.put(PROBABILITIES.get(i), n.doubleValue());
        }
      }
    }
    Map<ValueFormat, Long> formats = new EnumMap<>(ValueFormat.class);
    ColumnProfile.Lengths lengths = null;
    if (string) {
      for (ValueFormat format : GUESSED_FORMATS) {
        formats.put(format, stats.count(formatCount(name, format)));
      }
      Double minLength = stats.number(aggregate(Aggregation.MIN_LENGTH, name));
      Double maxLength = stats.number(aggregate(Aggregation.MAX_LENGTH, name));
      Double meanLength = stats.number(aggregate(Aggregation.MEAN_LENGTH, name));
      if (minLength != null && maxLength != null && meanLength != null) {
        lengths =
            new ColumnProfile.Lengths(minLength.longValue(), maxLength.longValue(), meanLength);
      }
    }
    boolean ordered = type.isOrdered() || type == ColumnType.BOOLEAN;
    return new ColumnProfile(
        name,
        type,
        column.nativeType(),
        rows,
        stats.count(new Measure.CountWhere(RowCondition.ALWAYS, new RowCondition.IsNull(name))),
        stats.count(aggregate(Aggregation.DISTINCT_COUNT, name)),
        ordered ? stats.value(aggregate(Aggregation.MIN, name)) : null,
        ordered ? stats.value(aggregate(Aggregation.MAX, name)) : null,
        numeric ? stats.number(aggregate(Aggregation.MEAN, name)) : null,
        numeric ? stats.number(aggregate(Aggregation.STDDEV, name)) : null,
        quantiles,
        pass.topValues(counts),
        pass.histogram(counts),
        lengths,
        formats,
        pass.shapes(counts));
  }

  /** What the second scan counts for one column, planned from the first scan's results. */
  private record SecondPass(
      Map<String, Measure> valueCounts,
      Map<String, Measure> shapeCounts,
      List<double[]> bins,
      List<Measure> binCounts) {

    static SecondPass plan(Column column, Measurements stats) {
      String name = column.name();
      Map<String, Measure> valueCounts = new LinkedHashMap<>();
      for (Object value :
          stats.list(new Measure.TopValues(name, TOP_VALUES, false, RowCondition.ALWAYS))) {
        if (value != null) {
          valueCounts.put(
              value.toString(),
              new Measure.CountWhere(
                  RowCondition.ALWAYS, new RowCondition.InSet(name, List.of(value.toString()))));
        }
      }
      Map<String, Measure> shapeCounts = new LinkedHashMap<>();
      if (column.type() == ColumnType.STRING) {
        for (Object shape :
            stats.list(new Measure.TopValues(name, SHAPES, true, RowCondition.ALWAYS))) {
          if (shape != null) {
            shapeCounts.put(
                shape.toString(),
                new Measure.CountWhere(
                    RowCondition.ALWAYS,
                    new RowCondition.Matches(name, Shapes.regex(shape.toString()))));
          }
        }
      }
      List<double[]> bins = new ArrayList<>();
      List<Measure> binCounts = new ArrayList<>();
      if (column.type().isNumeric()) {
        Double min = stats.number(aggregate(Aggregation.MIN, name));
        Double max = stats.number(aggregate(Aggregation.MAX, name));
        if (min != null && max != null && Double.isFinite(min) && Double.isFinite(max)) {
          bins = edges(min, max, column.type() == ColumnType.INTEGER);
          for (int i = 0; i < bins.size(); i++) {
            double[] bin = bins.get(i);
            binCounts.add(
                new Measure.CountWhere(
                    RowCondition.ALWAYS,
                    new RowCondition.Between(name, bin[0], bin[1], i > 0, false)));
          }
        }
      }
      return new SecondPass(valueCounts, shapeCounts, bins, binCounts);
    }

    List<Measure> measures() {
      List<Measure> all = new ArrayList<>(valueCounts.values());
      all.addAll(shapeCounts.values());
      all.addAll(binCounts);
      return all;
    }

    List<ValueCount> topValues(Measurements counts) {
      return counted(valueCounts, counts);
    }

    List<ValueCount> shapes(Measurements counts) {
      return counted(shapeCounts, counts);
    }

    List<HistogramBin> histogram(Measurements counts) {
      List<HistogramBin> histogram = new ArrayList<>();
      for (int i = 0; i < bins.size(); i++) {
        histogram.add(
            new HistogramBin(bins.get(i)[0], bins.get(i)[1], counts.count(binCounts.get(i))));
      }
      return histogram;
    }

    private static List<ValueCount> counted(Map<String, Measure> measures, Measurements counts) {
      List<ValueCount> result = new ArrayList<>();
      measures.forEach(
          (value, measure) -> result.add(new ValueCount(value, counts.count(measure))));
      result.sort((a, b) -> Long.compare(b.count(), a.count()));
      return result;
    }
  }

  /** Equal-width bin edges; whole-number bins for a narrow integer range. */
  static List<double[]> edges(double min, double max, boolean integer) {
    List<double[]> bins = new ArrayList<>();
    if (min == max) {
      bins.add(new double[] {min, max});
      return bins;
    }
    if (integer && max - min + 1 <= BINS) {
      // One bin per whole number: (v - 1, v], the first one [min, min].
      bins.add(new double[] {min, min});
      for (double v = min + 1; v <= max; v++) {
        bins.add(new double[] {v - 1, v});
      }
      return bins;
    }
    double width = (max - min) / BINS;
    for (int i = 0; i < BINS; i++) {
      double lower = min + i * width;
      double upper = i == BINS - 1 ? max : min + (i + 1) * width;
      bins.add(new double[] {lower, upper});
    }
    return bins;
  }
}
