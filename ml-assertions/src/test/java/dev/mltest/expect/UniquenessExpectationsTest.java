package dev.mltest.expect;

import static dev.mltest.expect.Evaluations.column;
import static dev.mltest.expect.Evaluations.evaluate;
import static dev.mltest.expect.Evaluations.evaluateAllowingEmpty;
import static dev.mltest.expect.Evaluations.generated;
import static dev.mltest.expect.ExpectationResult.Status.ERROR;
import static dev.mltest.expect.ExpectationResult.Status.FAILED;
import static dev.mltest.expect.ExpectationResult.Status.PASSED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.data.ColumnType;
import dev.mltest.data.Dataset;
import dev.mltest.data.InMemoryTable;
import dev.mltest.data.ValueSample;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Semantics of unique, primaryKey, distinctCount and duplicateRows. */
class UniquenessExpectationsTest {
  /** Orders: order 2 is entered twice, two rows have no order id. */
  static final InMemoryTable ORDERS =
      Dataset.table("orders")
          .column("order_id", ColumnType.INTEGER)
          .column("line", ColumnType.INTEGER)
          .column("sku", ColumnType.STRING)
          .row(1, 1, "apple")
          .row(2, 1, "pear")
          .row(2, 1, "pear")
          .row(3, 1, "plum")
          .row(null, 1, null)
          .row(null, 1, null)
          .build();

  static final InMemoryTable EMPTY = Evaluations.emptyLike(ORDERS);

  @Nested
  class Unique {
    @Test
    void passesForDistinctValues() {
      ExpectationResult r =
          evaluate(ORDERS, "unique", Map.of("columns", "sku", "where", "order_id <> 2"));
      assertThat(r.status()).isEqualTo(PASSED);
      assertThat(r.counts()).isEqualTo(new Counts(2, 0, 0));
    }

    @Test
    void everyRowOfADuplicatedValueFailsAndNullsAreNotJudged() {
      ExpectationResult r = evaluate(ORDERS, "unique", Map.of("columns", "order_id"));
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat(r.counts()).isEqualTo(new Counts(6, 2, 2));
      assertThat(r.observedValue()).isEqualTo(0.5);
      assertThat(r.samples()).containsExactly(new ValueSample("2", 2, 2, null));
      assertThat(r.message())
          .isEqualTo(
              "order_id: 50% of 4 non-null values are not unique (1 duplicated values;"
                  + " mostly 1 allows none); e.g. 2 (2 rows, first row 2)");
    }

    @Test
    void combinationsOfColumns() {
      ExpectationResult pair =
          evaluate(ORDERS, "unique", Map.of("columns", List.of("order_id", "sku")));
      assertThat(pair.counts()).isEqualTo(new Counts(6, 2, 2));
      assertThat(pair.samples())
          .containsExactly(new ValueSample("order_id=2, sku='pear'", 2, 2, null));
      assertThat(evaluate(ORDERS, "unique", Map.of("columns", List.of("line"))).counts())
          .isEqualTo(new Counts(6, 0, 6));
    }

    @Test
    void mostlyAtTheExactBoundary() {
      // 95 distinct values and one value repeated in 5 rows: 5 of 100 rows are not unique.
      InMemoryTable five = generated("x", ColumnType.INTEGER, 100, i -> i < 5 ? -1 : i);
      InMemoryTable six = generated("x", ColumnType.INTEGER, 100, i -> i < 6 ? -1 : i);
      ExpectationResult pass = evaluate(five, "unique", Map.of("columns", "x", "mostly", 0.95));
      assertThat(pass.status()).isEqualTo(PASSED);
      assertThat(pass.counts()).isEqualTo(new Counts(100, 0, 5));
      ExpectationResult fail = evaluate(six, "unique", Map.of("columns", "x", "mostly", 0.95));
      assertThat(fail.status()).isEqualTo(FAILED);
      assertThat(fail.counts()).isEqualTo(new Counts(100, 0, 6));
    }

