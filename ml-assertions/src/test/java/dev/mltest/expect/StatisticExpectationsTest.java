package dev.mltest.expect;

import static dev.mltest.expect.Evaluations.column;
import static dev.mltest.expect.Evaluations.evaluate;
import static dev.mltest.expect.ExpectationResult.Status.ERROR;
import static dev.mltest.expect.ExpectationResult.Status.FAILED;
import static dev.mltest.expect.ExpectationResult.Status.PASSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mltest.data.ColumnType;
import dev.mltest.data.Dataset;
import dev.mltest.data.InMemoryTable;
import dev.mltest.data.ValueSample;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Semantics of the column statistics and the distinct-value set. */
class StatisticExpectationsTest {
  /** Mean 5, sample standard deviation sqrt(32/7), median 4.5; one null. */
  static final InMemoryTable X =
      column("x", ColumnType.DECIMAL, 2.0, 4.0, 4.0, 4.0, 5.0, 5.0, 7.0, 9.0, null);

  static final InMemoryTable WITH_NAN = column("x", ColumnType.DECIMAL, 1.0, Double.NaN, 3.0);
  static final InMemoryTable ALL_NULL = column("x", ColumnType.DECIMAL, (Object) null);
  static final InMemoryTable NAMES = column("s", ColumnType.STRING, "pear", "apple", null);
  static final InMemoryTable FLAGS = column("f", ColumnType.BOOLEAN, true);
  static final InMemoryTable DAYS =
      column("d", ColumnType.DATE, LocalDate.of(2024, 3, 1), null, LocalDate.of(2024, 1, 15));

  @Nested
  class MinAndMax {
    @Test
    void numbers() {
      ExpectationResult min = evaluate(X, "minBetween", Map.of("column", "x", "min", 1, "max", 3));
      assertThat(min.status()).isEqualTo(PASSED);
      assertThat(min.observedValue()).isEqualTo(2.0);
      assertThat(min.counts()).isNull();
      assertThat(min.message()).isEqualTo("minimum of x is 2 (expected [1, 3])");
      ExpectationResult max = evaluate(X, "maxBetween", Map.of("column", "x", "max", 8.5));
      assertThat(max.status()).isEqualTo(FAILED);
      assertThat(max.observedValue()).isEqualTo(9.0);
      assertThat(max.message()).isEqualTo("maximum of x is 9 (expected ≤ 8.5)");
    }

    @Test
    void strictBoundsExcludeTheEnds() {
      assertThat(
              evaluate(X, "minBetween", Map.of("column", "x", "min", 2, "strictMin", true))
                  .message())
          .isEqualTo("minimum of x is 2 (expected > 2)");
      assertThat(
              evaluate(X, "maxBetween", Map.of("column", "x", "max", 9, "strictMax", true))
                  .status())
          .isEqualTo(FAILED);
    }

    @Test
    void integersStayIntegers() {
      InMemoryTable ages = column("age", ColumnType.INTEGER, 17, 30);
      ExpectationResult r = evaluate(ages, "minBetween", Map.of("column", "age", "min", 18));
      assertThat(r.observedValue()).isEqualTo(17L);
      assertThat(r.message()).isEqualTo("minimum of age is 17 (expected ≥ 18)");
    }

    @Test
    void datesCompareAsDates() {
      ExpectationResult min =
          evaluate(DAYS, "minBetween", Map.of("column", "d", "min", "2024-01-01"));
      assertThat(min.status()).isEqualTo(PASSED);
      assertThat(min.observedValue()).isEqualTo(LocalDate.of(2024, 1, 15));
      assertThat(min.message()).isEqualTo("minimum of d is 2024-01-15 (expected ≥ 2024-01-01)");
      ExpectationResult max =
          evaluate(DAYS, "maxBetween", Map.of("column", "d", "max", LocalDate.of(2024, 2, 29)));
      assertThat(max.status()).isEqualTo(FAILED);
      assertThat(max.message()).isEqualTo("maximum of d is 2024-03-01 (expected ≤ 2024-02-29)");
    }

