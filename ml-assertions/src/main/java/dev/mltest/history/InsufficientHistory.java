package dev.mltest.history;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Locale;
import org.apiguardian.api.API;

/** What a history-aware check does when there are too few earlier runs to judge. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum InsufficientHistory {
  /** Pass, saying that the value was not judged. */
  PASS,
  /** Pass with a warning saying that the value was not judged (the default). */
  WARN,
  /** Fail: the history must exist, e.g. on a build that restored it from a cache. */
  FAIL;

  /** {@code pass}, {@code warn} or {@code fail}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  HistoryVerdict.Decision decision() {
    return switch (this) {
      case PASS -> HistoryVerdict.Decision.PASS;
      case WARN -> HistoryVerdict.Decision.WARN;
      case FAIL -> HistoryVerdict.Decision.FAIL;
    };
  }
}
