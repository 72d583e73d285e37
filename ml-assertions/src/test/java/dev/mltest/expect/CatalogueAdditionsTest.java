package dev.mltest.expect;

import static dev.mltest.expect.Evaluations.column;
import static dev.mltest.expect.Evaluations.evaluate;
import static dev.mltest.expect.ExpectationResult.Status.ERROR;
import static dev.mltest.expect.ExpectationResult.Status.FAILED;
import static dev.mltest.expect.ExpectationResult.Status.PASSED;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import dev.mltest.data.ColumnType;
import dev.mltest.data.Dataset;
import dev.mltest.data.InMemoryTable;
import dev.mltest.data.ValueSample;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Conformance of the expectations added for issue #18 with the documented semantics of the
 * framework each is modelled on. Each expected value says where it comes from: "GE docs" is the
 * Great Expectations expectation gallery page of the named expectation; "by hand" is arithmetic on
 * the documented definition, shown in the comment.
 */
class CatalogueAdditionsTest {

  @Nested
  class SumBetween {
    @Test
    void sumsNonNullValuesExactly() {
      // expect_column_sum_to_be_between: the column's sum; nulls skipped (pandas sum). By hand:
      // 0.1 + 0.2 + 0.3 = 0.6 exactly in DECIMAL arithmetic.
      InMemoryTable amounts =
          Dataset.table("t")
              .column("a", ColumnType.INTEGER)
              .row(1L)
              .row(2L)
              .row((Object) null)
              .row(3L)
              .build();
      ExpectationResult r =
          evaluate(amounts, "sumBetween", Map.of("column", "a", "min", 6, "max", 6));
      assertThat(r.status()).isEqualTo(PASSED);
      assertThat(r.observedValue()).isEqualTo(new BigDecimal(6));
      assertThat(r.message()).isEqualTo("sum of a is 6 (expected [6, 6])");
      assertThat(
              evaluate(amounts, "sumBetween", Map.of("column", "a", "max", 6, "strictMax", true))
                  .status())
          .isEqualTo(FAILED);
    }

    @Test
    void booleansSumToTheNumberOfTrueValues() {
      // By hand: true, false, true, null -> 1 + 0 + 1 = 2.
      InMemoryTable flags = column("f", ColumnType.BOOLEAN, true, false, true, null);
      assertThat(evaluate(flags, "sumBetween", Map.of("column", "f", "min", 2, "max", 2)).status())
          .isEqualTo(PASSED);
    }

    @Test
    void allNullColumnHasNoSumAndFails() {
      // Deliberate difference from GE (pandas sums no values to 0): no value, nothing to judge.
      InMemoryTable empty = column("a", ColumnType.DECIMAL, (Object) null, null);
      ExpectationResult r = evaluate(empty, "sumBetween", Map.of("column", "a", "max", 10));
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat(r.message())
          .isEqualTo("sum of a: there is nothing to measure (no non-null values)");
    }

    @Test
    void stringColumnIsRefusedNamingItsType() {
      InMemoryTable names = column("s", ColumnType.STRING, "a");
      ExpectationResult r = evaluate(names, "sumBetween", Map.of("column", "s", "max", 1));
      assertThat(r.status()).isEqualTo(ERROR);
      assertThat(r.message())
          .isEqualTo("'sumBetween' needs a numeric or boolean column, but 's' is string (VARCHAR)");
    }
  }

  @Nested
  class UniqueProportion {
    @Test
    void distinctOverNonNullAsInTheGreatExpectationsExample() {
      // GE docs, expect_column_proportion_of_unique_values_to_be_between: [1, 2, 2, 3, 3, 3, 4, 4,
      // 4, 4] has 4 unique values and 10 values, a proportion of 0.4. Two nulls are added: they
      // are left out of both counts, so it stays 0.4.
      InMemoryTable t =
          column("x", ColumnType.INTEGER, 1L, 2L, 2L, 3L, 3L, 3L, 4L, 4L, 4L, 4L, null, null);
      ExpectationResult r =
          evaluate(t, "uniqueProportion", Map.of("column", "x", "min", 0.4, "max", 0.4));
      assertThat(r.status()).isEqualTo(PASSED);
      assertThat(r.observedValue()).isEqualTo(0.4);
      // GE's strict_min: the proportion must be strictly larger than min_value.
      assertThat(
              evaluate(t, "uniqueProportion", Map.of("column", "x", "min", 0.4, "strictMin", true))
                  .message())
          .isEqualTo("unique proportion of x is 0.4 (expected > 0.4)");
    }

