package dev.mltest.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The default rule: a test that rejects and an effect that matters, at every sample size. */
class DecisionRuleTest {

  private static NumericSample normal(int n, double shift, long seed) {
    Random random = new Random(seed);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = shift + random.nextGaussian();
    }
    return NumericSample.of(values);
  }

  @Test
  void aSignificantButTrivialShiftAtAMillionRowsIsNotDrift() {
    NumericSample reference = normal(1_000_000, 0, 1);
    NumericSample current = normal(1_000_000, 0.02, 2);

    ColumnDriftResult result = ColumnDrift.numeric("x", reference, current);

    assertThat(result.method()).isEqualTo(DriftMethod.KS);
    assertThat(result.significant()).isTrue();
    assertThat(result.effect().measure()).isEqualTo(EffectSize.Measure.KS_D);
    assertThat(result.effect().value()).isLessThan(0.05);
    assertThat(result.drifted()).isFalse();
  }

  @Test
  void aMaterialShiftAtAMillionRowsIsDrift() {
    ColumnDriftResult result =
        ColumnDrift.numeric("x", normal(1_000_000, 0, 1), normal(1_000_000, 0.2, 2));

    assertThat(result.drifted()).isTrue();
    assertThat(result.effect().value()).isGreaterThan(0.05);
    assertThat(result.describe()).contains("effect size (KS distance D)");
  }

  @Test
  void aLargeLookingButInsignificantDifferenceAtFewRowsIsNotDrift() {
    // Ten values a side: D can be 0.3 by chance alone.
    NumericSample reference = NumericSample.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10});
    NumericSample current = NumericSample.of(new double[] {4, 5, 6, 7, 8, 9, 10, 11, 12, 13});

    ColumnDriftResult result = ColumnDrift.numeric("x", reference, current);

    assertThat(result.effect().material()).isTrue();
    assertThat(result.significant()).isFalse();
    assertThat(result.drifted()).isFalse();
  }

  @Test
  void effectSizeThresholdsAreConfigurable() {
    DriftConfig lenient =
        DriftConfig.defaults().withEffects(new DriftConfig.EffectThresholds(0.5, 0.5));

    ColumnDriftResult result =
        ColumnDrift.numeric("x", normal(5_000, 0, 1), normal(5_000, 0.5, 2), lenient);

    assertThat(result.significant()).isTrue();
    assertThat(result.effect().threshold()).isEqualTo(0.5);
    assertThat(result.drifted()).isFalse();
    assertThatThrownBy(() -> new DriftConfig.EffectThresholds(1.5, 0.1))
        .isInstanceOf(DriftInputException.class)
        .hasMessageContaining("share in [0, 1]");
  }

  @Test
  void evidentlyPresetKeepsEvidentlysRule() {
    ColumnDriftResult result =
        ColumnDrift.numeric(
            "x", normal(2_000, 0, 1), normal(2_000, 0.02, 2), DriftConfig.evidently());

    assertThat(result.method()).isEqualTo(DriftMethod.WASSERSTEIN);
    assertThat(result.effect()).isNull();
    assertThat(DriftConfig.evidently().correction()).isEqualTo(Correction.NONE);
    assertThat(DriftConfig.defaults().correction()).isEqualTo(Correction.BENJAMINI_HOCHBERG);
  }

  @Test
  void categoryMixShiftFromTheIssueIsDetectedAtAMillionRows() {
    // The largest share falls from 20% to 14%, a small one doubles from 5% to 10%.
    CategoricalSample reference = mix(new long[] {200_000, 50_000, 150_000, 150_000, 450_000});
    CategoricalSample current = mix(new long[] {140_000, 100_000, 155_000, 155_000, 450_000});

    ColumnDriftResult result = ColumnDrift.categorical("segment", reference, current);
    ColumnDriftResult evidently =
        ColumnDrift.categorical("segment", reference, current, DriftConfig.evidently());

    assertThat(result.method()).isEqualTo(DriftMethod.CHISQUARE);
    assertThat(result.effect().value()).isCloseTo(0.06, org.assertj.core.data.Offset.offset(1e-9));
    assertThat(result.drifted()).isTrue();
    assertThat(evidently.method()).isEqualTo(DriftMethod.JENSENSHANNON);
    assertThat(evidently.drifted()).isFalse();
  }

  private static CategoricalSample mix(long[] counts) {
    java.util.Map<String, Long> map = new java.util.LinkedHashMap<>();
    for (int i = 0; i < counts.length; i++) {
      map.put("c" + i, counts[i]);
    }
    return CategoricalSample.ofCounts(map);
  }

  @Test
  void theCorrectionAcrossColumnsAppliesBeforeTheDecision() {
    // p = 0.03 alone rejects at 0.05; among ten columns Benjamini-Hochberg makes it 0.3.
    ColumnDriftResult weak = ColumnDrift.numeric("weak", normal(300, 0, 1), normal(300, 0.2, 7));
    assertThat(weak.significant()).isTrue();
    List<ColumnDriftResult> columns = new java.util.ArrayList<>();
    columns.add(weak);
    for (int i = 0; i < 9; i++) {
      columns.add(ColumnDrift.numeric("same" + i, normal(300, 0, 10 + i), normal(300, 0, 20 + i)));
    }

    DatasetDriftResult dataset = DatasetDriftRule.of(DriftConfig.defaults()).judge(columns);

    ColumnVerdict verdict = dataset.columns().get(0);
    assertThat(verdict.adjustedScore()).isGreaterThan(weak.score());
    assertThat(verdict.drifted()).isEqualTo(weak.drifted() && verdict.adjustedScore() <= 0.05);
    assertThat(verdict.judged().drifted()).isEqualTo(verdict.drifted());
  }

  @ParameterizedTest
  @ValueSource(strings = {"chisquare", "chisquare_gof", "z"})
  void categoryTestsRefuseContinuousNumericColumns(String key) {
    NumericSample income = normal(500, 0, 1);

    assertThatThrownBy(
            () ->
                ColumnDrift.numeric("income", income, normal(500, 0, 2), DriftMethod.fromKey(key)))
        .isInstanceOfSatisfying(
            DriftInputException.class,
            e -> assertThat(e.problem()).isEqualTo(DriftInputException.Problem.CONTINUOUS_COLUMN))
        .hasMessageContaining("Column 'income' is numeric with 500 distinct reference values")
        .hasMessageContaining("Use 'ks'");
  }

  @Test
  void wassersteinFloorIsRelativeToTheDataScale() {
    double[] tiny = new double[400];
    double[] shifted = new double[400];
    Random random = new Random(3);
    for (int i = 0; i < tiny.length; i++) {
      tiny[i] = 1e-5 * random.nextGaussian();
      shifted[i] = 1e-5 * (1 + random.nextGaussian());
    }

    ColumnDriftResult result =
        ColumnDrift.numeric(
            "tiny", NumericSample.of(tiny), NumericSample.of(shifted), DriftMethod.WASSERSTEIN);

    // Evidently's absolute floor 0.001 would give about 1e-5 / 1e-3 = 0.01: never drift.
    assertThat(result.score()).isGreaterThan(0.5);
    assertThat(result.drifted()).isTrue();
  }

  @Test
  void aConstantReferenceAgainstAMovedCurrentIsDrift() {
    double[] constant = new double[50];
    Arrays.fill(constant, 7.0);
    double[] moved = new double[50];
    Arrays.fill(moved, 7.5);
    moved[0] = 7.0;

    ColumnDriftResult result =
        ColumnDrift.numeric(
            "c", NumericSample.of(constant), NumericSample.of(moved), DriftMethod.WASSERSTEIN);

    assertThat(result.score()).isFinite().isGreaterThan(0.1);
    assertThat(
            ColumnDrift.numeric(
                    "c",
                    NumericSample.of(constant),
                    NumericSample.of(constant),
                    DriftMethod.WASSERSTEIN)
                .score())
        .isZero();
  }

  @Test
  void noOverflowAt1e300() {
    double[] reference = new double[300];
    double[] current = new double[300];
    Random random = new Random(5);
    for (int i = 0; i < reference.length; i++) {
      reference[i] = 1e300 * (1 + random.nextGaussian() * 0.1);
      current[i] = 1e300 * (1.05 + random.nextGaussian() * 0.1);
    }
    NumericSample ref = NumericSample.of(reference);
    NumericSample cur = NumericSample.of(current);
    double[] scaledRef = Arrays.stream(reference).map(v -> v / 1e300).toArray();
    double[] scaledCur = Arrays.stream(current).map(v -> v / 1e300).toArray();

    for (DriftMethod method :
        List.of(
            DriftMethod.KS,
            DriftMethod.WASSERSTEIN,
            DriftMethod.JENSENSHANNON,
            DriftMethod.PSI,
            DriftMethod.KL_DIV,
            DriftMethod.HELLINGER)) {
      ColumnDriftResult huge = ColumnDrift.numeric("x", ref, cur, method);
      ColumnDriftResult unit =
          ColumnDrift.numeric(
              "x", NumericSample.of(scaledRef), NumericSample.of(scaledCur), method);
      assertThat(huge.score()).as(method.key()).isFinite();
      assertThat(huge.score())
          .as(method.key() + " does not depend on the unit")
          .isCloseTo(unit.score(), org.assertj.core.data.Percentage.withPercentage(1e-6));
    }
  }

  @Test
  void contingencyChiSquarePoolsRareCategoriesAndCountsOneSidedOnes() {
    long[] reference = {500, 480, 2, 1, 0};
    long[] current = {490, 470, 1, 0, 3};

    ContingencyChiSquare.Result result = ContingencyChiSquare.test(reference, current);

    // Two common categories and one bucket for the three rare ones.
    assertThat(result.pooled()).isEqualTo(3);
    assertThat(result.buckets()).isEqualTo(3);
    assertThat(result.pValue()).isBetween(0.0, 1.0);
    assertThat(ContingencyChiSquare.test(new long[] {10}, new long[] {12}).pValue()).isEqualTo(1.0);
    // One-off values (an e-mail per row) pool into one bucket: nothing to compare.
    long[] once = new long[200];
    long[] other = new long[200];
    java.util.Arrays.fill(once, 0, 100, 1);
    java.util.Arrays.fill(other, 100, 200, 1);
    assertThat(ContingencyChiSquare.test(once, other).pValue()).isEqualTo(1.0);
  }
}