    @Test
    void timestampsCompareAsTimestamps() {
      InMemoryTable times = column("t", ColumnType.TIMESTAMP, LocalDateTime.of(2024, 1, 1, 23, 30));
      ExpectationResult r =
          evaluate(times, "maxBetween", Map.of("column", "t", "max", "2024-01-01T23:00:00"));
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat(r.observedValue()).isEqualTo(LocalDateTime.of(2024, 1, 1, 23, 30));
      assertThat(r.message())
          .isEqualTo("maximum of t is 2024-01-01T23:30 (expected ≤ 2024-01-01T23:00)");
    }

    @Test
    void stringsCompareAlphabetically() {
      ExpectationResult r = evaluate(NAMES, "minBetween", Map.of("column", "s", "min", "b"));
      assertThat(r.observedValue()).isEqualTo("apple");
      assertThat(r.message()).isEqualTo("minimum of s is 'apple' (expected ≥ 'b')");
    }

    @Test
    void nanIsTheLargestValue() {
      assertThat(evaluate(WITH_NAN, "minBetween", Map.of("column", "x", "min", 0)).observedValue())
          .isEqualTo(1.0);
      ExpectationResult max = evaluate(WITH_NAN, "maxBetween", Map.of("column", "x", "min", 0));
      assertThat(max.status()).isEqualTo(FAILED);
      assertThat(max.message()).isEqualTo("maximum of x is NaN (expected ≥ 0)");
    }

    @Test
    void whereRestrictsTheRows() {
      assertThat(
              evaluate(X, "maxBetween", Map.of("column", "x", "max", 5, "where", "x < 6"))
                  .observedValue())
          .isEqualTo(5.0);
    }

    @Test
    void noNonNullValueFails() {
      assertThat(evaluate(ALL_NULL, "minBetween", Map.of("column", "x", "min", 0)).message())
          .isEqualTo("minimum of x: there is nothing to measure (no non-null values)");
    }

    @Test
    void booleanColumnIsAnError() {
      ExpectationResult r = evaluate(FLAGS, "maxBetween", Map.of("column", "f", "max", 1));
      assertThat(r.status()).isEqualTo(ERROR);
      assertThat(r.message())
          .isEqualTo(
              "'maxBetween' needs a numeric, date, timestamp or string column, but 'f' is boolean"
                  + " (BOOLEAN)");
    }

    @Test
    void boundOfTheWrongTypeIsAnError() {
      ExpectationResult r = evaluate(DAYS, "minBetween", Map.of("column", "d", "min", "yesterday"));
      assertThat(r.status()).isEqualTo(ERROR);
      assertThat(r.message())
          .isEqualTo(
              "'min' is compared with column 'd' of type date (DATE), so it must be an ISO date"
                  + " such as 2024-01-31; found 'yesterday'");
    }
  }

  @Nested
  class Mean {
    @Test
    void meanOfNonNullValues() {
      ExpectationResult r =
          evaluate(X, "meanBetween", Map.of("column", "x", "min", 4.9, "max", 5.1));
      assertThat(r.status()).isEqualTo(PASSED);
      assertThat(r.observedValue()).isEqualTo(5.0);
      assertThat(r.message()).isEqualTo("mean of x is 5 (expected [4.9, 5.1])");
    }

    @Test
    void failsOutsideAndOnAStrictBound() {
      assertThat(evaluate(X, "meanBetween", Map.of("column", "x", "max", 4)).message())
          .isEqualTo("mean of x is 5 (expected ≤ 4)");
      assertThat(
              evaluate(X, "meanBetween", Map.of("column", "x", "max", 5, "strictMax", true))
                  .status())
          .isEqualTo(FAILED);
    }

