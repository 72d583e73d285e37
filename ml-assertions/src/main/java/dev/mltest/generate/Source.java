package dev.mltest.generate;

import java.util.List;
import java.util.SplittableRandom;

/**
 * The seeded randomness of one generated table. Every choice goes through one {@link
 * SplittableRandom}, so a seed replays a table exactly.
 */
final class Source {
  private static final long GOLDEN = 0x9E3779B97F4A7C15L;

  private final SplittableRandom random;

  Source(long seed) {
    this.random = new SplittableRandom(seed);
  }

  /** The source of try {@code index} of a run: independent of the other tries, yet replayable. */
  static Source forTry(long runSeed, int index) {
    return new Source(runSeed + GOLDEN * (index + 1L));
  }

  /** The underlying generator, for libraries that take a {@code RandomGenerator}. */
  SplittableRandom random() {
    return random;
  }

  /** A uniform integer in {@code [0, bound)}. */
  int below(int bound) {
    return random.nextInt(bound);
  }

  /** A uniform integer in {@code [low, high]}. */
  int between(int low, int high) {
    return low + random.nextInt(high - low + 1);
  }

  /** A uniform long in {@code [low, high]}, for any range including the full one. */
  long between(long low, long high) {
    if (low == Long.MIN_VALUE && high == Long.MAX_VALUE) {
      return random.nextLong();
    }
    long span = high - low + 1;
    if (span > 0) {
      return low + random.nextLong(span);
    }
    // The span overflows a long: draw until the value falls inside.
    while (true) {
      long v = random.nextLong();
      if (v >= low && v <= high) {
        return v;
      }
    }
  }

  /** A uniform double in {@code [0, 1)}. */
  double unit() {
    return random.nextDouble();
  }

  /** True with probability {@code p}. */
  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Shuffles in place (Fisher-Yates). */
  <T> void shuffle(List<T> values) {
    for (int i = values.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      T t = values.get(i);
      values.set(i, values.get(j));
      values.set(j, t);
    }
  }
}
