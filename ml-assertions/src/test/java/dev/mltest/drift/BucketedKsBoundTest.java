package dev.mltest.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mltest.data.BucketPlan;
import dev.mltest.data.NumericCounts;
import java.util.Arrays;
import java.util.Locale;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * The K-S bound of columns counted in shared buckets ({@link KsBound}): on generated pairs of
 * several shapes, the D of the buckets never exceeds the raw D, the raw D never exceeds the upper
 * bound, and the upper bound is never above the simple bound D_buckets + the larger side's largest
 * bucket share; and how tight it is.
 */
class BucketedKsBoundTest {
  private static final double EPSILON = 1e-12;

  /** One generated shape; {@code shift} moves the current side. */
  enum Shape {
    NORMAL,
    LOGNORMAL,
    ROUNDED,
    ATOMS,
    UNIFORM_INTEGERS
  }

  static double[] draw(Shape shape, int n, double shift, SplittableRandom random) {
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      double g = random.nextGaussian();
      values[i] =
          switch (shape) {
            case NORMAL -> g + shift;
            case LOGNORMAL -> Math.exp(g + shift);
            case ROUNDED -> Math.round((g + shift) * 20) / 20.0;
            // A third of the rows on three heavy values, the rest continuous.
            case ATOMS -> random.nextInt(3) == 0 ? random.nextInt(3) : g * 2 + shift;
            case UNIFORM_INTEGERS -> random.nextInt(10_000) + Math.round(shift * 3_000);
          };
    }
    return values;
  }

  static NumericCounts.Column exact(double[] values) {
    long[] ones = new long[values.length];
    Arrays.fill(ones, 1);
    return NumericCounts.Column.of(values, ones, 0);
  }

  /** Both sides' proposals merged, as {@link SharedBuckets} plans them. */
  static BucketPlan plan(
      NumericCounts.Column reference, NumericCounts.Column current, int buckets) {
    double[] merged =
        SharedBuckets.merged(
            BucketPlan.quantileBoundaries(reference, Math.max(1, buckets / 2)),
            BucketPlan.quantileBoundaries(current, Math.max(1, buckets / 2)),
            buckets);
    return new BucketPlan(merged, reference.values().length, "exceed a test's limit");
  }

  /** The largest share of one side in one bucket, on either side. */
  static double largestBucketShare(NumericSample reference, NumericSample current) {
    double largest = 0;
    for (NumericSample side : new NumericSample[] {reference, current}) {
      for (int k = 0; k < side.distinctCount(); k++) {
        largest = Math.max(largest, (double) side.countAt(k) / side.size());
      }
    }
    return largest;
  }

  @Test
  void theBoundHoldsInEveryOneOf200RandomCases() {
    SplittableRandom random = new SplittableRandom(17);
    Shape[] shapes = Shape.values();
    double slackSum = 0;
    double worstSlackTimesBuckets = 0;
    for (int c = 0; c < 200; c++) {
      Shape shape = shapes[c % shapes.length];
      int n = 200 + random.nextInt(4_000);
      int m = 200 + random.nextInt(4_000);
      double shift = random.nextInt(3) == 0 ? 0 : random.nextDouble(-0.5, 0.5);
      int buckets = 4 + random.nextInt(300);
      NumericCounts.Column ref = exact(draw(shape, n, 0, random));
      NumericCounts.Column cur = exact(draw(shape, m, shift, random));
      BucketPlan plan = plan(ref, cur, buckets);
      double rawD =
          KolmogorovSmirnov.test(NumericSample.ofCounts(ref), NumericSample.ofCounts(cur))
              .statistic();
      NumericSample bucketedRef = NumericSample.ofCounts(ref.bucketed(plan));
      NumericSample bucketedCur = NumericSample.ofCounts(cur.bucketed(plan));
      KsBound bound = KsBound.of(bucketedRef, bucketedCur);
      double bucketD = KolmogorovSmirnov.test(bucketedRef, bucketedCur).statistic();
      String at = String.format(Locale.ROOT, "case %d (%s, %d buckets)", c, shape, buckets);

      assertThat(plan.boundaries().length).as(at).isLessThanOrEqualTo(buckets);
      assertThat(bound.lower())
          .as(at)
          .isCloseTo(bucketD, org.assertj.core.data.Offset.offset(1e-9));
      assertThat(bound.lower()).as(at + ": lower <= D").isLessThanOrEqualTo(rawD + EPSILON);
      assertThat(rawD).as(at + ": D <= upper").isLessThanOrEqualTo(bound.upper() + EPSILON);
      assertThat(bound.upper())
          .as(at + ": upper <= lower + largest bucket share")
          .isLessThanOrEqualTo(
              bound.lower() + largestBucketShare(bucketedRef, bucketedCur) + EPSILON);
      slackSum += bound.slack();
      worstSlackTimesBuckets = Math.max(worstSlackTimesBuckets, bound.slack() * buckets);
    }
    // Tightness (measured: mean slack 0.0166 over K = 4..303, worst 1.93 / K): about two buckets'
    // worth of rows (1/K each) at worst, heavy single values aside,
    // which sit on boundaries and cost nothing.
    assertThat(slackSum / 200).isLessThan(0.02);
    assertThat(worstSlackTimesBuckets).isLessThan(3.0);
  }

  @Test
  void rawValuesGiveNoSlack() {
    SplittableRandom random = new SplittableRandom(3);
    NumericSample ref = NumericSample.ofCounts(exact(draw(Shape.NORMAL, 500, 0, random)));
    NumericSample cur = NumericSample.ofCounts(exact(draw(Shape.NORMAL, 700, 0.3, random)));
    KsBound bound = KsBound.of(ref, cur);
    assertThat(bound.lower()).isEqualTo(KolmogorovSmirnov.test(ref, cur).statistic());
    assertThat(bound.slack()).isZero();
  }

  @Test
  void aValueOnABoundaryIsNotInterior() {
    NumericCounts.Column column =
        NumericCounts.Column.of(new double[] {1, 2, 3, 7, 12}, new long[] {1, 2, 3, 4, 5}, 1);
    NumericCounts.Column bucketed = column.bucketed(new BucketPlan(new double[] {3, 10}, 5, "t"));
    assertThat(bucketed.values()).containsExactly(3, 10, 12);
    assertThat(bucketed.counts()).containsExactly(6, 4, 5);
    assertThat(bucketed.bucketing()).isNotNull();
    assertThat(bucketed.bucketing().interior()).containsExactly(3, 4, 0);
    assertThat(bucketed.nulls()).isEqualTo(1);
  }

  @Test
  void theBoundaryProposalEndsAtTheLargestFiniteValue() {
    NumericCounts.Column column =
        NumericCounts.Column.of(
            new double[] {Double.NEGATIVE_INFINITY, 1, 2, 3, 4, Double.NaN},
            new long[] {1, 1, 1, 1, 1, 1},
            0);
    assertThat(BucketPlan.quantileBoundaries(column, 2)).containsExactly(2, 4);
    assertThat(BucketPlan.quantileBoundaries(column, 1)).containsExactly(4);
    assertThat(SharedBuckets.merged(new double[] {1, 2, 3, 4, 5}, new double[] {6}, 3))
        .containsExactly(2, 4, 6);
  }

  @Test
  void aBoundNeedsBothSides() {
    NumericSample empty = NumericSample.of(new double[0]);
    NumericSample one = NumericSample.of(new double[] {1});
    assertThatThrownBy(() -> KsBound.of(empty, one)).isInstanceOf(IllegalArgumentException.class);
  }
}