    @Test
    void boundsAreShares() {
      InvalidExpectationException e =
          catchThrowableOfType(
              InvalidExpectationException.class,
              () -> ExpectationSpec.of("uniqueProportion", Map.of("column", "x", "max", 2)));
      assertThat(e.getMessage()).isEqualTo("'max': expected a number from 0 to 1, found 2");
    }
  }

  @Nested
  class MostCommonValueIn {
    final InMemoryTable segments =
        column("s", ColumnType.STRING, "a", "b", "b", "c", "c", null, null, null);

    @Test
    void theMostFrequentNonNullValueMustBeInTheSet() {
      // Nulls are the most frequent entry (3) but are not values: the modes are b and c (2 each).
      InMemoryTable clear = column("s", ColumnType.STRING, "a", "b", "b", null, null, null);
      ExpectationResult r =
          evaluate(clear, "mostCommonValueIn", Map.of("column", "s", "values", List.of("b")));
      assertThat(r.status()).isEqualTo(PASSED);
      assertThat(r.message())
          .isEqualTo("s: most common value is ['b'] (2 rows), expected in ['b']");
      assertThat(
              evaluate(clear, "mostCommonValueIn", Map.of("column", "s", "values", List.of("a")))
                  .status())
          .isEqualTo(FAILED);
    }

    @Test
    void tiesNeedEveryTiedValueUnlessTiesAreOkay() {
      // GE docs, ties_okay: "the expectation will still succeed if values outside the designated
      // set are as common (but not more common) than designated values". b and c tie with 2.
      ExpectationResult strict =
          evaluate(segments, "mostCommonValueIn", Map.of("column", "s", "values", List.of("b")));
      assertThat(strict.status()).isEqualTo(FAILED);
      assertThat(strict.message())
          .isEqualTo(
              "s: most common values (tied) are ['b', 'c'] (2 rows each), expected in ['b'] (set"
                  + " tiesOkay: true to accept a tie)");
      assertThat(
              evaluate(
                      segments,
                      "mostCommonValueIn",
                      Map.of("column", "s", "values", List.of("b"), "tiesOkay", true))
                  .status())
          .isEqualTo(PASSED);
      // Ties okay, yet a value outside the set that is MORE common still fails.
      assertThat(
              evaluate(
                      segments,
                      "mostCommonValueIn",
                      Map.of("column", "s", "values", List.of("a"), "tiesOkay", true))
                  .status())
          .isEqualTo(FAILED);
      assertThat(
              evaluate(
                      segments,
                      "mostCommonValueIn",
                      Map.of("column", "s", "values", List.of("b", "c")))
                  .status())
          .isEqualTo(PASSED);
    }

    @Test
    void valuesAreConvertedToTheColumnType() {
      InMemoryTable days =
          column(
              "d",
              ColumnType.DATE,
              LocalDate.of(2024, 1, 1),
              LocalDate.of(2024, 1, 1),
              LocalDate.of(2024, 1, 2));
      assertThat(
              evaluate(
                      days,
                      "mostCommonValueIn",
                      Map.of("column", "d", "values", List.of("2024-01-01")))
                  .status())
          .isEqualTo(PASSED);
    }

    @Test
    void noNonNullValueFails() {
      InMemoryTable nulls = column("s", ColumnType.STRING, (Object) null);
      assertThat(
              evaluate(nulls, "mostCommonValueIn", Map.of("column", "s", "values", List.of("a")))
                  .message())
          .isEqualTo("s: there is nothing to measure (no non-null values)");
    }
  }

  @Nested
  class ZScoreOutliers {
    // By hand (Python statistics.mean/stdev, sample n - 1): mean 14.5, stdev 30.1524; z-scores
    // -0.448, -0.415, -0.381, -0.348, -0.315, -0.282, -0.249, -0.216, -0.182 and 2.836 for 100.
    final InMemoryTable incomes =
        column("x", ColumnType.DECIMAL, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 8.0, 9.0, 100.0, null);

    @Test
    void doubleSidedCountsValuesFarOnEitherSide() {
      ExpectationResult r = evaluate(incomes, "zScoreOutliers", Map.of("column", "x", "k", 2));
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat(r.counts()).isEqualTo(new Counts(11, 1, 1));
      assertThat(r.samples()).extracting(ValueSample::value).containsExactly("100.0");
      assertThat(r.message())
          .startsWith(
              "x: 10% of 10 non-null values have |z| ≥ 2 (mean 14.5, standard deviation 30.1524)"
                  + " (mostly 1 allows none); e.g. 100 (row 10)");
      assertThat(
              evaluate(incomes, "zScoreOutliers", Map.of("column", "x", "k", 2, "mostly", 0.9))
                  .status())
          .isEqualTo(PASSED);
      assertThat(evaluate(incomes, "zScoreOutliers", Map.of("column", "x", "k", 3)).status())
          .isEqualTo(PASSED);
      // |z| >= 0.3: the five lowest values (|z| 0.448 to 0.315) and 100.
      assertThat(evaluate(incomes, "zScoreOutliers", Map.of("column", "x", "k", 0.3)).counts())
          .isEqualTo(new Counts(11, 1, 6));
    }

