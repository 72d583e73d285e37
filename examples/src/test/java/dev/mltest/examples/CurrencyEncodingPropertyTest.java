package dev.mltest.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mltest.data.InMemoryTable;
import dev.mltest.engine.PropertyTest;
import dev.mltest.examples.preprocessing.CurrencyMeanEncoder;
import dev.mltest.examples.preprocessing.TransactionFeatures;
import dev.mltest.examples.preprocessing.TransactionFeatures.Transaction;
import dev.mltest.generate.Contract;
import dev.mltest.generate.PropertyResult;
import dev.mltest.generate.PropertyRunner;
import dev.mltest.generate.PropertySettings;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Property tests of the transaction features, run by the ml-test engine, and a Jupiter test that
 * keeps the encoder's code before the fix and shows the same property finds the bug.
 */
class CurrencyEncodingPropertyTest {
  /**
   * Last year's history: only euros, dollars and pounds. The contract also allows yen and francs.
   */
  private static final List<String> HISTORY_CURRENCIES =
      List.of("EUR", "EUR", "USD", "USD", "GBP", "EUR");

  private static final List<Integer> HISTORY_LABELS = List.of(0, 1, 0, 0, 1, 0);

  private final TransactionFeatures features =
      new TransactionFeatures(CurrencyMeanEncoder.fit(HISTORY_CURRENCIES, HISTORY_LABELS));

  @PropertyTest(contract = "transactions.contract.yaml")
  void featuresAreFiniteForEveryValidTransaction(InMemoryTable transactions) {
    for (double[] row : features.transform(transactions(transactions))) {
      assertFinite(row);
    }
  }

  @PropertyTest(contract = "transactions.contract.yaml", validOnly = false)
  void invalidTransactionsAreRejectedOrEncodedFinitely(Map<String, Object> row) {
    Transaction t;
    try {
      t = transaction(row);
    } catch (IllegalArgumentException | NullPointerException | ClassCastException rejected) {
      return;
    }
    assertFinite(features.transform(List.of(t))[0]);
  }

  /** The encoder as it was before the fix: {@code sum / count} even when the count is zero. */
  static final class BeforeTheFix extends CurrencyMeanEncoder {
    BeforeTheFix(CurrencyMeanEncoder fitted) {
      super(fitted);
    }

    @Override
    public double encode(String currency) {
      return sums.getOrDefault(currency, 0.0) / counts.getOrDefault(currency, 0);
    }
  }

  @Test
  void thePropertyFindsTheBugInTheCodeBeforeTheFix() throws IOException {
    CurrencyMeanEncoder fitted = CurrencyMeanEncoder.fit(HISTORY_CURRENCIES, HISTORY_LABELS);
    TransactionFeatures buggy = new TransactionFeatures(new BeforeTheFix(fitted));

    PropertyResult result =
        PropertyRunner.of(contract(), PropertySettings.defaults().withSeed(2024))
            .run(
                t -> {
                  for (double[] row : buggy.transform(transactions(t))) {
                    assertFinite(row);
                  }
                });

    assertThat(result).isInstanceOf(PropertyResult.Failed.class);
    PropertyResult.Failed failed = (PropertyResult.Failed) result;
    assertThat(failed.shrunk().rows()).containsExactly(Arrays.asList("JPY", 0.0));
    assertThat(failed.message()).contains("Shrunk counterexample (1 row").contains("JPY,0.0");
  }

  @Test
  void theFixedEncoderGivesANewCurrencyTheOverallRate() {
    CurrencyMeanEncoder encoder = CurrencyMeanEncoder.fit(HISTORY_CURRENCIES, HISTORY_LABELS);
    assertThat(encoder.encode("JPY")).isEqualTo(2.0 / 6);
    assertThat(encoder.encode("EUR")).isEqualTo(1.0 / 3);
    assertThatThrownBy(() -> new Transaction("EUR", Double.NaN))
        .isInstanceOf(IllegalArgumentException.class);
  }

  static void assertFinite(double[] features) {
    for (int i = 0; i < features.length; i++) {
      if (!Double.isFinite(features[i])) {
        throw new AssertionError(
            "feature %d is %s in %s".formatted(i, features[i], Arrays.toString(features)));
      }
    }
  }

  static List<Transaction> transactions(InMemoryTable table) {
    return table.rows().stream()
        .map(r -> new Transaction((String) r.get(0), (Double) r.get(1)))
        .toList();
  }

  static Transaction transaction(Map<String, Object> row) {
    return new Transaction((String) row.get("currency"), (Double) row.get("amount"));
  }

  static Contract contract() throws IOException {
    try (InputStream in =
        CurrencyEncodingPropertyTest.class.getResourceAsStream("transactions.contract.yaml")) {
      return Contract.parse(
          "transactions.contract.yaml", new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }
}
