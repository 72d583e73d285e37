package dev.mltest.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ColumnDriftTest {
  private static final NumericSample SOME_NUMBERS = NumericSample.of(new double[] {1, 2, 3, 4});
  private static final NumericSample ONLY_MISSING =
      NumericSample.of(new double[] {Double.NaN, Double.NaN, Double.POSITIVE_INFINITY});
  private static final CategoricalSample SOME_LABELS =
      CategoricalSample.of(new String[] {"a", "b"});

  @Test
  void anEmptyReferenceIsAnErrorNeverAPass() {
    assertThatThrownBy(() -> ColumnDrift.numeric("age", ONLY_MISSING, SOME_NUMBERS))
        .isInstanceOfSatisfying(
            DriftInputException.class,
            e -> assertThat(e.problem()).isEqualTo(DriftInputException.Problem.EMPTY_REFERENCE))
        .hasMessage(
            "Column 'age' has no reference values after cleaning (dropped 2 NaN, 1 infinite, 0"
                + " null); drift cannot be judged without data on both sides.");
  }

  @Test
  void anEmptyCurrentSideIsAnErrorForEveryMethod() {
    for (DriftMethod method : DriftMethod.values()) {
      if (method.supports(ColumnKind.NUMERIC)) {
        assertThatThrownBy(() -> ColumnDrift.numeric("age", SOME_NUMBERS, ONLY_MISSING, method))
            .isInstanceOfSatisfying(
                DriftInputException.class,
                e -> assertThat(e.problem()).isEqualTo(DriftInputException.Problem.EMPTY_CURRENT));
      }
    }
    CategoricalSample allNull = CategoricalSample.of(new String[] {null, null});
    assertThatThrownBy(() -> ColumnDrift.categorical("city", SOME_LABELS, allNull))
        .hasMessageContaining("no current values")
        .hasMessageContaining("2 null");
  }

  @Test
  void aMethodOnTheWrongColumnKindIsNamedInTheError() {
    assertThatThrownBy(
            () -> ColumnDrift.numeric("age", SOME_NUMBERS, SOME_NUMBERS, DriftMethod.L_INFINITY))
        .isInstanceOfSatisfying(
            DriftInputException.class,
            e ->
                assertThat(e.problem())
                    .isEqualTo(DriftInputException.Problem.UNSUPPORTED_COLUMN_KIND))
        .hasMessage(
            "Column 'age' is numeric, but drift method 'l_infinity' supports only categorical"
                + " columns.");
    assertThatThrownBy(
            () -> ColumnDrift.categorical("city", SOME_LABELS, SOME_LABELS, DriftMethod.KS))
        .hasMessageContaining("supports only numeric columns");
  }

  @ParameterizedTest
  @ValueSource(doubles = {-0.01, 1.5, Double.NaN, Double.POSITIVE_INFINITY})
  void aPValueThresholdOutsideZeroOneIsRejected(double threshold) {
    assertThatThrownBy(
            () -> ColumnDrift.numeric("age", SOME_NUMBERS, SOME_NUMBERS, DriftMethod.KS, threshold))
        .isInstanceOfSatisfying(
            DriftInputException.class,
            e -> assertThat(e.problem()).isEqualTo(DriftInputException.Problem.INVALID_THRESHOLD))
        .hasMessageContaining("must be a p-value in [0, 1]");
  }

  @Test
  void aDistanceThresholdMayExceedOne() {
    ColumnDriftResult result =
        ColumnDrift.numeric("age", SOME_NUMBERS, SOME_NUMBERS, DriftMethod.WASSERSTEIN, 2.5);

    assertThat(result.threshold()).isEqualTo(2.5);
    assertThat(result.drifted()).isFalse();
  }

  @Test
  void aCategoryMissingFromTheReferenceGivesInfiniteGoodnessOfFitChiSquareAndNamesIt() {
    CategoricalSample reference = CategoricalSample.of(new String[] {"a", "a", "b", "c"});
    CategoricalSample current = CategoricalSample.of(new String[] {"a", "b", "d", "e", "d"});

    ColumnDriftResult result =
        ColumnDrift.categorical("city", reference, current, DriftMethod.CHISQUARE_GOF);

    assertThat(result.statistic()).isEqualTo(Double.POSITIVE_INFINITY);
    assertThat(result.score()).isZero();
    assertThat(result.drifted()).isTrue();
    assertThat(result.newCategories()).containsExactly("d", "e");
    assertThat(result.binning())
        .isEqualTo(
            new Binning.Values(
                List.of("a", "b", "c", "d", "e"),
                List.of(2L, 1L, 1L, 0L, 0L),
                List.of(1L, 1L, 0L, 2L, 1L)));
  }

  @Test
  void aResultCarriesEverythingAReportShows() {
    NumericSample reference = NumericSample.of(new double[] {1, 2, 2, 3, Double.NaN});
    NumericSample current = NumericSample.of(new double[] {2, 3, 4, Double.NEGATIVE_INFINITY});

    ColumnDriftResult result = ColumnDrift.numeric("age", reference, current, DriftMethod.KS);

    assertThat(result.column()).isEqualTo("age");
    assertThat(result.kind()).isEqualTo(ColumnKind.NUMERIC);
    assertThat(result.scoreKind()).isEqualTo(ScoreKind.P_VALUE);
    assertThat(result.comparison()).isEqualTo(Comparison.LESS_OR_EQUAL);
    assertThat(result.pValueComputation()).isEqualTo(PValueComputation.EXACT);
    assertThat(result.reference()).isEqualTo(new SampleSummary(4, 1, 0, 0, 3, 2));
    assertThat(result.current()).isEqualTo(new SampleSummary(3, 0, 1, 0, 3, 0));
    assertThat(result.ties()).isEqualTo(new Ties(2, 0, 2, true));
    assertThat(result.binning()).isEqualTo(new Binning.None());
    assertThat(result.describe())
        .startsWith("Drift score is ")
        .endsWith(
            "The drift detection method is K-S p_value. The drift threshold is 0.05 (drift if score"
                + " <= threshold).");
  }

  @Test
  void numericColumnsWithFewValuesAreComparedValueByValue() {
    NumericSample reference = NumericSample.of(new double[] {0, 0, 1, 1, 1});
    NumericSample current = NumericSample.of(new double[] {0, 1, 2});

    ColumnDriftResult result = ColumnDrift.numeric("flag", reference, current, DriftMethod.PSI);

    assertThat(result.binning())
        .isEqualTo(
            new Binning.Values(
                List.of("0.0", "1.0", "2.0"), List.of(2L, 3L, 0L), List.of(1L, 1L, 1L)));
    assertThat(result.newCategories()).containsExactly("2.0");
  }

  @Test
  void identicalSamplesShowNoDriftWithAnyMethod() {
    for (DriftMethod method : DriftMethod.values()) {
      ColumnDriftResult result =
          method.supports(ColumnKind.NUMERIC)
              ? ColumnDrift.numeric("x", SOME_NUMBERS, SOME_NUMBERS, method)
              : ColumnDrift.categorical("x", SOME_LABELS, SOME_LABELS, method);

      assertThat(result.drifted()).as(method.key()).isFalse();
      assertThat(result.score())
          .as(method.key())
          .isEqualTo(method.scoreKind() == ScoreKind.P_VALUE ? 1.0 : 0.0);
    }
  }

  @Test
  void oneValueOnEachSideIsEnoughForKs() {
    ColumnDriftResult result =
        ColumnDrift.numeric(
            "x",
            NumericSample.of(new double[] {1}),
            NumericSample.of(new double[] {2}),
            DriftMethod.KS);

    // SciPy: ks_2samp([1], [2]) gives D = 1, p = 1.
    assertThat(result.statistic()).isEqualTo(1.0);
    assertThat(result.score()).isEqualTo(1.0);
  }
}