    @Test
    void oneSidedCountsOnlyHighValues() {
      // GE docs, double_sided = False with threshold 2: z-scores in (-infinity, 2) pass.
      assertThat(
              evaluate(
                      incomes,
                      "zScoreOutliers",
                      Map.of("column", "x", "k", 0.3, "doubleSided", false))
                  .counts())
          .isEqualTo(new Counts(11, 1, 1));
    }

    @Test
    void theThresholdItselfIsAnOutlier() {
      // GE docs: double_sided with threshold 2 accepts the non-inclusive interval (-2, 2). By hand:
      // -1, 0, 1 have mean 0 and sample stdev 1, so z = -1, 0, 1 and k = 1 makes two outliers.
      InMemoryTable t = column("x", ColumnType.INTEGER, -1L, 0L, 1L);
      assertThat(evaluate(t, "zScoreOutliers", Map.of("column", "x", "k", 1)).counts())
          .isEqualTo(new Counts(3, 0, 2));
    }

    @Test
    void constantColumnOrTooFewValuesHaveNoFiniteOutliers() {
      InMemoryTable constant = column("x", ColumnType.DECIMAL, 5.0, 5.0, 5.0);
      assertThat(evaluate(constant, "zScoreOutliers", Map.of("column", "x", "k", 1)).status())
          .isEqualTo(PASSED);
      InMemoryTable one = column("x", ColumnType.DECIMAL, 5.0, null, Double.POSITIVE_INFINITY);
      ExpectationResult r = evaluate(one, "zScoreOutliers", Map.of("column", "x", "k", 1));
      assertThat(r.counts()).isEqualTo(new Counts(3, 1, 1));
      assertThat(r.message())
          .startsWith(
              "x: 50% of 2 non-null values have |z| ≥ 1 (fewer than two finite values, so only"
                  + " non-finite ones are outliers)");
    }

    @Test
    void nanIsAnOutlierAndLeavesTheMeanAlone() {
      InMemoryTable t = column("x", ColumnType.DECIMAL, -1.0, 0.0, 1.0, Double.NaN);
      ExpectationResult r = evaluate(t, "zScoreOutliers", Map.of("column", "x", "k", 2));
      assertThat(r.counts()).isEqualTo(new Counts(4, 0, 1));
      assertThat(r.message()).contains("(mean 0, standard deviation 1)");
    }

    @Test
    void kMustBePositive() {
      InvalidExpectationException e =
          catchThrowableOfType(
              InvalidExpectationException.class,
              () -> ExpectationSpec.of("zScoreOutliers", Map.of("column", "x", "k", 0)));
      assertThat(e.getMessage()).isEqualTo("'k': k must be a positive number, found 0");
    }
  }

  @Nested
  class Order {
    @Test
    void increasingAsInTheGreatExpectationsTest() {
      // GE's own test of expect_column_values_to_be_increasing uses [1, 2, 3, 3, 4, 5]: it passes
      // when not strict; strictly, the second 3 is not greater than the one before it.
      InMemoryTable t = column("a", ColumnType.INTEGER, 1L, 2L, 3L, 3L, 4L, 5L);
      assertThat(evaluate(t, "increasing", Map.of("column", "a")).status()).isEqualTo(PASSED);
      ExpectationResult strict = evaluate(t, "increasing", Map.of("column", "a", "strictly", true));
      assertThat(strict.counts()).isEqualTo(new Counts(6, 0, 1));
      assertThat(strict.message())
          .isEqualTo(
              "a: 16.7% of 6 non-null values are not greater than the previous one (mostly 1"
                  + " allows none); first at row 4: 3 after 3");
    }

    @Test
    void nullsAreSkippedAndDoNotBreakTheSequence() {
      // As GE's pandas backend, which compares non-null values only: 1, null, 5, 7 increases.
      InMemoryTable t = column("a", ColumnType.INTEGER, 1L, null, 5L, 7L, 6L);
      ExpectationResult r = evaluate(t, "increasing", Map.of("column", "a"));
      assertThat(r.counts()).isEqualTo(new Counts(5, 1, 1));
      assertThat(r.message()).endsWith("first at row 5: 6 after 7");
    }

