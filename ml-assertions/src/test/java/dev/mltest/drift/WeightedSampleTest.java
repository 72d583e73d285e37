package dev.mltest.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mltest.data.NumericCounts;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.apache.commons.statistics.inference.KolmogorovSmirnovTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A sample built from distinct values with counts (as backends count them) gives the same
 * statistics, to the last bit, as the same values one by one; and the statistics over weighted
 * values agree with straightforward computations over the expanded arrays (the way they were
 * computed before backends counted values).
 */
class WeightedSampleTest {

  /**
   * Many ties: few distinct values, a long tail of singletons, zeros of both signs, dropped values.
   */
  private static double[] tiedData(int n, int levels, double shift, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double[] values = new double[n];
    for (int i = 0; i < n; i++) {
      int kind = random.nextInt(100);
      values[i] =
          kind < 2
              ? Double.NaN
              : kind < 3
                  ? Double.POSITIVE_INFINITY
                  : kind < 5
                      ? -0.0
                      : kind < 90 ? random.nextInt(levels) + shift : random.nextGaussian() * 10;
    }
    return values;
  }

  private static NumericSample weighted(double[] raw) {
    TreeMap<Double, Long> counts = new TreeMap<>();
    for (double value : raw) {
      counts.merge(value, 1L, Long::sum);
    }
    // Handed over in descending order, to exercise the sort as well as the merge of 0.0 and -0.0.
    double[] values = new double[counts.size()];
    long[] weights = new long[counts.size()];
    int i = counts.size();
    for (var entry : counts.entrySet()) {
      i--;
      values[i] = entry.getKey();
      weights[i] = entry.getValue();
    }
    return NumericSample.ofCounts(values, weights, 7);
  }

  @ParameterizedTest
  @EnumSource(DriftMethod.class)
  void everyMethodGivesTheSameResultOnWeightedAndExpandedValues(DriftMethod method) {
    if (!method.supports(ColumnKind.NUMERIC)) {
      return;
    }
    for (int[] shape :
        new int[][] {{300, 5}, {5_000, 15}, {5_000, 40}, {30_000, 25}, {30_000, 3_000}}) {
      double[] reference = tiedData(shape[0], shape[1], 0, 1);
      double[] current = tiedData(shape[0] * 2 / 3, shape[1], 1, 2);
      NumericSample expandedRef = NumericSample.ofNullable(boxedWithNulls(reference, 7));
      NumericSample expandedCur = NumericSample.ofNullable(boxedWithNulls(current, 7));
      Object expanded = outcome(expandedRef, expandedCur, method);
      Object fromCounts = outcome(weighted(reference), weighted(current), method);
      assertThat(fromCounts).as("%s on %s", method, Arrays.toString(shape)).isEqualTo(expanded);
    }
  }

  /** The result, or the message of the refusal (category methods refuse many distinct values). */
  private static Object outcome(
      NumericSample reference, NumericSample current, DriftMethod method) {
    try {
      return ColumnDrift.numeric("x", reference, current, method);
    } catch (DriftInputException e) {
      return e.getMessage();
    }
  }

  @Test
  void theSampleItselfIsTheSame() {
    double[] raw = tiedData(10_000, 12, 0, 3);
    NumericSample expanded = NumericSample.ofNullable(boxedWithNulls(raw, 7));
    NumericSample fromCounts = weighted(raw);
    assertThat(fromCounts.summary()).isEqualTo(expanded.summary());
    assertThat(fromCounts.toSortedArray()).isEqualTo(expanded.toSortedArray());
    assertThat(fromCounts.summary().tiedValues()).isGreaterThan(8_000);
    double[] kept = expanded.toSortedArray();
    assertThat(fromCounts.valueAtRank(kept.length / 2)).isEqualTo(kept[kept.length / 2]);
  }

  @ParameterizedTest
  @ValueSource(ints = {400, 9_000, 20_000})
  void ksMatchesCommonsStatisticsOnTheExpandedValues(int n) {
    double[] reference = finite(tiedData(n, 30, 0, 4));
    double[] current = finite(tiedData(n + 17, 30, 0.0, 5));
    KolmogorovSmirnov.Result ks = KolmogorovSmirnov.test(weighted(reference), weighted(current));
    PValueMethod how =
        Math.max(reference.length, current.length) <= KolmogorovSmirnov.MAX_EXACT_SIZE
            ? PValueMethod.EXACT
            : PValueMethod.ASYMPTOTIC;
    KolmogorovSmirnovTest.TwoResult expected =
        KolmogorovSmirnovTest.withDefaults().with(how).test(reference, current);
    assertThat(ks.statistic()).isEqualTo(expected.getStatistic());
    assertThat(ks.pValue()).isEqualTo(expected.getPValue());
    assertThat(ks.tiesMatter()).isEqualTo(expected.hasSignificantTies());
  }