    @Test
    void whereRestrictsTheGroups() {
      ExpectationResult r =
          evaluate(ORDERS, "unique", Map.of("columns", "order_id", "where", "sku <> 'pear'"));
      assertThat(r.status()).isEqualTo(PASSED);
      assertThat(r.counts()).isEqualTo(new Counts(2, 0, 0));
    }

    @Test
    void nanValuesAreEqualToEachOther() {
      InMemoryTable nan = column("x", ColumnType.DECIMAL, Double.NaN, Double.NaN, 1.0);
      assertThat(evaluate(nan, "unique", Map.of("columns", "x")).counts())
          .isEqualTo(new Counts(3, 0, 2));
    }

    @Test
    void emptyDatasetFailsUnlessAllowed() {
      assertThat(evaluate(EMPTY, "unique", Map.of("columns", "sku")).status()).isEqualTo(FAILED);
      ExpectationResult allowed = evaluateAllowingEmpty(EMPTY, "unique", Map.of("columns", "sku"));
      assertThat(allowed.status()).isEqualTo(PASSED);
      assertThat(allowed.counts()).isEqualTo(new Counts(0, 0, 0));
    }

    @Test
    void unknownColumnIsAnError() {
      ExpectationResult r =
          evaluate(ORDERS, "unique", Map.of("columns", List.of("order_id", "skus")));
      assertThat(r.status()).isEqualTo(ERROR);
      assertThat(r.message())
          .isEqualTo(
              "unknown column 'skus' in unique[order_id,skus]; did you mean 'sku'?;"
                  + " columns: order_id, line, sku");
    }
  }

  @Nested
  class PrimaryKey {
    @Test
    void passesForANonNullUniqueKey() {
      ExpectationResult r =
          evaluate(ORDERS, "primaryKey", Map.of("columns", "order_id", "where", "order_id <> 2"));
      assertThat(r.status()).isEqualTo(PASSED);
      assertThat(r.observedValue()).isEqualTo(0L);
      assertThat(r.mostly()).isNull();
    }

    @Test
    void nullsAndDuplicatesBothFail() {
      ExpectationResult r = evaluate(ORDERS, "primaryKey", Map.of("columns", "order_id"));
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat(r.observedValue()).isEqualTo(4L);
      assertThat(r.counts()).isEqualTo(new Counts(6, 2, 2));
      assertThat(r.message())
          .isEqualTo(
              "order_id: 2 rows have a null key and 2 rows share 1 duplicated keys (none allowed);"
                  + " e.g. 2 (2 rows, first row 2)");
      ExpectationResult nullsOnly =
          evaluate(
              ORDERS,
              "primaryKey",
              Map.of("columns", "order_id", "where", "order_id IS NULL OR order_id <> 2"));
      assertThat(nullsOnly.status()).isEqualTo(FAILED);
      assertThat(nullsOnly.observedValue()).isEqualTo(2L);
    }

    @Test
    void compositeKey() {
      ExpectationResult r =
          evaluate(
              ORDERS,
              "primaryKey",
              Map.of("columns", List.of("order_id", "sku"), "where", "order_id IS NOT NULL"));
      assertThat(r.counts()).isEqualTo(new Counts(4, 0, 2));
    }

    @Test
    void emptyDatasetFailsUnlessAllowed() {
      assertThat(evaluate(EMPTY, "primaryKey", Map.of("columns", "order_id")).status())
          .isEqualTo(FAILED);
      assertThat(evaluateAllowingEmpty(EMPTY, "primaryKey", Map.of("columns", "order_id")).status())
          .isEqualTo(PASSED);
    }

    @Test
    void unknownColumnIsAnError() {
      assertThat(evaluate(ORDERS, "primaryKey", Map.of("columns", "orderid")).message())
          .startsWith("unknown column 'orderid' in primaryKey[orderid]; did you mean 'order_id'?");
    }
  }

