package dev.mltest.drift;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * Multiple-testing correction of the p-values of a dataset's columns. Off by default, as in
 * Evidently; alibi-detect offers the same two.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum Correction {
  /** P-values are used as measured. */
  NONE("none"),
  /** Each p-value is multiplied by the number of p-value columns (capped at 1). */
  BONFERRONI("bonferroni"),
  /** Benjamini-Hochberg adjusted p-values, controlling the false discovery rate. */
  BENJAMINI_HOCHBERG("fdr");

  private static final Map<String, String> HINTS =
      Map.of("bh", "fdr", "benjamini_hochberg", "fdr", "bonf", "bonferroni", "off", "none");

  private final String key;

  Correction(String key) {
    this.key = key;
  }

  /**
   * Returns the correction with the given key.
   *
   * @param key {@code none}, {@code bonferroni} or {@code fdr}
   * @return the correction
   * @throws DriftInputException if the key is unknown; the message suggests the nearest key
   */
  public static Correction fromKey(String key) {
    requireNonNull(key, "key");
    for (Correction correction : values()) {
      if (correction.key.equals(key)) {
        return correction;
      }
    }
    throw new DriftInputException(
        DriftInputException.Problem.UNKNOWN_CORRECTION,
        KeySuggestion.unknownKeyMessage("correction", key, keys(), HINTS));
  }

  /**
   * Returns every key.
   *
   * @return the keys
   */
  public static List<String> keys() {
    return Arrays.stream(values()).map(Correction::key).toList();
  }

  /**
   * Returns the key used in suite files.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /** Adjusts p-values; the result is in the order of the input. */
  double[] adjust(double[] pValues) {
    int m = pValues.length;
    double[] adjusted = new double[m];
    switch (this) {
      case NONE -> System.arraycopy(pValues, 0, adjusted, 0, m);
      case BONFERRONI -> {
        for (int i = 0; i < m; i++) {
          adjusted[i] = Math.min(1.0, pValues[i] * m);
        }
      }
      case BENJAMINI_HOCHBERG -> {
        // Step-up: the adjusted value of the k-th smallest p is min over j >= k of p_(j) m / j.
        Integer[] order = new Integer[m];
        for (int i = 0; i < m; i++) {
          order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Double.compare(pValues[a], pValues[b]));
        double running = 1.0;
        for (int rank = m; rank >= 1; rank--) {
          int index = order[rank - 1];
          running = Math.min(running, pValues[index] * m / rank);
          adjusted[index] = running;
        }
      }
    }
    return adjusted;
  }
}