    @Test
    void integerColumnHasAFractionalMean() {
      InMemoryTable n = column("n", ColumnType.INTEGER, 1, 2, 3, 4);
      assertThat(evaluate(n, "meanBetween", Map.of("column", "n", "min", 2.5, "max", 2.5)).status())
          .isEqualTo(PASSED);
    }

    @Test
    void nanMakesTheMeanNanWhichFails() {
      ExpectationResult r =
          evaluate(WITH_NAN, "meanBetween", Map.of("column", "x", "min", 0, "max", 10));
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat((Double) r.observedValue()).isNaN();
      assertThat(r.message()).isEqualTo("mean of x is NaN (expected [0, 10])");
    }

    @Test
    void whereRestrictsTheRows() {
      assertThat(
              evaluate(X, "meanBetween", Map.of("column", "x", "max", 5, "where", "x >= 7"))
                  .observedValue())
          .isEqualTo(8.0);
    }

    @Test
    void nonNumericColumnIsAnError() {
      ExpectationResult r = evaluate(DAYS, "meanBetween", Map.of("column", "d", "max", 1));
      assertThat(r.status()).isEqualTo(ERROR);
      assertThat(r.message())
          .isEqualTo("'meanBetween' needs a numeric or boolean column, but 'd' is date (DATE)");
    }

    @Test
    void booleansCountAsOneAndZeroSoTheMeanIsTheirRate() {
      // Labels true, false, true, true and a null: the rate is 3 / 4 (nulls left out).
      InMemoryTable labels = column("y", ColumnType.BOOLEAN, true, false, true, null, true);
      ExpectationResult r =
          evaluate(labels, "meanBetween", Map.of("column", "y", "min", 0.7, "max", 0.8));
      assertThat(r.status()).isEqualTo(PASSED);
      assertThat(r.observedValue()).isEqualTo(0.75);
      // Sample standard deviation of 1, 0, 1, 1: sqrt(0.75 / 3) = 0.5.
      assertThat(evaluate(labels, "stdevBetween", Map.of("column", "y", "max", 1)).observedValue())
          .isEqualTo(0.5);
    }
  }

  @Nested
  class Stdev {
    @Test
    void sampleStandardDeviation() {
      ExpectationResult r =
          evaluate(X, "stdevBetween", Map.of("column", "x", "min", 2, "max", 2.2));
      assertThat(r.status()).isEqualTo(PASSED);
      assertThat((Double) r.observedValue()).isCloseTo(Math.sqrt(32.0 / 7), within(1e-12));
      assertThat(r.message()).isEqualTo("standard deviation of x is 2.13809 (expected [2, 2.2])");
    }

    @Test
    void fewerThanTwoValuesHaveNoStandardDeviation() {
      ExpectationResult r =
          evaluate(X, "stdevBetween", Map.of("column", "x", "max", 1, "where", "x = 2"));
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat(r.observedValue()).isNull();
      assertThat(r.message())
          .isEqualTo(
              "standard deviation of x: there is nothing to measure (fewer than two non-null"
                  + " values)");
    }

    @Test
    void nanOrInfinityGiveNanWhichFails() {
      ExpectationResult nan = evaluate(WITH_NAN, "stdevBetween", Map.of("column", "x", "max", 10));
      assertThat(nan.status()).isEqualTo(FAILED);
      assertThat(nan.message()).isEqualTo("standard deviation of x is NaN (expected ≤ 10)");
      InMemoryTable infinite = column("x", ColumnType.DECIMAL, 1.0, Double.POSITIVE_INFINITY);
      assertThat(evaluate(infinite, "stdevBetween", Map.of("column", "x", "max", 10)).message())
          .isEqualTo("standard deviation of x is NaN (expected ≤ 10)");
    }

    @Test
    void nanOutsideTheWhereFilterIsIgnored() {
      ExpectationResult r =
          evaluate(
              WITH_NAN, "stdevBetween", Map.of("column", "x", "max", 10, "where", "NOT isnan(x)"));
      assertThat(r.status()).isEqualTo(PASSED);
      assertThat((Double) r.observedValue()).isCloseTo(Math.sqrt(2), within(1e-12));
    }

