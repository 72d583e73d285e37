package dev.mltest.expect;

import dev.mltest.data.Measure;
import dev.mltest.data.Measurements;
import dev.mltest.data.TableSchema;
import dev.mltest.history.HistoryRule;
import dev.mltest.history.HistoryVerdict;
import dev.mltest.history.MetricHistory;
import dev.mltest.history.Sparkline;
import dev.mltest.text.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * A metric of the table judged against its own history: measured in the suite's one scan like any
 * aggregate, then compared with the values of earlier runs by a {@link HistoryRule}.
 */
final class HistoryCheck implements Check {
  /** How many earlier values a message shows. */
  static final int SHOWN = 5;

  private final String metric;
  private final String label;
  private final List<ColumnRequirement> requirements;
  private final List<Measure> measures;
  private final Function<Measurements, @Nullable Object> observe;
  private final HistoryRule rule;

  HistoryCheck(
      String metric,
      String label,
      List<ColumnRequirement> requirements,
      List<Measure> measures,
      Function<Measurements, @Nullable Object> observe,
      HistoryRule rule) {
    this.metric = metric;
    this.label = label;
    this.requirements = List.copyOf(requirements);
    this.measures = List.copyOf(measures);
    this.observe = observe;
    this.rule = rule;
  }

  /** The metric's name in the repository, e.g. {@code nullRatio(income)}. */
  String metric() {
    return metric;
  }

  @Override
  public List<ColumnRequirement> requirements() {
    return requirements;
  }

  @Override
  public List<Measure> measures(TableSchema schema) {
    return measures;
  }

  /** Without a history: reported as not judged, following the insufficient-history policy. */
  @Override
  public Judgement judge(Measurements m, TableSchema schema) {
    return judge(m, MetricHistory.none()).judgement();
  }

  /** Judges the measured value against the earlier runs' values. */
  Verdict judge(Measurements m, MetricHistory history) {
    Object observed = observe.apply(m);
    if (!(observed instanceof Number number) || !Double.isFinite(number.doubleValue())) {
      String why = observed == null ? "there is nothing to measure" : "it is " + observed;
      return new Verdict(
          new Judgement(
              false, observed, null, "%s: cannot judge its history, %s".formatted(label, why)),
          false,
          null);
    }
    double value = number.doubleValue();
    List<Double> earlier;
    try {
      earlier = history.values(metric);
    } catch (RuntimeException e) {
      return new Verdict(
          new Judgement(
              false,
              value,
              null,
              "%s is %s; cannot read its history: %s"
                  .formatted(label, Formats.value(value), e.getMessage())),
          false,
          null);
    }
    HistoryVerdict verdict = rule.judge(value, earlier);
    String explanation = verdict.explanation();
    if (!history.configured()) {
      explanation =
          "not judged: no metrics history is configured (set mltest.history.dir or"
              + " mltest.history.jdbc-url), insufficientHistory: "
              + rule.onInsufficient().key();
    }
    String message =
        "%s is %s; %s%s".formatted(label, Formats.value(value), explanation, trend(earlier, value));
    boolean warning = verdict.decision() == HistoryVerdict.Decision.WARN;
    boolean success = verdict.decision() == HistoryVerdict.Decision.PASS;
    return new Verdict(new Judgement(success, value, null, message), warning, verdict);
  }

  private static String trend(List<Double> earlier, double value) {
    if (earlier.isEmpty()) {
      return "";
    }
    List<Double> shown =
        new ArrayList<>(earlier.subList(Math.max(0, earlier.size() - SHOWN), earlier.size()));
    List<String> text = new ArrayList<>(shown.stream().map(Formats::value).toList());
    shown.add(value);
    return "; last runs %s%s → %s %s"
        .formatted(
            earlier.size() > SHOWN ? "… " : "",
            String.join(", ", text),
            Formats.value(value),
            Sparkline.of(shown));
  }

  /**
   * A judgement with what the reports need besides it.
   *
   * @param judgement pass or fail, with the message
   * @param warning whether a failure only warns (too little history under {@code warn})
   * @param verdict the strategy's verdict, when there was a value to judge
   */
  record Verdict(Judgement judgement, boolean warning, @Nullable HistoryVerdict verdict) {}
}
