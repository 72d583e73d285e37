package dev.mltest.history;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Deequ's batch normal strategy: the mean {@code μ} and sample standard deviation {@code s} ({@code
 * n − 1} denominator) of the last {@code window} runs (all runs when {@code window} is 0); the
 * value must lie within {@code [μ − lowerK·s, μ + upperK·s]}.
 *
 * @param lowerK how many standard deviations below the mean are accepted
 * @param upperK how many above
 * @param window how many of the most recent runs form the batch; 0 for all
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BatchNormal(double lowerK, double upperK, int window) implements AnomalyStrategy {
  /** The fewest earlier values: three, so that s rests on more than two points. */
  static final int MINIMUM = 3;

  public BatchNormal {
    Limits.positive(lowerK, "lowerK");
    Limits.positive(upperK, "upperK");
    if (window != 0 && window < MINIMUM) {
      throw new IllegalArgumentException(
          "window must be 0 (all runs) or at least %d, was %d".formatted(MINIMUM, window));
    }
  }

  @Override
  public String key() {
    return "batchNormal";
  }

  @Override
  public int minimumHistory() {
    return MINIMUM;
  }

  @Override
  public HistoryVerdict judge(double current, List<Double> history) {
    Limits.requireHistory(this, history);
    List<Double> batch =
        window == 0
            ? history
            : history.subList(Math.max(0, history.size() - window), history.size());
    double mean = batch.stream().mapToDouble(Double::doubleValue).average().orElseThrow();
    double squares = batch.stream().mapToDouble(x -> (x - mean) * (x - mean)).sum();
    double s = Math.sqrt(squares / (batch.size() - 1));
    return HistoryVerdict.judged(
        current,
        mean - lowerK * s,
        mean + upperK * s,
        history.size(),
        "mean %s, s %s of the last %d runs: accepted [%s − %s·s, %s + %s·s]"
            .formatted(
                Limits.format(mean),
                Limits.format(s),
                batch.size(),
                Limits.format(mean),
                Limits.format(lowerK),
                Limits.format(mean),
                Limits.format(upperK)));
  }
}
