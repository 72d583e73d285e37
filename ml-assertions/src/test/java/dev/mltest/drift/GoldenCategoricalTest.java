package dev.mltest.drift;

import static dev.mltest.drift.RelativeError.assertClose;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every categorical method against the SciPy/NumPy values of generate_golden.py. */
class GoldenCategoricalTest {
  private static final double STATISTIC = 1e-9;
  private static final double P_VALUE = 1e-6;
  private static final GoldenValues GOLDEN = GoldenValues.get();

  static Stream<String> cases() {
    return GOLDEN.cases("categorical").stream();
  }

  private static CategoricalSample reference(String name) {
    return CategoricalSample.of(GOLDEN.categoricalReference(name));
  }

  private static CategoricalSample current(String name) {
    return CategoricalSample.of(GOLDEN.categoricalCurrent(name));
  }

  private static ColumnDriftResult drift(String name, DriftMethod method) {
    return ColumnDrift.categorical(name, reference(name), current(name), method);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void cleaningDropsAndCountsNulls(String name) {
    assertThat(reference(name).summary().droppedNull())
        .isEqualTo(GOLDEN.integer(name, "cleaning", "reference_null"));
    assertThat(current(name).summary().droppedNull())
        .isEqualTo(GOLDEN.integer(name, "cleaning", "current_null"));
    assertThat(reference(name).size())
        .isEqualTo(GOLDEN.integer(name, "cleaning", "reference_size"));
    assertThat(current(name).size()).isEqualTo(GOLDEN.integer(name, "cleaning", "current_size"));
  }

  @ParameterizedTest
  @MethodSource("cases")
  void defaultRuleAndEvidentlyPresetChooseTheirMethods(String name) {
    DriftMethod expected = DriftMethod.fromKey(GOLDEN.text(name, "default", "method"));
    DriftMethod evidently = DriftMethod.fromKey(GOLDEN.text(name, "evidently", "method"));

    ColumnDriftResult result = ColumnDrift.categorical(name, reference(name), current(name));

    assertThat(result.method()).isEqualTo(expected);
    assertThat(result.effect().measure()).isEqualTo(EffectSize.Measure.TOTAL_VARIATION);
    assertClose(name, result.effect().value(), GOLDEN.number(name, "tvd", "score"), STATISTIC);
    assertThat(DefaultMethodRule.choose(reference(name), current(name))).isEqualTo(evidently);
    assertThat(
            ColumnDrift.categorical(name, reference(name), current(name), DriftConfig.evidently())
                .method())
        .isEqualTo(evidently);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void goodnessOfFitMatchesScipyChisquare(String name) {
    ColumnDriftResult result = drift(name, DriftMethod.CHISQUARE_GOF);
    double expectedP = GOLDEN.number(name, "chisquare_gof", "pvalue");

    assertClose(
        name, result.statistic(), GOLDEN.number(name, "chisquare_gof", "statistic"), STATISTIC);
    if (Double.isNaN(expectedP)) {
      assertThat(result.score()).isEqualTo(1.0);
    } else {
      assertClose(name, result.score(), expectedP, P_VALUE);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void contingencyChiSquareMatchesScipyChi2Contingency(String name) {
    ColumnDriftResult result = drift(name, DriftMethod.CHISQUARE);
    double expectedP = GOLDEN.number(name, "chisquare", "pvalue");

    assertClose(name, result.statistic(), GOLDEN.number(name, "chisquare", "statistic"), STATISTIC);
    if (Double.isNaN(expectedP)) {
      // One category on both sides: SciPy has no degree of freedom and says NaN; no drift here.
      assertThat(result.score()).isEqualTo(1.0);
    } else {
      assertClose(name, result.score(), expectedP, P_VALUE);
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void zTestMatchesScipy(String name) {
    ColumnDriftResult result = drift(name, DriftMethod.Z);

    assertClose(name, result.statistic(), GOLDEN.number(name, "z", "statistic"), STATISTIC, 1e-15);
    assertClose(name, result.score(), GOLDEN.number(name, "z", "pvalue"), P_VALUE);
    boolean evidentlyDecision = GOLDEN.number(name, "z", "pvalue_evidently") < 0.05;
    assertThat(result.drifted()).isEqualTo(evidentlyDecision);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void binnedDistancesMatchScipy(String name) {
    for (DriftMethod method :
        List.of(DriftMethod.JENSENSHANNON, DriftMethod.PSI, DriftMethod.KL_DIV)) {
      String key = method.key();
      ColumnDriftResult result = drift(name, method);

      assertClose(
          name + " " + key, result.score(), GOLDEN.number(name, key, "score"), STATISTIC, 1e-15);
      assertThat(result.binning())
          .isEqualTo(
              new Binning.Values(
                  GOLDEN.strings(name, key, "values"),
                  boxed(GOLDEN.integers(name, key, "reference_counts")),
                  boxed(GOLDEN.integers(name, key, "current_counts"))));
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void hellingerAndLInfinityMatch(String name) {
    assertClose(
        name,
        drift(name, DriftMethod.HELLINGER).score(),
        GOLDEN.number(name, "hellinger", "score"),
        STATISTIC,
        3e-8);
    assertClose(
        name,
        drift(name, DriftMethod.L_INFINITY).score(),
        GOLDEN.number(name, "l_infinity", "score"),
        STATISTIC,
        1e-15);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void newCategoriesAreNamedAndCounted(String name) {
    List<String> expected = GOLDEN.strings(name, "new_categories", "names");

    ReferenceCoverage.NewCategories fresh =
        ReferenceCoverage.newCategories(reference(name), current(name));

    assertThat(fresh.categories()).isEqualTo(expected);
    assertThat(fresh.count()).isEqualTo(GOLDEN.integer(name, "new_categories", "count"));
    assertThat(fresh.share()).isEqualTo(GOLDEN.number(name, "new_categories", "share"));
    assertThat(drift(name, DriftMethod.CHISQUARE).newCategories()).isEqualTo(expected);
  }

  private static List<Long> boxed(long[] values) {
    return Arrays.stream(values).boxed().toList();
  }
}
