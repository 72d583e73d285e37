package dev.mltest.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The NumPy and Evidently binning details the golden data exercises only in passing. */
class BinningRulesTest {

  @Test
  void sturgesGivesLog2PlusOneBinsExactlyForPowersOfTwo() {
    // 1024 values: log2 = 10, so 11 bins; an inexact log2 would give 12.
    assertThat(SturgesHistogram.edges(0.0, 1.0, 1024)).hasSize(12);
    assertThat(SturgesHistogram.log2(1L << 40)).isEqualTo(40.0);
    assertThat(SturgesHistogram.edges(0.0, 1.0, 1025)).hasSize(13);
  }

  @Test
  void aConstantColumnGetsOneUnitWideBin() {
    assertThat(SturgesHistogram.edges(3.0, 3.0, 50)).containsExactly(2.5, 3.5);
  }

  @Test
  void theLastBinIncludesItsRightEdge() {
    double[] edges = {0.0, 1.0, 2.0};

    assertThat(SturgesHistogram.counts(new double[] {0.0, 0.5, 1.0, 2.0, 2.0}, edges))
        .containsExactly(2, 3);
  }

  @Test
  void aRangeTooWideForADoubleIsAnInputError() {
    assertThatThrownBy(() -> SturgesHistogram.edges(-Double.MAX_VALUE, Double.MAX_VALUE, 10))
        .isInstanceOfSatisfying(
            DriftInputException.class,
            e -> assertThat(e.problem()).isEqualTo(DriftInputException.Problem.UNBINNABLE_VALUES));
  }

  @Test
  void emptyBucketsAreFilledWithEvidentlysSmallShare() {
    assertThat(ShareDistances.fillZeroes(new double[] {0.5, 0.5, 0.0}))
        .containsExactly(0.5, 0.5, 0.0001);
    // When a real share is already that small the fill goes a million times lower.
    assertThat(ShareDistances.fillZeroes(new double[] {0.99995, 0.00005, 0.0}))
        .containsExactly(0.99995, 0.00005, 0.00005 / 1_000_000.0);
  }

  @Test
  void jensenShannonNeedsNoFillAndKlDivergenceIsInfiniteWithoutIt() {
    double[] p = {0.5, 0.5, 0.0};
    double[] q = {0.0, 0.5, 0.5};

    assertThat(ShareDistances.jensenShannon(p, q)).isBetween(0.0, Math.sqrt(Math.log(2)));
    assertThat(ShareDistances.kullbackLeibler(p, q)).isEqualTo(Double.POSITIVE_INFINITY);
  }

  @Test
  void compensatedSumKeepsSmallTermsNextToLargeOnes() {
    CompensatedSum sum = new CompensatedSum();
    sum.add(1e16);
    sum.add(1.0);
    sum.add(-1e16);

    assertThat(sum.value()).isEqualTo(1.0);
  }
}
