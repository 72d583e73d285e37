package dev.mltest.expect;

import static dev.mltest.expect.Entries.entry;

import dev.mltest.data.Measure;
import dev.mltest.data.RowCondition;
import dev.mltest.history.AnomalyStrategy;
import dev.mltest.history.BatchNormal;
import dev.mltest.history.HistoryRule;
import dev.mltest.history.InsufficientHistory;
import dev.mltest.history.OnlineNormal;
import dev.mltest.history.SeasonalNaive;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Catalog entries that judge a metric against its own history in the metrics repository ({@code
 * docs/metrics-history.md}): {@code change} and {@code anomaly}.
 */
final class HistoryEntries {
  private static final List<String> METRICS =
      List.of("rowCount", "nullRatio", "mean", "min", "max", "stdev", "sum", "distinctCount");
  private static final List<String> STRATEGIES =
      List.of(
          "relativeRateOfChange",
          "absoluteChange",
          "simpleThresholds",
          "onlineNormal",
          "batchNormal",
          "seasonal");

  private HistoryEntries() {}

  static List<ExpectationType> all() {
    return List.of(
        entry(
            "change",
            ExpectationKind.AGGREGATE,
            "A metric changed by no more than allowed since the previous run or the median of the last runs.",
            "Measures `metric` (of `column`, after `where`) in the suite's scan and compares it with the"
                + " metrics repository: c = x − r, or c = (x − r) / |r| with `relative: true`, where r"
                + " is the previous run's value or the median of the last `window` runs; passes when"
                + " `min` ≤ c ≤ `max`. A relative change from r = 0 accepts only 0. With fewer earlier"
                + " runs than needed (1 for `previous`, `window` for `median` unless `minHistory` says"
                + " fewer) or no repository, it says so and follows `insufficientHistory`.",
            "- expect: change\n  metric: rowCount\n  against: median\n  window: 7\n  relative: true\n  min: -0.3\n  max: 0.5",
            spec -> {
              AnomalyStrategy.Reference against =
                  AnomalyStrategy.Reference.valueOf(
                      spec.parameters().string("against").toUpperCase(Locale.ROOT));
              Double min = spec.parameters().number("min");
              Double max = spec.parameters().number("max");
              if (min == null && max == null) {
                throw new ParameterException("min", "'change' needs 'min', 'max' or both");
              }
              AnomalyStrategy strategy =
                  strategy(
                      "min",
                      () ->
                          new AnomalyStrategy.Change(
                              against,
                              (int) spec.parameters().requiredInteger("window"),
                              spec.parameters().flag("relative"),
                              min,
                              max));
              // A median wants its whole window, unless minHistory accepts fewer runs.
              int defaultMinimum =
                  against == AnomalyStrategy.Reference.MEDIAN
                      ? (int) spec.parameters().requiredInteger("window")
                      : 0;
              return check(spec, strategy, defaultMinimum);
            },
            metricParameters(
                ParameterSpec.choice(
                    "against",
                    List.of("previous", "median"),
                    "previous",
                    "What the change is measured against: the previous run or the median of the last `window` runs."),
                ParameterSpec.withDefault(
                    "window", ParameterType.INTEGER, 7L, "How many runs the median takes."),
                ParameterSpec.withDefault(
                    "relative",
                    ParameterType.BOOLEAN,
                    false,
                    "Whether the change is relative to the reference (−0.3 is a 30% drop)."),
                ParameterSpec.optional(
                    "min", ParameterType.NUMBER, "Smallest accepted change (negative for a drop)."),
                ParameterSpec.optional("max", ParameterType.NUMBER, "Largest accepted change."))),
        entry(
            "anomaly",
            ExpectationKind.AGGREGATE,
            "A metric is not an anomaly against its history, by one of Deequ's strategies.",
            "Measures `metric` like `change` and judges it with `strategy`:"
                + " `relativeRateOfChange` (x / x_prev within [`maxRateDecrease`, `maxRateIncrease`]),"
                + " `absoluteChange` (x − x_prev within [−`maxDecrease`, `maxIncrease`]),"
                + " `simpleThresholds` (`lower` ≤ x ≤ `upper`, no history needed),"
                + " `onlineNormal` (running mean ± k·σ, population σ; earlier anomalies left out"
                + " unless `ignoreAnomalies: false`), `batchNormal` (mean ± k·s of the last `window`"
                + " runs, all when 0; sample s) and `seasonal` (the value one `period` ago plus the mean"
                + " seasonal change, ± k·sd of the seasonal changes; needs two periods). `lowerK` and"
                + " `upperK` override `k` on one side. Too little history follows"
                + " `insufficientHistory`.",
            "- expect: anomaly\n  metric: nullRatio\n  column: income\n  strategy: batchNormal\n  k: 3\n  window: 30",
            spec -> check(spec, anomalyStrategy(spec), 0),
            metricParameters(
                ParameterSpec.choice(
                    "strategy", STRATEGIES, null, "How the value is judged against its history."),
                ParameterSpec.optional(
                    "maxRateDecrease",
                    ParameterType.NUMBER,
                    "relativeRateOfChange: the smallest accepted x / x_prev, e.g. 0.7."),
                ParameterSpec.optional(
                    "maxRateIncrease",
                    ParameterType.NUMBER,
                    "relativeRateOfChange: the largest accepted x / x_prev, e.g. 1.5."),
                ParameterSpec.optional(
                    "maxDecrease",
                    ParameterType.NUMBER,
                    "absoluteChange: the largest accepted drop since the previous run."),
                ParameterSpec.optional(
                    "maxIncrease",
                    ParameterType.NUMBER,
                    "absoluteChange: the largest accepted rise since the previous run."),
                ParameterSpec.optional(
                    "lower",
                    ParameterType.NUMBER,
                    "simpleThresholds: the smallest accepted value."),
                ParameterSpec.optional(
                    "upper", ParameterType.NUMBER, "simpleThresholds: the largest accepted value."),
                ParameterSpec.withDefault(
                    "k",
                    ParameterType.NUMBER,
                    3.0,
                    "onlineNormal, batchNormal, seasonal: accepted standard deviations either side."),
                ParameterSpec.optional(
                    "lowerK", ParameterType.NUMBER, "Overrides `k` below the expected value."),
                ParameterSpec.optional(
                    "upperK", ParameterType.NUMBER, "Overrides `k` above the expected value."),
                ParameterSpec.withDefault(
                    "ignoreAnomalies",
                    ParameterType.BOOLEAN,
                    true,
                    "onlineNormal: leave earlier anomalies out of the running mean and σ."),
                ParameterSpec.withDefault(
                    "window",
                    ParameterType.INTEGER,
                    0L,
                    "batchNormal: how many recent runs form the batch; 0 for all."),
                ParameterSpec.withDefault(
                    "period",
                    ParameterType.INTEGER,
                    7L,
                    "seasonal: the season's length in runs (7 for daily runs, weekly rhythm)."))));
  }

