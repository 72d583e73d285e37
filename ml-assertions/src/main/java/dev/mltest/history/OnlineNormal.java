package dev.mltest.history;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Deequ's online normal strategy: a running mean {@code μ} and population standard deviation {@code
 * σ} (Welford's update) over the history; the value must lie within {@code [μ − lowerK·σ, μ +
 * upperK·σ]}. With {@code ignoreAnomalies}, an earlier value that fell outside the band of the
 * values before it is left out of {@code μ} and {@code σ}, so one bad day does not widen the band
 * for good.
 *
 * @param lowerK how many standard deviations below the mean are accepted
 * @param upperK how many above
 * @param ignoreAnomalies whether earlier anomalies are left out of the running statistics
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record OnlineNormal(double lowerK, double upperK, boolean ignoreAnomalies)
    implements AnomalyStrategy {
  /** The fewest earlier values: three, so that σ rests on more than two points. */
  static final int MINIMUM = 3;

  public OnlineNormal {
    Limits.positive(lowerK, "lowerK");
    Limits.positive(upperK, "upperK");
  }

  @Override
  public String key() {
    return "onlineNormal";
  }

  @Override
  public int minimumHistory() {
    return MINIMUM;
  }

  @Override
  public HistoryVerdict judge(double current, List<Double> history) {
    Limits.requireHistory(this, history);
    long n = 0;
    double mean = 0;
    double m2 = 0;
    int ignored = 0;
    for (double x : history) {
      if (ignoreAnomalies && n >= 2) {
        double sd = Math.sqrt(m2 / n);
        if (x < mean - lowerK * sd || x > mean + upperK * sd) {
          ignored++;
          continue;
        }
      }
      n++;
      double delta = x - mean;
      mean += delta / n;
      m2 += delta * (x - mean);
    }
    double sd = Math.sqrt(m2 / n);
    return HistoryVerdict.judged(
        current,
        mean - lowerK * sd,
        mean + upperK * sd,
        history.size(),
        "running mean %s, σ %s over %d runs%s: accepted [%s − %s·σ, %s + %s·σ]"
            .formatted(
                Limits.format(mean),
                Limits.format(sd),
                n,
                ignored == 0 ? "" : " (" + ignored + " earlier anomalies left out)",
                Limits.format(mean),
                Limits.format(lowerK),
                Limits.format(mean),
                Limits.format(upperK)));
  }
}