  @Nested
  class DistinctCount {
    @Test
    void countsDistinctNonNullValues() {
      ExpectationResult r =
          evaluate(ORDERS, "distinctCount", Map.of("column", "sku", "min", 3, "max", 3));
      assertThat(r.status()).isEqualTo(PASSED);
      assertThat(r.observedValue()).isEqualTo(3L);
      assertThat(r.message()).isEqualTo("distinct count of sku is 3 (expected [3, 3])");
    }

    @Test
    void failsOutsideBounds() {
      ExpectationResult r = evaluate(ORDERS, "distinctCount", Map.of("column", "line", "min", 2));
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat(r.message()).isEqualTo("distinct count of line is 1 (expected ≥ 2)");
    }

    @Test
    void nanIsOneDistinctValue() {
      InMemoryTable nan = column("x", ColumnType.DECIMAL, Double.NaN, Double.NaN, 1.0, null);
      assertThat(evaluate(nan, "distinctCount", Map.of("column", "x", "max", 2)).observedValue())
          .isEqualTo(2L);
    }

    @Test
    void whereFiltersFirst() {
      assertThat(
              evaluate(
                      ORDERS,
                      "distinctCount",
                      Map.of("column", "sku", "max", 9, "where", "order_id > 1"))
                  .observedValue())
          .isEqualTo(2L);
    }

    @Test
    void emptyDatasetFailsUnlessAllowedThenCountsZero() {
      assertThat(evaluate(EMPTY, "distinctCount", Map.of("column", "sku", "max", 3)).status())
          .isEqualTo(FAILED);
      ExpectationResult allowed =
          evaluateAllowingEmpty(EMPTY, "distinctCount", Map.of("column", "sku", "max", 3));
      assertThat(allowed.status()).isEqualTo(PASSED);
      assertThat(allowed.observedValue()).isEqualTo(0L);
    }

    @Test
    void unknownColumnIsAnError() {
      assertThat(evaluate(ORDERS, "distinctCount", Map.of("column", "SKU", "max", 3)).message())
          .startsWith("unknown column 'SKU' in distinctCount[SKU]; did you mean 'sku'?");
    }
  }

  @Nested
  class DuplicateRows {
    @Test
    void countsSurplusCopiesWithNullsComparingEqual() {
      ExpectationResult r = evaluate(ORDERS, "duplicateRows", Map.of());
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat(r.observedValue()).isEqualTo(2L);
      assertThat(r.samples())
          .containsExactly(
              new ValueSample("order_id=2, line=1, sku='pear'", 2, 2, null),
              new ValueSample("order_id=null, line=1, sku=null", 2, 5, null));
      assertThat(r.message())
          .startsWith(
              "all columns: 2 surplus duplicate rows in 2 duplicated groups, of 6 rows"
                  + " (at most 0 allowed); e.g. order_id=2, line=1, sku='pear' (2 rows, first row 2)");
    }

    @Test
    void maxAllowsSomeCopies() {
      assertThat(evaluate(ORDERS, "duplicateRows", Map.of("max", 2)).status()).isEqualTo(PASSED);
    }

    @Test
    void listedColumnsDefineADuplicate() {
      ExpectationResult r = evaluate(ORDERS, "duplicateRows", Map.of("columns", "line", "max", 4));
      assertThat(r.observedValue()).isEqualTo(5L);
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat(r.message()).startsWith("line: 5 surplus duplicate rows in 1 duplicated groups");
    }

    @Test
    void whereFiltersFirst() {
      ExpectationResult r =
          evaluate(ORDERS, "duplicateRows", Map.of("where", "order_id IS NOT NULL"));
      assertThat(r.observedValue()).isEqualTo(1L);
    }

    @Test
    void emptyDatasetFailsUnlessAllowed() {
      assertThat(evaluate(EMPTY, "duplicateRows", Map.of()).status()).isEqualTo(FAILED);
      assertThat(evaluateAllowingEmpty(EMPTY, "duplicateRows", Map.of()).observedValue())
          .isEqualTo(0L);
    }

    @Test
    void unknownColumnIsAnError() {
      assertThat(evaluate(ORDERS, "duplicateRows", Map.of("columns", "lines")).status())
          .isEqualTo(ERROR);
    }
  }
}
