package dev.mltest.examples.preprocessing;

import java.util.List;

/** Turns transactions into the model's features: the encoded currency and the log amount. */
public final class TransactionFeatures {
  private final CurrencyMeanEncoder currencies;

  public TransactionFeatures(CurrencyMeanEncoder currencies) {
    this.currencies = currencies;
  }

  /** One feature row per transaction: {@code [currency rate, log(1 + amount)]}. */
  public double[][] transform(List<Transaction> transactions) {
    double[][] features = new double[transactions.size()][];
    for (int i = 0; i < transactions.size(); i++) {
      Transaction t = transactions.get(i);
      features[i] = new double[] {currencies.encode(t.currency()), Math.log1p(t.amount())};
    }
    return features;
  }

  /**
   * A transaction as the pipeline reads it.
   *
   * @param currency the ISO currency code
   * @param amount the amount, at least 0
   */
  public record Transaction(String currency, double amount) {
    public Transaction {
      if (currency == null || currency.isBlank()) {
        throw new IllegalArgumentException("a transaction needs a currency");
      }
      if (!(amount >= 0)) {
        throw new IllegalArgumentException("amount must be a number ≥ 0, was " + amount);
      }
    }
  }
}
