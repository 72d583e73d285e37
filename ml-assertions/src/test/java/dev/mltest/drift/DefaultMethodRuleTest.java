package dev.mltest.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DefaultMethodRuleTest {

  @ParameterizedTest(name = "{0}, {1} rows, {2} distinct -> {3}")
  @CsvSource({
    "NUMERIC,     1000, 6,    ks",
    "NUMERIC,     1000, 5,    chisquare_gof",
    "NUMERIC,     1000, 3,    chisquare_gof",
    "NUMERIC,     1000, 2,    z",
    "NUMERIC,     1,    1,    z",
    "NUMERIC,     1001, 6,    wasserstein",
    "NUMERIC,     1001, 5,    jensenshannon",
    "NUMERIC,     1001, 2,    jensenshannon",
    "CATEGORICAL, 1000, 3,    chisquare_gof",
    "CATEGORICAL, 1000, 2,    z",
    "CATEGORICAL, 1000, 50,   chisquare_gof",
    "CATEGORICAL, 1001, 2,    jensenshannon",
    "CATEGORICAL, 1001, 50,   jensenshannon",
  })
  void followsEvidentlysRule(ColumnKind kind, long rows, long distinct, String expected) {
    assertThat(DefaultMethodRule.choose(kind, rows, distinct))
        .isEqualTo(DriftMethod.fromKey(expected));
  }

  @ParameterizedTest(name = "{0} reference rows")
  @CsvSource({"1000, ks", "1001, wasserstein"})
  void countsReferenceRowsAfterCleaning(int finiteRows, String expected) {
    double[] reference = new double[finiteRows + 10];
    for (int i = 0; i < finiteRows; i++) {
      reference[i] = i;
    }
    Arrays.fill(reference, finiteRows, reference.length, Double.NaN);

    DriftMethod method =
        DefaultMethodRule.choose(
            NumericSample.of(reference), NumericSample.of(new double[] {1, 2, 3}));

    assertThat(method).isEqualTo(DriftMethod.fromKey(expected));
  }

  @ParameterizedTest(name = "union of {0} and {1}")
  @CsvSource({
    "'1,2', '1,2', z",
    "'1,2', '3', chisquare_gof",
    "'1,2,3', '4,5', chisquare_gof",
    "'1,2,3', '4,5,6', ks"
  })
  void countsDistinctValuesOfBothSidesTogether(String reference, String current, String expected) {
    assertThat(DefaultMethodRule.choose(numbers(reference), numbers(current)))
        .isEqualTo(DriftMethod.fromKey(expected));
  }

  private static NumericSample numbers(String csv) {
    return NumericSample.of(
        Arrays.stream(csv.split(",")).mapToDouble(Double::parseDouble).toArray());
  }
}
