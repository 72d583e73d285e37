package dev.mltest.regression;

import dev.mltest.data.SampleDraw;
import dev.mltest.lineage.SampleDefinition;
import java.util.Map;
import java.util.Objects;

/**
 * The backend-neutral arithmetic of a training sample: how many rows each stratum contributes and
 * which key bound lets the backend rank only a fraction of the rows. The draw itself is {@link
 * SampleDraw}'s, done by the backend.
 */
final class SampleQuery {
  private static final long P = SampleDraw.MODULUS;

  private SampleQuery() {}

  /**
   * How many rows each stratum (each label value, or the whole table under the key {@code ""})
   * contributes to the sample: {@code max(1, round(n·fraction))}, or for a sample size {@code
   * round(n·size/total)} per stratum ({@code min(size, total)} unstratified).
   */
  static Map<String, Long> quotas(Map<String, Long> counts, SampleDefinition definition) {
    long total = counts.values().stream().mapToLong(Long::longValue).sum();
    Map<String, Long> quotas = new java.util.LinkedHashMap<>();
    counts.forEach(
        (stratum, n) -> {
          long take;
          if (definition.size() != null) {
            take =
                definition.stratified()
                    ? Math.round((double) (n * definition.size()) / total)
                    : Math.min(definition.size(), total);
          } else {
            // A definition without a size has a fraction (TrainingSpec sets one or the other).
            take =
                Math.max(
                    1, Math.round(n * Objects.requireNonNull(definition.fraction(), "fraction")));
          }
          quotas.put(stratum, Math.min(take, n));
        });
    return quotas;
  }

  /**
   * A key bound below which every stratum very probably has more rows than its quota (keys are
   * close to uniform on [0, 2³¹−1)): ranking only those rows selects the same rows as ranking all
   * of them, at a fraction of the cost. The caller checks the quotas were met and otherwise repeats
   * with {@link #NO_BOUND}.
   */
  static long keyBound(Map<String, Long> counts, Map<String, Long> quotas) {
    double rate = 0;
    for (Map.Entry<String, Long> e : counts.entrySet()) {
      long take = Objects.requireNonNull(quotas.get(e.getKey()), "quotas has every stratum");
      rate = Math.max(rate, (take + 10 + 4 * Math.sqrt(take)) / e.getValue());
    }
    return rate >= 1 ? NO_BOUND : (long) Math.ceil(rate * P);
  }

  /** A key bound that keeps every row. */
  static final long NO_BOUND = SampleDraw.NO_BOUND;
}
