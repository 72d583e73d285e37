package dev.mltest.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class NumericSampleTest {

  @Test
  void dropsAndCountsNanAndBothInfinities() {
    NumericSample sample =
        NumericSample.of(
            new double[] {
              3.0, Double.NaN, Double.POSITIVE_INFINITY, 1.0, Double.NEGATIVE_INFINITY, Double.NaN
            });

    assertThat(sample.toSortedArray()).containsExactly(1.0, 3.0);
    assertThat(sample.droppedNaN()).isEqualTo(2);
    assertThat(sample.droppedInfinite()).isEqualTo(2);
    assertThat(sample.summary().dropped()).isEqualTo(4);
  }

  @Test
  void negativeZeroBecomesZeroAndTiesWithIt() {
    NumericSample sample = NumericSample.of(new double[] {-0.0, 0.0, -0.0, 2.0});

    assertThat(sample.toSortedArray()).containsExactly(0.0, 0.0, 0.0, 2.0);
    assertThat(Double.doubleToRawLongBits(sample.min())).isEqualTo(Double.doubleToRawLongBits(0.0));
    assertThat(sample.distinctCount()).isEqualTo(2);
    assertThat(sample.tiedValueCount()).isEqualTo(3);
  }

  @Test
  void countsTiedValuesAndDistinctValues() {
    NumericSample sample = NumericSample.of(new double[] {5, 1, 5, 2, 5, 1, 3});

    assertThat(sample.distinctCount()).isEqualTo(4);
    assertThat(sample.tiedValueCount()).isEqualTo(5);
    assertThat(sample.summary().hasTies()).isTrue();
    assertThat(NumericSample.of(new double[] {1, 2, 3}).summary().hasTies()).isFalse();
  }

  @Test
  void sortsWithoutTouchingTheInput() {
    double[] raw = {3.0, -1.0, 2.0};

    NumericSample sample = NumericSample.of(raw);

    assertThat(raw).containsExactly(3.0, -1.0, 2.0);
    assertThat(sample.toSortedArray()).containsExactly(-1.0, 2.0, 3.0);
    assertThat(sample.min()).isEqualTo(-1.0);
    assertThat(sample.max()).isEqualTo(3.0);
  }

  @Test
  void nullsFromSqlAreCountedApartFromNan() {
    NumericSample sample =
        NumericSample.ofNullable(new Double[] {1.0, null, Double.NaN, null, 2.0});

    assertThat(sample.size()).isEqualTo(2);
    assertThat(sample.droppedNull()).isEqualTo(2);
    assertThat(sample.droppedNaN()).isEqualTo(1);
  }

  @Test
  void aSampleOfOnlyMissingValuesIsEmptyNotAnError() {
    NumericSample sample = NumericSample.of(new double[] {Double.NaN, Double.POSITIVE_INFINITY});

    assertThat(sample.isEmpty()).isTrue();
    assertThat(sample.summary().size()).isZero();
    assertThatThrownBy(sample::min).isInstanceOf(IllegalStateException.class);
  }
}