    @Test
    void nonNumericColumnIsAnError() {
      assertThat(evaluate(NAMES, "stdevBetween", Map.of("column", "s", "max", 1)).message())
          .isEqualTo(
              "'stdevBetween' needs a numeric or boolean column, but 's' is string (VARCHAR)");
    }
  }

  @Nested
  class Quantiles {
    static Map<String, Object> quantile(double q, Number min, Number max) {
      return Map.of("quantile", q, "min", min, "max", max);
    }

    @Test
    void interpolatesLinearly() {
      ExpectationResult r =
          evaluate(
              X,
              "quantilesBetween",
              Map.of(
                  "column",
                  "x",
                  "quantiles",
                  List.of(quantile(0.5, 4, 5), Map.of("quantile", 0.9, "max", 8))));
      assertThat(r.status()).isEqualTo(PASSED);
      List<?> observed = (List<?>) r.observedValue();
      assertThat(observed).hasSize(2);
      assertThat((Double) observed.get(0)).isEqualTo(4.5);
      assertThat((Double) observed.get(1)).isCloseTo(7.6, within(1e-12));
      assertThat(r.message())
          .isEqualTo("x: quantiles within bounds: q0.5 = 4.5 [4, 5], q0.9 = 7.6 ≤ 8");
    }

    @Test
    void failureListsOnlyTheQuantilesOutsideTheirBounds() {
      ExpectationResult r =
          evaluate(
              X,
              "quantilesBetween",
              Map.of(
                  "column",
                  "x",
                  "quantiles",
                  List.of(
                      quantile(0, 2, 2), quantile(0.25, 4, 4), Map.of("quantile", 1, "max", 8))));
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat(r.message()).isEqualTo("x: quantiles outside bounds: q1 = 9 ≤ 8");
    }

    @Test
    void nanFailsEvenAOneSidedBound() {
      ExpectationResult r =
          evaluate(
              WITH_NAN,
              "quantilesBetween",
              Map.of("column", "x", "quantiles", List.of(Map.of("quantile", 1, "min", 0))));
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat(r.message()).isEqualTo("x: quantiles outside bounds: q1 = NaN ≥ 0");
    }

    @Test
    void whereRestrictsTheRows() {
      ExpectationResult r =
          evaluate(
              X,
              "quantilesBetween",
              Map.of("column", "x", "where", "x > 4", "quantiles", List.of(quantile(0.5, 6, 6))));
      assertThat(r.status()).isEqualTo(PASSED);
    }

    @Test
    void noNonNullValueFails() {
      assertThat(
              evaluate(
                      ALL_NULL,
                      "quantilesBetween",
                      Map.of("column", "x", "quantiles", List.of(quantile(0.5, 0, 1))))
                  .message())
          .isEqualTo("x: there is nothing to measure (no non-null values)");
    }

    @Test
    void nonNumericColumnIsAnError() {
      assertThat(
              evaluate(
                      DAYS,
                      "quantilesBetween",
                      Map.of("column", "d", "quantiles", List.of(quantile(0.5, 0, 1))))
                  .message())
          .isEqualTo("'quantilesBetween' needs a numeric column, but 'd' is date (DATE)");
    }
  }

  @Nested
  class DistinctValues {
    final InMemoryTable segments = column("seg", ColumnType.STRING, "a", "b", "a", null, "c");

    ExpectationResult distinct(List<Object> values, String mode) {
      return evaluate(
          segments, "distinctValues", Map.of("column", "seg", "values", values, "mode", mode));
    }