  private static ParameterSpec[] metricParameters(ParameterSpec... own) {
    List<ParameterSpec> all = new java.util.ArrayList<>();
    all.add(
        ParameterSpec.choice(
            "metric", METRICS, null, "What is measured; all but `rowCount` need `column`."));
    all.add(
        ParameterSpec.optional(
            "column", ParameterType.COLUMN, "The measured column (not for `rowCount`)."));
    all.addAll(List.of(own));
    all.add(
        ParameterSpec.optional(
            "minHistory",
            ParameterType.INTEGER,
            "The fewest earlier runs to judge with (at least the strategy's own minimum; for `change` against `median`, `window` unless set)."));
    all.add(
        ParameterSpec.choice(
            "insufficientHistory",
            List.of("pass", "warn", "fail"),
            "warn",
            "What happens with fewer earlier runs, or no repository: pass, warn or fail, always saying so."));
    return all.toArray(ParameterSpec[]::new);
  }

  private static AnomalyStrategy anomalyStrategy(ExpectationSpec spec) {
    Parameters p = spec.parameters();
    String key = p.string("strategy");
    double k = p.requiredNumber("k");
    double lowerK = p.number("lowerK") != null ? p.number("lowerK") : k;
    double upperK = p.number("upperK") != null ? p.number("upperK") : k;
    return strategy(
        switch (key) {
          case "relativeRateOfChange" -> "maxRateDecrease";
          case "absoluteChange" -> "maxDecrease";
          case "simpleThresholds" -> "lower";
          case "seasonal" -> "period";
          case "batchNormal" -> "window";
          default -> "k";
        },
        () ->
            switch (key) {
              case "relativeRateOfChange" ->
                  new AnomalyStrategy.RelativeRateOfChange(
                      p.number("maxRateDecrease"), p.number("maxRateIncrease"));
              case "absoluteChange" ->
                  new AnomalyStrategy.AbsoluteChange(
                      p.number("maxDecrease"), p.number("maxIncrease"));
              case "simpleThresholds" ->
                  new AnomalyStrategy.SimpleThresholds(p.number("lower"), p.number("upper"));
              case "onlineNormal" -> new OnlineNormal(lowerK, upperK, p.flag("ignoreAnomalies"));
              case "batchNormal" ->
                  new BatchNormal(lowerK, upperK, (int) p.requiredInteger("window"));
              case "seasonal" -> new SeasonalNaive((int) p.requiredInteger("period"), k);
              default -> throw new IllegalStateException("unknown strategy " + key);
            });
  }