    @Test
    void decreasingAndMostly() {
      InMemoryTable t = column("b", ColumnType.DECIMAL, 9.0, 7.0, 7.0, 8.0, 1.0);
      assertThat(evaluate(t, "decreasing", Map.of("column", "b")).counts())
          .isEqualTo(new Counts(5, 0, 1));
      assertThat(evaluate(t, "decreasing", Map.of("column", "b", "strictly", true)).counts())
          .isEqualTo(new Counts(5, 0, 2));
      assertThat(evaluate(t, "decreasing", Map.of("column", "b", "mostly", 0.8)).status())
          .isEqualTo(PASSED);
    }

    @Test
    void eachGroupIsItsOwnSequenceOrderedByAColumn() {
      // Events of two users, interleaved and out of time order in the file.
      InMemoryTable events =
          Dataset.table("events")
              .column("user", ColumnType.STRING)
              .column("t", ColumnType.INTEGER)
              .column("balance", ColumnType.INTEGER)
              .row("u1", 2L, 20L)
              .row("u2", 1L, 5L)
              .row("u1", 1L, 10L)
              .row("u2", 2L, 4L)
              .row("u1", null, 0L)
              .build();
      Map<String, Object> byUserAndTime =
          Map.of("column", "balance", "groupBy", "user", "orderBy", "t");
      ExpectationResult r = evaluate(events, "increasing", byUserAndTime);
      // u1 by t: 10, 20 increases; u2 by t: 5, 4 breaks; the row with a null t is not judged.
      assertThat(r.counts()).isEqualTo(new Counts(5, 1, 1));
      assertThat(r.message()).endsWith("first at row 4: 4 after 5");
      // In file order and without groups: 20, 5, 10, 4, 0 breaks three times.
      assertThat(evaluate(events, "increasing", Map.of("column", "balance")).counts())
          .isEqualTo(new Counts(5, 0, 3));
    }

    @Test
    void datesCompareAsDates() {
      InMemoryTable days =
          column("d", ColumnType.DATE, LocalDate.of(2024, 1, 9), LocalDate.of(2024, 1, 10));
      assertThat(evaluate(days, "increasing", Map.of("column", "d", "strictly", true)).status())
          .isEqualTo(PASSED);
    }

    @Test
    void orderingByTheJudgedColumnIsRejected() {
      InvalidExpectationException e =
          catchThrowableOfType(
              InvalidExpectationException.class,
              () -> ExpectationSpec.of("increasing", Map.of("column", "t", "orderBy", "t")));
      assertThat(e.getMessage())
          .isEqualTo("'orderBy': 'increasing' cannot group or order by the column it judges ('t')");
    }
  }

  @Nested
  class NotMatchesRegex {
    @Test
    void aValueFailsWhenAnyPartMatches() {
      // GE docs, expect_column_values_to_not_match_regex: a value is unexpected when the regex is
      // found in it (a search, not a whole-value match). By hand: "^a" is found in "aaa" and "abb".
      InMemoryTable t = column("s", ColumnType.STRING, "aaa", "abb", "bca", "bdd", null);
      ExpectationResult r = evaluate(t, "notMatchesRegex", Map.of("column", "s", "regex", "^a"));
      assertThat(r.counts()).isEqualTo(new Counts(5, 1, 2));
      assertThat(r.message())
          .isEqualTo(
              "s: 50% of 4 non-null values match /^a/ (mostly 1 allows none); e.g. 'aaa' (row 1),"
                  + " 'abb' (row 2)");
      // Unanchored "a" is found in "bca" as well.
      assertThat(evaluate(t, "notMatchesRegex", Map.of("column", "s", "regex", "a")).counts())
          .isEqualTo(new Counts(5, 1, 3));
    }

    @Test
    void patternsAreRe2() {
      InvalidExpectationException e =
          catchThrowableOfType(
              InvalidExpectationException.class,
              () ->
                  ExpectationSpec.of("notMatchesRegex", Map.of("column", "s", "regex", "^(?=a)")));
      assertThat(e.problems())
          .singleElement()
          .satisfies(p -> assertThat(p.key()).isEqualTo("regex"));
    }
  }

  @Nested
  class ColumnCount {
    final InMemoryTable three =
        Dataset.table("t")
            .column("a", ColumnType.INTEGER)
            .column("b", ColumnType.STRING)
            .column("c", ColumnType.DATE)
            .build();

    @Test
    void equalAndBetweenAsGreatExpectations() {
      // expect_table_column_count_to_equal(3) and _to_be_between(min 2, max 4) pass on 3 columns.
      ExpectationResult exact =
          Evaluations.evaluateAllowingEmpty(three, "columnCount", Map.of("min", 3, "max", 3));
      assertThat(exact.status()).isEqualTo(PASSED);
      assertThat(exact.message()).isEqualTo("column count is 3 (expected [3, 3])");
      assertThat(Evaluations.evaluateAllowingEmpty(three, "columnCount", Map.of("min", 4)).status())
          .isEqualTo(FAILED);
      // A schema expectation: judged on a table with no rows even without allowEmpty.
      assertThat(evaluate(three, "columnCount", Map.of("max", 2)).message())
          .isEqualTo("column count is 3 (expected ≤ 2)");
    }