    @Test
    void subset() {
      ExpectationResult pass = distinct(List.of("a", "b", "c", "d"), "subset");
      assertThat(pass.status()).isEqualTo(PASSED);
      assertThat(pass.observedValue()).isEqualTo(0L);
      assertThat(pass.message())
          .isEqualTo(
              "seg: distinct values must be a subset of ['a', 'b', 'c', 'd'];"
                  + " 0 distinct values outside the set");
      ExpectationResult fail = distinct(List.of("a", "b"), "subset");
      assertThat(fail.status()).isEqualTo(FAILED);
      assertThat(fail.observedValue()).isEqualTo(1L);
      assertThat(fail.samples()).containsExactly(new ValueSample("'c'", 1, 5, null));
      assertThat(fail.message())
          .isEqualTo(
              "seg: distinct values must be a subset of ['a', 'b'];"
                  + " 1 distinct values outside the set; e.g. 'c' (row 5)");
    }

    @Test
    void superset() {
      assertThat(distinct(List.of("a", "c"), "superset").status()).isEqualTo(PASSED);
      ExpectationResult fail = distinct(List.of("a", "d"), "superset");
      assertThat(fail.status()).isEqualTo(FAILED);
      assertThat(fail.message())
          .isEqualTo("seg: distinct values must be a superset of ['a', 'd']; missing ['d']");
    }

    @Test
    void equalIsTheDefaultAndNeedsBoth() {
      ExpectationResult pass =
          evaluate(
              segments,
              "distinctValues",
              Map.of("column", "seg", "values", List.of("c", "b", "a")));
      assertThat(pass.status()).isEqualTo(PASSED);
      assertThat(pass.message())
          .isEqualTo(
              "seg: distinct values must be equal to the set of ['c', 'b', 'a'];"
                  + " 0 distinct values outside the set, every listed value present");
      assertThat(distinct(List.of("a", "b"), "equal").status()).isEqualTo(FAILED);
      assertThat(distinct(List.of("a", "b", "c", "d"), "equal").message())
          .endsWith("0 distinct values outside the set, missing ['d']");
    }

    @Test
    void numbersAndDatesAreConverted() {
      InMemoryTable numbers = column("n", ColumnType.DECIMAL, 1.0, 2.0, 2.0);
      assertThat(
              evaluate(numbers, "distinctValues", Map.of("column", "n", "values", List.of(1, 2)))
                  .status())
          .isEqualTo(PASSED);
      assertThat(
              evaluate(
                      DAYS,
                      "distinctValues",
                      Map.of("column", "d", "values", List.of("2024-03-01", "2024-01-15")))
                  .status())
          .isEqualTo(PASSED);
    }

    @Test
    void whereRestrictsTheRows() {
      ExpectationResult r =
          evaluate(
              segments,
              "distinctValues",
              Map.of("column", "seg", "values", List.of("a", "b"), "where", "seg <> 'c'"));
      assertThat(r.status()).isEqualTo(PASSED);
    }
  }

  @Test
  void meanAbsoluteErrorOfPredictionsAgainstLabels() {
    InMemoryTable predictions =
        Dataset.table("p")
            .column("churn_probability", ColumnType.DECIMAL)
            .column("churned", ColumnType.BOOLEAN)
            .row(0.9, true)
            .row(0.2, false)
            .row(0.4, true)
            .row(null, false)
            .build();
    ExpectationResult passed =
        Evaluations.evaluate(
            predictions,
            "meanAbsoluteError",
            Map.of("prediction", "churn_probability", "label", "churned", "max", 0.3));
    assertThat(passed.status()).isEqualTo(ExpectationResult.Status.PASSED);
    assertThat((Double) passed.observedValue())
        .isCloseTo((0.1 + 0.2 + 0.6) / 3, org.assertj.core.api.Assertions.within(1e-12));
    ExpectationResult failed =
        Evaluations.evaluate(
            predictions,
            "meanAbsoluteError",
            Map.of("prediction", "churn_probability", "label", "churned", "max", 0.2));
    assertThat(failed.message())
        .isEqualTo(
            "mean absolute error of churn_probability against churned is 0.3 (expected ≤ 0.2)");
  }
}