  private static AnomalyStrategy strategy(
      String parameter, java.util.function.Supplier<AnomalyStrategy> build) {
    try {
      return build.get();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(
          parameter, Objects.requireNonNullElse(e.getMessage(), e.toString()));
    }
  }

  private static Check check(ExpectationSpec spec, AnomalyStrategy strategy, int defaultMinimum) {
    Parameters p = spec.parameters();
    String metric = p.string("metric");
    String column = p.optionalString("column").orElse(null);
    Long minHistory = p.integer("minHistory");
    InsufficientHistory policy =
        InsufficientHistory.valueOf(p.string("insufficientHistory").toUpperCase(Locale.ROOT));
    HistoryRule rule =
        new HistoryRule(
            strategy, minHistory == null ? defaultMinimum : (int) (long) minHistory, policy);
    RowCondition where = spec.whereCondition();
    String whereSuffix = spec.where() == null ? "" : " where " + spec.where();
    if (metric.equals("rowCount")) {
      if (column != null) {
        throw new ParameterException("column", "metric 'rowCount' takes no 'column'");
      }
      Measure rows = new Measure.RowCount(where);
      return new HistoryCheck(
          "rowCount" + whereSuffix,
          "row count",
          List.of(),
          List.of(rows),
          m -> m.count(rows),
          rule);
    }
    if (column == null) {
      throw new ParameterException("column", "metric '%s' needs 'column'".formatted(metric));
    }
    String id = "%s(%s)%s".formatted(metric, column, whereSuffix);
    if (metric.equals("nullRatio")) {
      Measure rows = new Measure.RowCount(where);
      Measure nulls = new Measure.CountWhere(where, new RowCondition.IsNull(column));
      return new HistoryCheck(
          id,
          "null ratio of " + column,
          List.of(new Check.ColumnRequirement(column, ColumnRule.ANY)),
          List.of(rows, nulls),
          m -> m.count(rows) == 0 ? null : (double) m.count(nulls) / m.count(rows),
          rule);
    }
    Measure.Aggregation aggregation =
        switch (metric) {
          case "mean" -> Measure.Aggregation.MEAN;
          case "min" -> Measure.Aggregation.MIN;
          case "max" -> Measure.Aggregation.MAX;
          case "stdev" -> Measure.Aggregation.STDDEV;
          case "sum" -> Measure.Aggregation.SUM;
          case "distinctCount" -> Measure.Aggregation.DISTINCT_COUNT;
          default -> throw new ParameterException("metric", "unknown metric " + metric);
        };
    Measure measure = new Measure.Aggregate(aggregation, column, where);
    ColumnRule rule0 =
        aggregation == Measure.Aggregation.DISTINCT_COUNT ? ColumnRule.ANY : ColumnRule.NUMERIC;
    return new HistoryCheck(
        id,
        label(metric) + " of " + column,
        List.of(new Check.ColumnRequirement(column, rule0)),
        List.of(measure),
        m -> m.value(measure),
        rule);
  }

  private static String label(String metric) {
    return switch (metric) {
      case "stdev" -> "standard deviation";
      case "distinctCount" -> "distinct count";
      case "min" -> "minimum";
      case "max" -> "maximum";
      default -> metric;
    };
  }

  static @Nullable String metricOf(Check check) {
    return check instanceof HistoryCheck h ? h.metric() : null;
  }
}