    @Test
    void needsABoundAndAnOrderedRange() {
      assertThat(
              catchThrowableOfType(
                      InvalidExpectationException.class,
                      () -> ExpectationSpec.of("columnCount", Map.of()))
                  .getMessage())
          .isEqualTo("'min': 'columnCount' needs 'min', 'max' or both");
      assertThat(
              catchThrowableOfType(
                      InvalidExpectationException.class,
                      () -> ExpectationSpec.of("columnCount", Map.of("min", 5, "max", 2)))
                  .getMessage())
          .isEqualTo("'min': min 5 is greater than max 2");
    }
  }

  @Nested
  class CompareColumnsNullPolicy {
    // Rows: both set and ordered; both set and broken; left null; right null; both null.
    final InMemoryTable pairs =
        Dataset.table("p")
            .column("a", ColumnType.INTEGER)
            .column("b", ColumnType.INTEGER)
            .row(2L, 1L)
            .row(1L, 2L)
            .row(null, 1L)
            .row(1L, null)
            .row(null, null)
            .build();

    private ExpectationResult compare(String ignoreRowIf) {
      return evaluate(
          pairs,
          "compareColumns",
          Map.of("left", "a", "operator", "gt", "right", "b", "ignoreRowIf", ignoreRowIf));
    }

    @Test
    void eitherMissingIsTheDefaultAndSkipsAnyNull() {
      // GE's ignore_row_if "either_value_is_missing": only the two complete rows are judged.
      assertThat(compare("eitherMissing").counts()).isEqualTo(new Counts(5, 3, 1));
      assertThat(
              evaluate(pairs, "compareColumns", Map.of("left", "a", "operator", "gt", "right", "b"))
                  .counts())
          .isEqualTo(new Counts(5, 3, 1));
    }

    @Test
    void bothMissingJudgesRowsWithOneNullAndFailsThem() {
      // "both_values_are_missing": only the all-null row is skipped; a comparison with one null is
      // not true, so rows 3 and 4 fail with row 2.
      ExpectationResult r = compare("bothMissing");
      assertThat(r.counts()).isEqualTo(new Counts(5, 1, 3));
      assertThat(r.message()).startsWith("a, b: 75% of 4 judged rows break a > b");
    }

    @Test
    void neverJudgesEveryRow() {
      // "neither": every row is judged; each row with a null fails.
      assertThat(compare("never").counts()).isEqualTo(new Counts(5, 0, 4));
    }
  }

  @Nested
  class DistributionMatches {
    // Reference values: stored_distribution_reference.py beside this test's resources (SciPy).
    final InMemoryTable segments =
        Evaluations.generated(
            "seg",
            ColumnType.STRING,
            102,
            i -> i < 60 ? "retail" : i < 90 ? "b2b" : i < 100 ? "ent" : null);
    final Map<String, Object> stored =
        new java.util.TreeMap<>(Map.of("retail", 0.5, "b2b", 0.4, "ent", 0.1));

    private ExpectationResult matches(InMemoryTable t, String method) {
      return evaluate(
          t,
          "distributionMatches",
          Map.of("column", "seg", "categories", stored, "method", method));
    }

    @Test
    void categorySharesScoredByEachMethodsFormula() {
      ExpectationResult psi = matches(segments, "psi");
      assertThat((Double) psi.observedValue()).isCloseTo(0.047000362924573574, within(1e-12));
      assertThat(psi.status()).isEqualTo(PASSED);
      assertThat((Double) matches(segments, "jensenshannon").observedValue())
          .isCloseTo(0.0765476629076519, within(1e-12));
      ExpectationResult gof = matches(segments, "chisquare_gof");
      assertThat((Double) gof.observedValue()).isCloseTo(0.10539922456186433, within(1e-12));
      assertThat(gof.status()).isEqualTo(PASSED);
      assertThat(gof.message())
          .startsWith(
              "seg: chi-square goodness-of-fit p_value 0.105399 against the stored category shares"
                  + " (drift when p < 0.05); current shares: 'b2b' 30% (stored 40%), 'ent' 10%"
                  + " (stored 10%), 'retail' 60% (stored 50%)");
    }

