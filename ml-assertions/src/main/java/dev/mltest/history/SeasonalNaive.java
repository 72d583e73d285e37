package dev.mltest.history;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A seasonal strategy for metrics with a weekly (or other) rhythm, such as row counts that are low
 * every Sunday. The forecast is the value one period ago plus the mean seasonal difference; the
 * band is {@code k} sample standard deviations of those differences:
 *
 * <pre>
 * d_i = x_i − x_(i−p)            for every earlier run i with a run one period before it
 * forecast = x_(t−p) + mean(d)
 * accepted = forecast ± k · sd(d)
 * </pre>
 *
 * <p>This is the seasonal naive forecast, simpler than the Holt–Winters model Deequ fits: it needs
 * no optimiser and two full periods of history, and its band is exact for a stable weekly pattern.
 * Runs are counted, not dated: one run per day and {@code period: 7} is a weekly season.
 *
 * @param period the season's length in runs, e.g. 7 for daily runs with a weekly rhythm
 * @param k how many standard deviations of the seasonal differences are accepted
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SeasonalNaive(int period, double k) implements AnomalyStrategy {

  public SeasonalNaive {
    if (period < 1) {
      throw new IllegalArgumentException("period must be at least 1, was " + period);
    }
    Limits.positive(k, "k");
  }

  @Override
  public String key() {
    return "seasonal";
  }

  /** Two full periods (and at least two seasonal differences). */
  @Override
  public int minimumHistory() {
    return Math.max(2 * period, period + 2);
  }

  @Override
  public HistoryVerdict judge(double current, List<Double> history) {
    Limits.requireHistory(this, history);
    int n = history.size();
    int count = n - period;
    double sum = 0;
    for (int i = period; i < n; i++) {
      sum += history.get(i) - history.get(i - period);
    }
    double mean = sum / count;
    double squares = 0;
    for (int i = period; i < n; i++) {
      double d = history.get(i) - history.get(i - period) - mean;
      squares += d * d;
    }
    double sd = Math.sqrt(squares / (count - 1));
    double seasonAgo = history.get(n - period);
    double forecast = seasonAgo + mean;
    return HistoryVerdict.judged(
        current,
        forecast - k * sd,
        forecast + k * sd,
        n,
        ("forecast %s (%s one period of %d runs ago %s mean seasonal change %s), sd %s:"
                + " accepted forecast ± %s·sd")
            .formatted(
                Limits.format(forecast),
                Limits.format(seasonAgo),
                period,
                mean >= 0 ? "+" : "−",
                Limits.format(Math.abs(mean)),
                Limits.format(sd),
                Limits.format(k)));
  }
}
