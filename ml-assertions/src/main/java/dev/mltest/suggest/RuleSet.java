package dev.mltest.suggest;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** Which suggestion rules apply. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum RuleSet {
  /**
   * Every rule: schema and types, keys, null ratios with headroom, ranges, sets (including
   * integer-coded categories), formats and regexes of structured strings, string lengths, mean,
   * standard deviation and median bounds, and a drift section.
   */
  FULL,
  /**
   * A simple baseline like Deequ's default suggestions: observed min/max, not-null and value sets
   * only, without headroom, statistics or drift.
   */
  BASELINE;

  /** The name used on command lines: {@code full} or {@code baseline}. */
  public String key() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