    @Test
    void valuesInNoStoredCategoryCountAsDrift() {
      InMemoryTable withNew =
          Evaluations.generated(
              "seg",
              ColumnType.STRING,
              105,
              i -> i < 60 ? "retail" : i < 90 ? "b2b" : i < 100 ? "ent" : "new");
      ExpectationResult r = matches(withNew, "l_infinity");
      assertThat((Double) r.observedValue()).isCloseTo(0.11428571428571432, within(1e-12));
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat(r.message()).endsWith("other values 4.8% (stored 0%)");
      // An observed bucket with an expected count of 0: SciPy's statistic is infinite, p = 0.
      assertThat(matches(withNew, "chisquare_gof").observedValue()).isEqualTo(0.0);
    }

    @Test
    void histogramBinsIncludeTheirLowerEdgeAndTheLastItsUpperEdge() {
      // 0..100: [0, 50) holds 50 values, [50, 100] holds 51 (100 included); stored 50/50.
      InMemoryTable t = Evaluations.generated("x", ColumnType.DECIMAL, 101, i -> (double) i);
      ExpectationResult r =
          evaluate(
              t,
              "distributionMatches",
              Map.of(
                  "column",
                  "x",
                  "histogram",
                  Map.of("edges", List.of(0, 50, 100), "shares", List.of(0.5, 0.5)),
                  "method",
                  "l_infinity"));
      // By hand: max |50/101 - 0.5|, |51/101 - 0.5| = 0.5/101.
      assertThat((Double) r.observedValue()).isCloseTo(0.5 / 101, within(1e-12));
      assertThat(r.status()).isEqualTo(PASSED);
    }

    @Test
    void storedSharesAreCheckedWhenTheSuiteIsRead() {
      assertThat(
              catchThrowableOfType(
                      InvalidExpectationException.class,
                      () ->
                          ExpectationSpec.of(
                              "distributionMatches",
                              Map.of("column", "seg", "categories", Map.of("a", 0.5, "b", 0.4))))
                  .getMessage())
          .isEqualTo("'categories': shares must sum to 1, but they sum to 0.9");
      assertThat(
              catchThrowableOfType(
                      InvalidExpectationException.class,
                      () ->
                          ExpectationSpec.of(
                              "distributionMatches",
                              Map.of(
                                  "column",
                                  "x",
                                  "histogram",
                                  Map.of("edges", List.of(0, 10), "shares", List.of(0.5, 0.5)))))
                  .getMessage())
          .isEqualTo("'histogram': 2 edges make 1 bins, but 2 shares are given");
      assertThat(
              catchThrowableOfType(
                      InvalidExpectationException.class,
                      () -> ExpectationSpec.of("distributionMatches", Map.of("column", "x")))
                  .getMessage())
          .isEqualTo(
              "'categories': 'distributionMatches' needs exactly one of 'categories' and"
                  + " 'histogram'");
    }
  }

  @Nested
  class RegexLists {
    final InMemoryTable words =
        column("s", ColumnType.STRING, "aaa", "abb", "bcc", "bdd", "xyz", null);

    @Test
    void anyPassesAValueThatMatchesOnePattern() {
      // GE docs, expect_column_values_to_match_regex_list, match_on "any": a value is expected when
      // it matches at least one regex, found anywhere in the string. By hand: "^a" is found in
      // "aaa" and "abb", "d$" in "bdd"; "bcc" and "xyz" match neither.
      ExpectationResult r =
          evaluate(words, "matchesAnyRegex", Map.of("column", "s", "regexes", List.of("^a", "d$")));
      assertThat(r.counts()).isEqualTo(new Counts(6, 1, 2));
      assertThat(r.message())
          .isEqualTo(
              "s: 40% of 5 non-null values match none of /^a/, /d$/ (mostly 1 allows none); e.g."
                  + " 'bcc' (row 3), 'xyz' (row 5)");
    }

    @Test
    void allPassesOnlyAValueThatMatchesEveryPattern() {
      // GE docs, match_on "all": a value must match each regex. By hand: "a" and "b" are both
      // found only in "abb".
      ExpectationResult r =
          evaluate(words, "matchesAllRegex", Map.of("column", "s", "regexes", List.of("a", "b")));
      assertThat(r.counts()).isEqualTo(new Counts(6, 1, 4));
      assertThat(r.message()).contains("do not match all of /a/, /b/");
      // mostly as in GE: 1 of 5 passes, so mostly 0.2 is met and 0.21 is not.
      assertThat(
              evaluate(
                      words,
                      "matchesAllRegex",
                      Map.of("column", "s", "regexes", List.of("a", "b"), "mostly", 0.2))
                  .status())
          .isEqualTo(PASSED);
      assertThat(
              evaluate(
                      words,
                      "matchesAllRegex",
                      Map.of("column", "s", "regexes", List.of("a", "b"), "mostly", 0.21))
                  .status())
          .isEqualTo(FAILED);
    }

