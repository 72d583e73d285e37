package dev.mltest.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.data.ColumnType;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The generator finds the bugs the issue names within the default tries, and shrinks each to a
 * minimal table. Several seeds show it does not depend on luck.
 */
class PlantedBugsTest {
  private static final Contract PAYMENTS =
      Contract.builder("payments")
          .column("currency", ColumnType.STRING)
          .column("amount", ColumnType.DECIMAL)
          .expect("inSet", Map.of("column", "currency", "values", List.of("EUR", "USD", "GBP")))
          .expect("notNull", Map.of("column", "currency"))
          .expect("between", Map.of("column", "amount", "min", 0, "max", 1000))
          .allowEmpty(true)
          .build();

  private static final PlantedBugs.CategoryMeanEncoder ENCODER =
      new PlantedBugs.CategoryMeanEncoder(Map.of("EUR", List.of(1L, 0L), "USD", List.of(1L, 1L)));

  private static PropertySettings defaults(long seed) {
    return PropertySettings.defaults().withSeed(seed);
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void divisionByZeroOnACategoryTheFitNeverSaw(long seed) {
    PropertyResult result =
        PropertyRunner.of(PAYMENTS, defaults(seed)).run(t -> ENCODER.encodeAll(t, "currency"));

    PropertyResult.Failed failed = failed(result);
    assertThat(failed.failure()).isInstanceOf(ArithmeticException.class);
    assertThat(failed.tries()).isLessThanOrEqualTo(PropertySettings.DEFAULT_TRIES);
    assertThat(failed.shrunk().rows()).containsExactly(Arrays.asList("GBP", 0.0));
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void unseenCategoriesOfInvalidDataReachTheSameDivision(long seed) {
    Contract onlySeen =
        Contract.builder("payments")
            .column("currency", ColumnType.STRING)
            .expect("inSet", Map.of("column", "currency", "values", List.of("EUR", "USD")))
            .build();
    PropertyResult valid =
        PropertyRunner.of(onlySeen, defaults(seed)).run(t -> ENCODER.encodeAll(t, "currency"));
    assertThat(valid).isInstanceOf(PropertyResult.Passed.class);

    PropertyResult mixed =
        PropertyRunner.of(onlySeen, defaults(seed).withValidOnly(false))
            .run(t -> ENCODER.encodeAll(t, "currency"));
    PropertyResult.Failed failed = failed(mixed);
    assertThat(failed.original().breaks()).isEqualTo("inSet[currency]");
    assertThat(failed.shrunk().rows()).hasSize(1);
    assertThat(failed.shrunk().rows().get(0).get(0)).isNotIn("EUR", "USD");
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void crashOnAnEmptyTableShrinksToNoRows(long seed) {
    PropertyResult result =
        PropertyRunner.of(PAYMENTS, defaults(seed))
            .run(t -> PlantedBugs.centreOnFirst(t, "amount"));

    PropertyResult.Failed failed = failed(result);
    assertThat(failed.failure()).isInstanceOf(IndexOutOfBoundsException.class);
    assertThat(failed.original().origin()).isEqualTo("edge case: empty table");
    assertThat(failed.tries()).isEqualTo(1);
    assertThat(failed.shrunk().rows()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 42, -7})
  void nanOnAConstantColumnShrinksToOneRow(long seed) {
    Contract nonEmpty =
        Contract.builder("payments")
            .column("currency", ColumnType.STRING)
            .column("amount", ColumnType.DECIMAL)
            .expect("inSet", Map.of("column", "currency", "values", List.of("EUR", "USD", "GBP")))
            .expect("between", Map.of("column", "amount", "min", 0, "max", 1000))
            .expect("notNull", Map.of("column", "amount"))
            .build();
    PropertyResult result =
        PropertyRunner.of(nonEmpty, defaults(seed))
            .run(t -> Invariants.noNaNIntroduced(t, PlantedBugs.minMaxScale(t, "amount")));

    PropertyResult.Failed failed = failed(result);
    assertThat(failed.failure()).hasMessageContaining("NaN introduced in row 1, column 'amount'");
    assertThat(failed.shrunk().rows()).containsExactly(Arrays.asList("EUR", 0.0));
  }

  @Test
  void randomTablesAloneFindTheConstantColumnAndTheUnseenCategory() {
    Contract nonEmpty =
        Contract.builder("amounts")
            .column("amount", ColumnType.DECIMAL)
            .expect("between", Map.of("column", "amount", "min", 0, "max", 1000))
            .expect("notNull", Map.of("column", "amount"))
            .build();
    PropertySettings randomOnly = defaults(5).withEdgeCases(false);
    assertThat(
            PropertyRunner.of(nonEmpty, randomOnly)
                .run(t -> Invariants.noNaNIntroduced(t, PlantedBugs.minMaxScale(t, "amount"))))
        .isInstanceOf(PropertyResult.Failed.class);
    assertThat(PropertyRunner.of(PAYMENTS, randomOnly).run(t -> ENCODER.encodeAll(t, "currency")))
        .isInstanceOf(PropertyResult.Failed.class);
  }

  @Test
  void aCorrectStepPassesEveryTry() {
    PropertyResult result =
        PropertyRunner.of(PAYMENTS, defaults(9))
            .run(t -> Invariants.rowCountPreserved(t, PlantedBugs.mapColumn(t, 1, v -> v * 2)));
    assertThat(result).isInstanceOf(PropertyResult.Passed.class);
    assertThat(result.tries()).isEqualTo(100);
    assertThat(result.edgeCases()).isGreaterThan(3);
    assertThat(result.seed()).isEqualTo(9);
  }

  static PropertyResult.Failed failed(PropertyResult result) {
    assertThat(result).isInstanceOf(PropertyResult.Failed.class);
    return (PropertyResult.Failed) result;
  }
}
