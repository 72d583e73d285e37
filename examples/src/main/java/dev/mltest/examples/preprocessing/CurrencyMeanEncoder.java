package dev.mltest.examples.preprocessing;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Mean target encoding of a transaction's currency: each currency becomes the share of fraud among
 * the past transactions in that currency.
 *
 * <p>The bug a property test found: a currency the history never saw (a new market, a new currency
 * code) has a count of zero, and {@code sum / count} made the feature {@code 0.0 / 0 = NaN}, which
 * the model silently turned into a score. Such a currency now gets the overall rate. {@code
 * CurrencyEncodingPropertyTest} keeps the code before the fix and shows the property still catches
 * it.
 */
public class CurrencyMeanEncoder {
  /** Sum of the labels (1 = fraud) per currency. */
  protected final Map<String, Double> sums;

  /** Number of past transactions per currency. */
  protected final Map<String, Integer> counts;

  /** The fraud rate over all past transactions. */
  protected final double overallRate;

  protected CurrencyMeanEncoder(
      Map<String, Double> sums, Map<String, Integer> counts, double overallRate) {
    this.sums = Map.copyOf(sums);
    this.counts = Map.copyOf(counts);
    this.overallRate = overallRate;
  }

  /** A copy of a fitted encoder, for subclasses that encode differently. */
  protected CurrencyMeanEncoder(CurrencyMeanEncoder fitted) {
    this(fitted.sums, fitted.counts, fitted.overallRate);
  }

  /**
   * Learns the fraud rate per currency from past transactions.
   *
   * @param currencies the currency of each past transaction
   * @param labels 1 for fraud, 0 otherwise, in the same order
   */
  public static CurrencyMeanEncoder fit(List<String> currencies, List<Integer> labels) {
    if (currencies.size() != labels.size() || currencies.isEmpty()) {
      throw new IllegalArgumentException(
          "need as many labels as currencies, and at least one of each");
    }
    Map<String, Double> sums = new HashMap<>();
    Map<String, Integer> counts = new HashMap<>();
    double total = 0;
    for (int i = 0; i < currencies.size(); i++) {
      sums.merge(currencies.get(i), (double) labels.get(i), Double::sum);
      counts.merge(currencies.get(i), 1, Integer::sum);
      total += labels.get(i);
    }
    return new CurrencyMeanEncoder(sums, counts, total / currencies.size());
  }

  /** The encoded currency: its fraud rate, or the overall rate for a currency never seen. */
  public double encode(String currency) {
    int count = counts.getOrDefault(currency, 0);
    if (count == 0) {
      return overallRate;
    }
    // A currency with a count has a sum: fit() adds to both.
    return Objects.requireNonNull(sums.get(currency)) / count;
  }
}