    @Test
    void eachPatternMatchesExactlyAsMatchesRegex() {
      // The rule: one regex engine and one match semantics. A one-pattern list counts the
      // same failures as matchesRegex, for search, anchors, a single space and a named group.
      InMemoryTable t =
          column("s", ColumnType.STRING, "2024-01-31", "a b", "ab", "x2024", " ", "", null);
      for (String regex : List.of("^[0-9]{4}", "b$", " ", "(?P<year>[0-9]{4})", "^$", "(?i)A")) {
        long single =
            evaluate(t, "matchesRegex", Map.of("column", "s", "regex", regex))
                .counts()
                .unexpectedCount();
        for (String key : List.of("matchesAnyRegex", "matchesAllRegex")) {
          assertThat(
                  evaluate(t, key, Map.of("column", "s", "regexes", List.of(regex)))
                      .counts()
                      .unexpectedCount())
              .as("%s %s", key, regex)
              .isEqualTo(single);
        }
      }
    }

    @Test
    void nonStringValuesAreJudgedByTheirText() {
      // As matchesRegex: DuckDB's text of an integer. By hand: "42" starts with 4, "7" does not.
      InMemoryTable t = column("n", ColumnType.INTEGER, 42L, 7L, null);
      assertThat(
              evaluate(t, "matchesAnyRegex", Map.of("column", "n", "regexes", List.of("^4", "^9")))
                  .counts())
          .isEqualTo(new Counts(3, 1, 1));
    }