  @Test
  void wassersteinMatchesTheExpandedComputation() {
    double[] reference = finite(tiedData(20_000, 50, 0, 6));
    double[] current = finite(tiedData(15_000, 50, 2, 7));
    assertThat(WassersteinDistance.normed(weighted(reference), weighted(current)))
        .isEqualTo(ExpandedWasserstein.normed(sorted(reference), sorted(current)));
  }

  @Test
  void histogramCountsMatchCountingEveryValue() {
    double[] raw = finite(tiedData(20_000, 50, 0, 8));
    NumericSample sample = weighted(raw);
    double[] edges = SturgesHistogram.edges(sample.min(), sample.max(), sample.size());
    long[] expected = new long[edges.length - 1];
    for (double value : raw) {
      for (int b = 0; b < expected.length; b++) {
        boolean last = b == expected.length - 1;
        if (value >= edges[b] && (value < edges[b + 1] || (last && value == edges[b + 1]))) {
          expected[b]++;
          break;
        }
      }
    }
    assertThat(SturgesHistogram.counts(sample, edges)).containsExactly(expected);
  }

  @Test
  void countsMustBePositiveAndArraysAlike() {
    assertThatThrownBy(() -> NumericSample.ofCounts(new double[] {1}, new long[] {0}, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not positive");
    assertThatThrownBy(() -> NumericSample.ofCounts(new double[] {1, 2}, new long[] {1}, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2 values but 1 counts");
    assertThatThrownBy(
            () -> NumericSample.ofCounts(new double[] {1, 2}, new long[] {Integer.MAX_VALUE, 1}, 0))
        .hasMessageContaining("at most 2,147,483,647 values");
    assertThatThrownBy(() -> new NumericCounts.Column(new double[] {2, 1}, new long[] {1, 1}, 0))
        .hasMessageContaining("distinct, ascending");
  }

  private static Double[] boxedWithNulls(double[] values, int nulls) {
    Double[] boxed = new Double[values.length + nulls];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return boxed;
  }

  private static double[] finite(double[] values) {
    return Arrays.stream(values).filter(Double::isFinite).map(v -> v + 0.0).toArray();
  }

  private static double[] sorted(double[] values) {
    double[] copy = values.clone();
    Arrays.sort(copy);
    return copy;
  }

  /** The normed Wasserstein distance as computed before, value by value over sorted arrays. */
  private static final class ExpandedWasserstein {
    static double normed(double[] u, double[] v) {
      double distance = distance(u, v);
      if (distance == 0) {
        return 0.0;
      }
      return distance
          / Math.max(
              deviation(u, new double[0]),
              WassersteinDistance.MIN_RELATIVE_SCALE * deviation(u, v));
    }

    static double distance(double[] u, double[] v) {
      CompensatedSum area = new CompensatedSum();
      int i = 0;
      int j = 0;
      double previous = Math.min(u[0], v[0]);
      while (i < u.length || j < v.length) {
        double value = j == v.length || (i < u.length && u[i] <= v[j]) ? u[i] : v[j];
        area.add(Math.abs((double) i / u.length - (double) j / v.length) * (value - previous));
        while (i < u.length && u[i] == value) {
          i++;
        }
        while (j < v.length && v[j] == value) {
          j++;
        }
        previous = value;
      }
      return area.value();
    }

    static double deviation(double[] u, double[] v) {
      CompensatedSum sum = new CompensatedSum();
      Arrays.stream(u).forEach(sum::add);
      Arrays.stream(v).forEach(sum::add);
      double count = (double) u.length + v.length;
      double mean = sum.value() / count;
      CompensatedSum squares = new CompensatedSum();
      Arrays.stream(u).forEach(x -> squares.add((x - mean) * (x - mean)));
      Arrays.stream(v).forEach(x -> squares.add((x - mean) * (x - mean)));
      return Math.sqrt(squares.value() / count);
    }
  }
}
