package dev.mltest.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

/**
 * Issue #13: the default rule also judges each column's share of missing values, with the same
 * correction across columns and an effect-size floor as its distribution tests.
 */
class MissingnessTest {
  private static final Offset<Double> RELATIVE_1E_12 = within(1e-12);

  /** n values from one normal distribution, the first {@code missing} of them NaN. */
  private static NumericSample sample(int n, int missing, long seed) {
    Random random = new Random(seed);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      values[i] = i < missing ? Double.NaN : random.nextGaussian();
    }
    return NumericSample.of(values);
  }

  private static ColumnVerdict judge(DriftConfig config, NumericSample ref, NumericSample cur) {
    ColumnDriftResult result = ColumnDrift.numeric("income", ref, cur, config);
    return DatasetDriftRule.of(config).judge(List.of(result)).columns().get(0);
  }

  /**
   * Reference values: {@code scipy.stats.chi2_contingency([[20, 980], [300, 700]],
   * correction=False)} (SciPy 1.17.1), whose p-value is the two-sided two-proportion z-test's and
   * whose statistic is z squared.
   */
  @Test
  void theTwoProportionTestAgreesWithScipy() {
    Missingness m =
        Missingness.of(
                new SampleSummary(980, 20, 0, 0, 980, 0),
                new SampleSummary(700, 0, 0, 300, 700, 0),
                0.05,
                0.05)
            .orElseThrow();
    assertThat(m.statistic() * m.statistic() / 291.6666666666667).isCloseTo(1, RELATIVE_1E_12);
    assertThat(m.statistic()).isNegative();
    assertThat(m.pValue() / 2.15480641924873e-65).isCloseTo(1, within(1e-9));
    assertThat(m.referenceShare()).isEqualTo(0.02);
    assertThat(m.currentShare()).isEqualTo(0.3);
    assertThat(m.difference()).isCloseTo(0.28, within(1e-15));
  }

  @Test
  void aPlantedJumpOfTheNullRateIsDriftThoughTheValuesKeepTheirDistribution() {
    ColumnVerdict v = judge(DriftConfig.defaults(), sample(1_000, 20, 1), sample(1_000, 300, 2));
    assertThat(v.result().significant()).as("the values alone").isFalse();
    assertThat(v.missingness()).isNotNull();
    assertThat(v.missingnessDrifted()).isTrue();
    assertThat(v.drifted()).isTrue();
    assertThat(v.judged().drifted()).isTrue();
    assertThat(v.missingness().referenceShare()).isEqualTo(0.02);
    assertThat(v.missingness().currentShare()).isEqualTo(0.3);
  }

  @Test
  void aSignificantButSmallChangeIsNotMaterial() {
    // 2% -> 3% null over 100,000 rows: p ~ 1.6e-46 (SciPy), a difference of 0.01 < 0.05.
    ColumnVerdict v =
        judge(DriftConfig.defaults(), sample(100_000, 2_000, 3), sample(100_000, 3_000, 4));
    assertThat(v.missingness().pValue() / 1.5878577910505088e-46).isCloseTo(1, within(1e-9));
    assertThat(v.missingness().material()).isFalse();
    assertThat(v.missingnessDrifted()).isFalse();
    assertThat(v.drifted()).isFalse();
  }

  @Test
  void anEqualNullRateIsNoDriftAndNoNullsMeansNoTest() {
    ColumnVerdict same =
        judge(DriftConfig.defaults(), sample(2_000, 200, 5), sample(2_000, 200, 6));
    assertThat(same.missingness().pValue()).isEqualTo(1.0);
    assertThat(same.drifted()).isFalse();
    ColumnVerdict none = judge(DriftConfig.defaults(), sample(2_000, 0, 5), sample(2_000, 0, 6));
    assertThat(none.missingness()).isNull();
    assertThat(none.drifted()).isFalse();
  }

  @Test
  void theFloorIsConfigurableAndTheEvidentlyPresetDoesNotJudgeMissingValues() {
    NumericSample ref = sample(100_000, 2_000, 3);
    NumericSample cur = sample(100_000, 3_000, 4);
    DriftConfig lowFloor =
        DriftConfig.defaults().withEffects(new DriftConfig.EffectThresholds(0.05, 0.05, 0.005));
    assertThat(judge(lowFloor, ref, cur).missingnessDrifted()).isTrue();

    ColumnVerdict evidently =
        judge(DriftConfig.evidently(), sample(1_000, 20, 1), sample(1_000, 300, 2));
    assertThat(evidently.missingness()).isNull();
  }

  @Test
  void missingnessTestsJoinTheCorrectionAcrossColumns() {
    // Five columns whose null rate moves from 10% to 13% over 1,000 rows: p ~ 0.035 each alone.
    DriftConfig config =
        DriftConfig.defaults().withEffects(new DriftConfig.EffectThresholds(0.05, 0.05, 0.0));
    List<ColumnDriftResult> results =
        IntStream.range(0, 5)
            .mapToObj(
                i ->
                    ColumnDrift.numeric(
                        "c" + i, sample(1_000, 100, 10 + i), sample(1_000, 130, 20 + i), config))
            .toList();
    DatasetDriftResult dataset = DatasetDriftRule.of(config).judge(results);
    for (ColumnVerdict v : dataset.columns()) {
      Missingness m = v.missingness();
      assertThat(m.pValue()).isBetween(0.01, 0.05);
      // Ten tests in one Benjamini-Hochberg family: five KS tests near 1, five missingness tests.
      assertThat(m.adjustedPValue()).isGreaterThan(m.pValue()).isGreaterThanOrEqualTo(0.05);
      assertThat(v.drifted()).isFalse();
    }
  }
}