    @Test
    void everyPatternIsValidatedByRe2WhenTheSuiteIsRead() {
      InvalidExpectationException e =
          catchThrowableOfType(
              InvalidExpectationException.class,
              () ->
                  ExpectationSpec.of(
                      "matchesAnyRegex",
                      Map.of("column", "s", "regexes", List.of("ok", "^(?=a)"))));
      assertThat(e.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.key()).isEqualTo("regexes");
                assertThat(p.message()).contains("^(?=a)").contains("lookahead");
              });
      assertThat(
              catchThrowableOfType(
                      InvalidExpectationException.class,
                      () ->
                          ExpectationSpec.of(
                              "matchesAllRegex", Map.of("column", "s", "regexes", List.of())))
                  .problems())
          .singleElement()
          .satisfies(p -> assertThat(p.message()).contains("non-empty list of patterns"));
    }
  }

  @Nested
  class LikePatterns {
    final InMemoryTable words =
        column("s", ColumnType.STRING, "aaa", "abb", "bcc", "bdd", "xyz", null);

    private long failing(InMemoryTable t, String key, Map<String, ?> options) {
      return evaluate(t, key, options).counts().unexpectedCount();
    }

    @Test
    void likeMatchesAnyPatternByDefault() {
      // GE docs, expect_column_values_to_match_like_pattern_list: match_on "any" (the default)
      // expects a value that matches at least one like pattern. By hand: "a%" matches "aaa" and
      // "abb", "%d" matches "bdd"; "bcc" and "xyz" match neither.
      ExpectationResult r =
          evaluate(words, "like", Map.of("column", "s", "likePatterns", List.of("a%", "%d")));
      assertThat(r.counts()).isEqualTo(new Counts(6, 1, 2));
      assertThat(r.message())
          .isEqualTo(
              "s: 40% of 5 non-null values match none of LIKE 'a%', '%d' (mostly 1 allows none);"
                  + " e.g. 'bcc' (row 3), 'xyz' (row 5)");
      // match_on "all": only "abb" both starts with a and ends with b.
      ExpectationResult all =
          evaluate(
              words,
              "like",
              Map.of("column", "s", "likePatterns", List.of("a%", "%b"), "matchOn", "all"));
      assertThat(all.counts()).isEqualTo(new Counts(6, 1, 4));
      assertThat(all.message()).contains("do not match all of LIKE 'a%', '%b'");
    }

    @Test
    void notLikeFailsAValueThatMatchesAnyPattern() {
      // GE docs, expect_column_values_to_not_match_like_pattern_list: a value is unexpected when
      // it matches any of the patterns. By hand: "a%" matches "aaa", "abb"; "%z" matches "xyz".
      ExpectationResult r =
          evaluate(words, "notLike", Map.of("column", "s", "likePatterns", List.of("a%", "%z")));
      assertThat(r.counts()).isEqualTo(new Counts(6, 1, 3));
      assertThat(r.message()).contains("match one of LIKE 'a%', '%z'").contains("'aaa' (row 1)");
    }

    @Test
    void sqlLikeSemanticsWholeValueUnderscoreAndCase() {
      // SQL LIKE (DuckDB docs, pattern matching): the pattern covers the whole value, _ is one
      // character, % any run (also none), case-sensitive.
      InMemoryTable t = column("s", ColumnType.STRING, "ab", "abc", "a", "Ab", "");
      assertThat(failing(t, "like", Map.of("column", "s", "likePatterns", List.of("a_"))))
          .isEqualTo(4); // only "ab"
      assertThat(failing(t, "like", Map.of("column", "s", "likePatterns", List.of("b"))))
          .isEqualTo(5); // no search inside the value, unlike a regex
      assertThat(failing(t, "like", Map.of("column", "s", "likePatterns", List.of("a%"))))
          .isEqualTo(2); // "Ab" and ""
      assertThat(failing(t, "like", Map.of("column", "s", "likePatterns", List.of(""))))
          .isEqualTo(4); // the empty pattern matches only ""
    }

    @Test
    void quotesAndSqlInPatternsAreOnlyText() {
      // Suite files are untrusted: a pattern reaches DuckDB as a quoted literal, never as SQL.
      InMemoryTable t = column("s", ColumnType.STRING, "O'Brien", "x') OR TRUE --", "plain");
      assertThat(failing(t, "like", Map.of("column", "s", "likePatterns", List.of("O'%"))))
          .isEqualTo(2);
      assertThat(
              failing(
                  t,
                  "like",
                  Map.of("column", "s", "likePatterns", List.of("x') OR TRUE --", "%'; DROP"))))
          .isEqualTo(2);
      assertThat(failing(t, "notLike", Map.of("column", "s", "likePatterns", List.of("%'%"))))
          .isEqualTo(2);
    }

    @Test
    void backslashIsLiteralUnlessNamedAsTheEscape() {
      // SQL standard and DuckDB: without an ESCAPE clause no character escapes, so a backslash is
      // itself; with escape "\" a backslash makes the next %, _ or \ literal.
      InMemoryTable t =
          column("s", ColumnType.STRING, "100%", "1000", "100\\x", "a_b", "axb", "a\\");
      assertThat(failing(t, "like", Map.of("column", "s", "likePatterns", List.of("100\\%"))))
          .isEqualTo(5); // only "100\x": backslash literal, % any run
      assertThat(
              failing(
                  t,
                  "like",
                  Map.of("column", "s", "likePatterns", List.of("100\\%"), "escape", "\\")))
          .isEqualTo(5); // only "100%"
      assertThat(
              failing(
                  t, "like", Map.of("column", "s", "likePatterns", List.of("a!_b"), "escape", "!")))
          .isEqualTo(5); // only "a_b", not "axb"
      assertThat(
              failing(
                  t,
                  "like",
                  Map.of("column", "s", "likePatterns", List.of("a\\\\"), "escape", "\\")))
          .isEqualTo(5); // only "a\": the escape escapes itself
      // Observed in DuckDB: before an ordinary character the escape is dropped, "!axb" is "axb".
      assertThat(
              failing(
                  t, "like", Map.of("column", "s", "likePatterns", List.of("!axb"), "escape", "!")))
          .isEqualTo(5);
    }

    @Test
    void nonStringValuesAreJudgedByTheirText() {
      InMemoryTable t = column("n", ColumnType.INTEGER, 42L, 7L, null);
      assertThat(evaluate(t, "like", Map.of("column", "n", "likePatterns", List.of("4%"))).counts())
          .isEqualTo(new Counts(3, 1, 1));
    }

    @Test
    void badEscapesAreRefusedWhenTheSuiteIsRead() {
      InvalidExpectationException lone =
          catchThrowableOfType(
              InvalidExpectationException.class,
              () ->
                  ExpectationSpec.of(
                      "like",
                      Map.of("column", "s", "likePatterns", List.of("ab!"), "escape", "!")));
      assertThat(lone.problems())
          .singleElement()
          .satisfies(
              p -> {
                assertThat(p.key()).isEqualTo("likePatterns");
                assertThat(p.message()).contains("'ab!' ends with the escape character '!'");
              });
      InvalidExpectationException two =
          catchThrowableOfType(
              InvalidExpectationException.class,
              () ->
                  ExpectationSpec.of(
                      "notLike",
                      Map.of("column", "s", "likePatterns", List.of("a"), "escape", "!!")));
      assertThat(two.problems())
          .singleElement()
          .satisfies(p -> assertThat(p.key()).isEqualTo("escape"));
      assertThat(
              catchThrowableOfType(
                      InvalidExpectationException.class,
                      () ->
                          ExpectationSpec.of(
                              "like", Map.of("column", "s", "likePatterns", List.of())))
                  .problems())
          .singleElement()
          .satisfies(p -> assertThat(p.key()).isEqualTo("likePatterns"));
    }
  }
}
