package dev.mltest.history;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How a new value is judged against the values of earlier runs, modelled on Deequ's anomaly
 * detection strategies. Each strategy turns the history into an accepted range for the current
 * value; {@code docs/metrics-history.md} gives every formula. {@link HistoryRule} adds what happens
 * with too little history.
 *
 * <pre>{@code
 * HistoryVerdict v = new AnomalyStrategy.RelativeRateOfChange(0.7, 1.5).judge(612, List.of(1000.0));
 * // ANOMALY: 612 / 1000 = 0.612 is below 0.7
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface AnomalyStrategy
    permits AnomalyStrategy.Change,
        AnomalyStrategy.RelativeRateOfChange,
        AnomalyStrategy.AbsoluteChange,
        AnomalyStrategy.SimpleThresholds,
        OnlineNormal,
        BatchNormal,
        SeasonalNaive {

  /** The suite-file name, e.g. {@code batchNormal}. */
  String key();

  /** The fewest earlier runs the strategy can judge with. */
  int minimumHistory();

  /**
   * Judges the value against at least {@link #minimumHistory()} earlier values, oldest first.
   *
   * @throws IllegalArgumentException with fewer
   */
  HistoryVerdict judge(double current, List<Double> history);

  /** What the change is measured against. */
  enum Reference {
    /** The value of the previous run. */
    PREVIOUS,
    /** The median of the last {@code window} runs. */
    MEDIAN;

    /** {@code previous} or {@code median}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /**
   * The change against a reference — the previous run or the median of the last {@code window} —
   * lies within {@code [min, max]}: {@code c = x − r}, or {@code c = (x − r) / |r|} when relative.
   *
   * @param reference what the change is measured against
   * @param window how many runs the median takes (ignored for {@code previous})
   * @param relative whether the change is relative to the reference's magnitude
   * @param min the smallest accepted change (negative for a drop), or null
   * @param max the largest accepted change, or null
   */
  record Change(
      Reference reference, int window, boolean relative, @Nullable Double min, @Nullable Double max)
      implements AnomalyStrategy {
    public Change {
      requireNonNull(reference, "reference");
      if (window < 1) {
        throw new IllegalArgumentException("window must be at least 1, was " + window);
      }
      Limits.check(min, max, "min", "max");
    }

    @Override
    public String key() {
      return "change";
    }

    /**
     * One run for either reference: a median of fewer than {@code window} runs is the median of
     * those there are. The {@code change} expectation asks for {@code window} runs unless its
     * {@code minHistory} says fewer.
     */
    @Override
    public int minimumHistory() {
      return 1;
    }

    @Override
    public HistoryVerdict judge(double current, List<Double> history) {
      Limits.requireHistory(this, history);
      double r;
      String what;
      if (reference == Reference.PREVIOUS) {
        r = history.get(history.size() - 1);
        what = "previous run " + Limits.format(r);
      } else {
        List<Double> last = history.subList(Math.max(0, history.size() - window), history.size());
        r = median(last);
        what = "median %s of the last %d runs".formatted(Limits.format(r), last.size());
      }
      double scale = relative ? Math.abs(r) : 1;
      Double lower = min == null ? null : r + min * scale;
      Double upper = max == null ? null : r + max * scale;
      if (relative && r == 0) {
        // Any change from zero is infinitely large relative to it: only zero itself is accepted.
        lower = min == null ? null : 0.0;
        upper = max == null ? null : 0.0;
      }
      double change;
      if (!relative) {
        change = current - r;
      } else if (r == 0) {
        change = current == 0 ? 0 : Math.copySign(Double.POSITIVE_INFINITY, current);
      } else {
        change = (current - r) / Math.abs(r);
      }
      String shown = relative ? Limits.percent(change) : Limits.signed(change);
      String allowed =
          relative
              ? "[%s, %s]"
                  .formatted(Limits.percentOrOpen(min, "-∞"), Limits.percentOrOpen(max, "+∞"))
              : "[%s, %s]"
                  .formatted(Limits.signedOrOpen(min, "-∞"), Limits.signedOrOpen(max, "+∞"));
      return HistoryVerdict.judged(
          current,
          lower,
          upper,
          history.size(),
          "change %s against the %s (allowed %s)".formatted(shown, what, allowed));
    }

    static double median(List<Double> values) {
      List<Double> sorted = new ArrayList<>(values);
      sorted.sort(null);
      int n = sorted.size();
      return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
  }

  /**
   * Deequ's relative rate of change: the ratio {@code x / x_prev} lies within {@code
   * [maxRateDecrease, maxRateIncrease]}, e.g. {@code [0.7, 1.5]} allows a 30% drop and a 50% rise.
   *
   * @param maxRateDecrease the smallest accepted ratio (0 to 1), or null
   * @param maxRateIncrease the largest accepted ratio (at least 1), or null
   */
  record RelativeRateOfChange(@Nullable Double maxRateDecrease, @Nullable Double maxRateIncrease)
      implements AnomalyStrategy {
    public RelativeRateOfChange {
      Limits.check(maxRateDecrease, maxRateIncrease, "maxRateDecrease", "maxRateIncrease");
      Limits.requireSome(maxRateDecrease, maxRateIncrease, "maxRateDecrease", "maxRateIncrease");
    }

    @Override
    public String key() {
      return "relativeRateOfChange";
    }

    @Override
    public int minimumHistory() {
      return 1;
    }

    @Override
    public HistoryVerdict judge(double current, List<Double> history) {
      Limits.requireHistory(this, history);
      double previous = history.get(history.size() - 1);
      if (previous == 0) {
        boolean same = current == 0;
        return new HistoryVerdict(
            same ? HistoryVerdict.Status.NORMAL : HistoryVerdict.Status.ANOMALY,
            same ? HistoryVerdict.Decision.PASS : HistoryVerdict.Decision.FAIL,
            current,
            same ? 0.0 : null,
            same ? 0.0 : null,
            history.size(),
            "the previous run was 0, so the rate of change is "
                + (same ? "1 (0 / 0 counts as no change)" : "infinite"));
      }
      double rate = current / previous;
      // x / p within [a, b] means x within [a·p, b·p], flipped for a negative previous value.
      Double lower = maxRateDecrease == null ? null : maxRateDecrease * previous;
      Double upper = maxRateIncrease == null ? null : maxRateIncrease * previous;
      if (previous < 0) {
        Double swap = lower;
        lower = upper;
        upper = swap;
      }
      return HistoryVerdict.judged(
          current,
          lower,
          upper,
          history.size(),
          "rate %s / %s = %s (allowed [%s, %s])"
              .formatted(
                  Limits.format(current),
                  Limits.format(previous),
                  Limits.format(rate),
                  Limits.formatOrOpen(maxRateDecrease, "-∞"),
                  Limits.formatOrOpen(maxRateIncrease, "+∞")));
    }
  }

  /**
   * Deequ's absolute change: {@code x − x_prev} lies within {@code [−maxDecrease, maxIncrease]}.
   *
   * @param maxDecrease the largest accepted drop (non-negative), or null for any
   * @param maxIncrease the largest accepted rise (non-negative), or null for any
   */
  record AbsoluteChange(@Nullable Double maxDecrease, @Nullable Double maxIncrease)
      implements AnomalyStrategy {
    public AbsoluteChange {
      Limits.nonNegative(maxDecrease, "maxDecrease");
      Limits.nonNegative(maxIncrease, "maxIncrease");
      Limits.requireSome(maxDecrease, maxIncrease, "maxDecrease", "maxIncrease");
    }

    @Override
    public String key() {
      return "absoluteChange";
    }

    @Override
    public int minimumHistory() {
      return 1;
    }

    @Override
    public HistoryVerdict judge(double current, List<Double> history) {
      Limits.requireHistory(this, history);
      double previous = history.get(history.size() - 1);
      return HistoryVerdict.judged(
          current,
          maxDecrease == null ? null : previous - maxDecrease,
          maxIncrease == null ? null : previous + maxIncrease,
          history.size(),
          "change %s against the previous run %s (allowed [%s, %s])"
              .formatted(
                  Limits.signed(current - previous),
                  Limits.format(previous),
                  maxDecrease == null ? "-∞" : Limits.signed(-maxDecrease),
                  maxIncrease == null ? "+∞" : Limits.signed(maxIncrease)));
    }
  }

  /**
   * Deequ's simple thresholds: {@code lower ≤ x ≤ upper}, needing no history.
   *
   * @param lower the smallest accepted value, or null
   * @param upper the largest accepted value, or null
   */
  record SimpleThresholds(@Nullable Double lower, @Nullable Double upper)
      implements AnomalyStrategy {
    public SimpleThresholds {
      Limits.check(lower, upper, "lower", "upper");
      Limits.requireSome(lower, upper, "lower", "upper");
    }

    @Override
    public String key() {
      return "simpleThresholds";
    }

    @Override
    public int minimumHistory() {
      return 0;
    }

    @Override
    public HistoryVerdict judge(double current, List<Double> history) {
      return HistoryVerdict.judged(
          current,
          lower,
          upper,
          history.size(),
          "%s (allowed [%s, %s])"
              .formatted(
                  Limits.format(current),
                  Limits.formatOrOpen(lower, "-∞"),
                  Limits.formatOrOpen(upper, "+∞")));
    }
  }
}
