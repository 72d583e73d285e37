package dev.mltest.generate;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Duration;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How a property is run.
 *
 * @param tries how many tables to try, edge cases included (default 100)
 * @param rows the most rows per table (default 20)
 * @param seed the seed that replays a run, or null for a fresh one
 * @param edgeCases whether edge cases come before random tables (default true)
 * @param validOnly whether only valid tables are generated (default true); otherwise about half the
 *     random tables, and one edge case per expectation, break the contract
 * @param shrinkTime how long shrinking a failing table may take (default 10 s)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PropertySettings(
    int tries,
    int rows,
    @Nullable Long seed,
    boolean edgeCases,
    boolean validOnly,
    Duration shrinkTime) {

  /** Default of {@link #tries()}. */
  public static final int DEFAULT_TRIES = 100;

  /** Default of {@link #rows()}. */
  public static final int DEFAULT_ROWS = 20;

  /** Default of {@link #shrinkTime()}. */
  public static final Duration DEFAULT_SHRINK_TIME = Duration.ofSeconds(10);

  public PropertySettings {
    if (tries < 1) {
      throw new IllegalArgumentException("tries must be at least 1, was " + tries);
    }
    if (rows < 1) {
      throw new IllegalArgumentException("rows must be at least 1, was " + rows);
    }
    if (shrinkTime.isNegative()) {
      throw new IllegalArgumentException("shrinkTime must not be negative");
    }
  }

  /** The defaults: 100 tries, up to 20 rows, a fresh seed, edge cases, valid tables only. */
  public static PropertySettings defaults() {
    return new PropertySettings(DEFAULT_TRIES, DEFAULT_ROWS, null, true, true, DEFAULT_SHRINK_TIME);
  }

  /** The same settings with {@code n} tries. */
  public PropertySettings withTries(int n) {
    return new PropertySettings(n, rows, seed, edgeCases, validOnly, shrinkTime);
  }

  /** The same settings with at most {@code n} rows per table. */
  public PropertySettings withRows(int n) {
    return new PropertySettings(tries, n, seed, edgeCases, validOnly, shrinkTime);
  }

  /** The same settings replaying the run of this seed. */
  public PropertySettings withSeed(long s) {
    return new PropertySettings(tries, rows, s, edgeCases, validOnly, shrinkTime);
  }

  /** The same settings with a fresh seed for every run. */
  public PropertySettings withFreshSeed() {
    return new PropertySettings(tries, rows, null, edgeCases, validOnly, shrinkTime);
  }

  /** The same settings with edge cases first, or not. */
  public PropertySettings withEdgeCases(boolean on) {
    return new PropertySettings(tries, rows, seed, on, validOnly, shrinkTime);
  }

  /** The same settings generating valid tables only, or invalid ones too. */
  public PropertySettings withValidOnly(boolean on) {
    return new PropertySettings(tries, rows, seed, edgeCases, on, shrinkTime);
  }

  /** The same settings with another time limit for shrinking. */
  public PropertySettings withShrinkTime(Duration d) {
    return new PropertySettings(tries, rows, seed, edgeCases, validOnly, d);
  }
}
