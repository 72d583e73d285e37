package dev.mltest.history;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A strategy with its history policy: how many earlier runs it needs at least, and what happens
 * with fewer. Never silent: a value judged without enough history says so in its explanation.
 *
 * <pre>{@code
 * HistoryRule rule = new HistoryRule(new BatchNormal(3, 3, 30), 5,
 *     InsufficientHistory.WARN);
 * HistoryVerdict verdict = rule.judge(612, rowCountsOldestFirst);
 * }</pre>
 *
 * @param strategy how the value is judged
 * @param minHistory the fewest earlier runs to judge with; at least the strategy's own minimum
 * @param onInsufficient what happens with fewer
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HistoryRule(
    AnomalyStrategy strategy, int minHistory, InsufficientHistory onInsufficient) {

  public HistoryRule {
    requireNonNull(strategy, "strategy");
    requireNonNull(onInsufficient, "onInsufficient");
    minHistory = Math.max(minHistory, strategy.minimumHistory());
  }

  /** The strategy with its own minimum and the default policy (warn). */
  public static HistoryRule of(AnomalyStrategy strategy) {
    return new HistoryRule(strategy, 0, InsufficientHistory.WARN);
  }

  /**
   * Judges {@code current} against the history of earlier runs, oldest first.
   *
   * @param history one value per earlier run, oldest first
   */
  public HistoryVerdict judge(double current, List<Double> history) {
    if (history.size() < minHistory) {
      String runs = history.size() == 1 ? "1 earlier run" : history.size() + " earlier runs";
      return new HistoryVerdict(
          HistoryVerdict.Status.INSUFFICIENT_HISTORY,
          onInsufficient.decision(),
          current,
          null,
          null,
          history.size(),
          "not judged: %s, %s needs at least %d (insufficientHistory: %s)"
              .formatted(runs, strategy.key(), minHistory, onInsufficient.key()));
    }
    return strategy.judge(current, history);
  }
}
