package dev.mltest.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DriftMethodTest {

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "ks,            P_VALUE,  LESS_OR_EQUAL,    0.05, true,  false",
    "chisquare,     P_VALUE,  LESS_THAN,        0.05, true,  true",
    "z,             P_VALUE,  LESS_THAN,        0.05, true,  true",
    "wasserstein,   DISTANCE, GREATER_OR_EQUAL, 0.1,  true,  false",
    "jensenshannon, DISTANCE, GREATER_OR_EQUAL, 0.1,  true,  true",
    "psi,           DISTANCE, GREATER_OR_EQUAL, 0.1,  true,  true",
    "kl_div,        DISTANCE, GREATER_OR_EQUAL, 0.1,  true,  true",
    "l_infinity,    DISTANCE, GREATER_THAN,     0.1,  false, true",
    "hellinger,     DISTANCE, GREATER_OR_EQUAL, 0.1,  true,  true",
  })
  void carriesEvidentlysDefaults(
      String key,
      ScoreKind scoreKind,
      Comparison comparison,
      double threshold,
      boolean numeric,
      boolean categorical) {
    DriftMethod method = DriftMethod.fromKey(key);

    assertThat(method.key()).isEqualTo(key);
    assertThat(method.scoreKind()).isEqualTo(scoreKind);
    assertThat(method.comparison()).isEqualTo(comparison);
    assertThat(method.defaultThreshold()).isEqualTo(threshold);
    assertThat(method.supports(ColumnKind.NUMERIC)).isEqualTo(numeric);
    assertThat(method.supports(ColumnKind.CATEGORICAL)).isEqualTo(categorical);
  }

  @Test
  void aScoreOnTheThresholdIsJudgedAsEvidentlyJudgesIt() {
    assertThat(DriftMethod.KS.isDrift(0.05, 0.05)).isTrue();
    assertThat(DriftMethod.CHISQUARE.isDrift(0.05, 0.05)).isFalse();
    assertThat(DriftMethod.Z.isDrift(0.049, 0.05)).isTrue();
    assertThat(DriftMethod.WASSERSTEIN.isDrift(0.1, 0.1)).isTrue();
    assertThat(DriftMethod.L_INFINITY.isDrift(0.1, 0.1)).isFalse();
    assertThat(DriftMethod.PSI.isDrift(Double.NaN, 0.1)).isFalse();
  }

  @Test
  void listsEveryKey() {
    assertThat(DriftMethod.keys())
        .containsExactly(
            "ks",
            "chisquare",
            "chisquare_gof",
            "z",
            "wasserstein",
            "jensenshannon",
            "psi",
            "kl_div",
            "l_infinity",
            "hellinger");
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "kss,          ks",
    "KS,           ks",
    "wasserstien,  wasserstein",
    "wasserstein_distance, wasserstein",
    "chi2,         chisquare",
    "chi,          chisquare",
    "js,           jensenshannon",
    "kl,           kl_div",
    "linf,         l_infinity",
    "helinger,     hellinger",
  })
  void unknownKeySuggestsTheNearestOne(String typo, String suggestion) {
    assertThatThrownBy(() -> DriftMethod.fromKey(typo))
        .isInstanceOfSatisfying(
            DriftInputException.class,
            e -> assertThat(e.problem()).isEqualTo(DriftInputException.Problem.UNKNOWN_METHOD))
        .hasMessageStartingWith(
            "Unknown drift method '" + typo + "'. Did you mean '" + suggestion + "'?")
        .hasMessageEndingWith(
            "Valid values: ks, chisquare, chisquare_gof, z, wasserstein, jensenshannon, psi, kl_div, l_infinity,"
                + " hellinger.");
  }

  @Test
  void unknownKeyFarFromEveryKeySuggestsNothing() {
    assertThatThrownBy(() -> DriftMethod.fromKey("anderson"))
        .hasMessageStartingWith("Unknown drift method 'anderson'. Valid values: ks,");
  }

  @Test
  void correctionKeysAreParsedWithSuggestions() {
    assertThat(Correction.fromKey("fdr")).isEqualTo(Correction.BENJAMINI_HOCHBERG);
    assertThat(Correction.keys()).containsExactly("none", "bonferroni", "fdr");
    assertThatThrownBy(() -> Correction.fromKey("bh"))
        .isInstanceOfSatisfying(
            DriftInputException.class,
            e -> assertThat(e.problem()).isEqualTo(DriftInputException.Problem.UNKNOWN_CORRECTION))
        .hasMessageContaining("Did you mean 'fdr'?");
    assertThatThrownBy(() -> Correction.fromKey("bonferonni"))
        .hasMessageContaining("Did you mean 'bonferroni'?");
  }

  @Test
  void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
    assertThat(KeySuggestion.editDistance("kitten", "sitting")).isEqualTo(3);
    assertThat(KeySuggestion.editDistance("", "ks")).isEqualTo(2);
    assertThat(KeySuggestion.editDistance("psi", "psi")).isZero();
  }
}
