package dev.mltest.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ReferenceCoverageTest {

  @Test
  void valuesOnTheReferenceBoundsAreInside() {
    NumericSample reference = NumericSample.of(new double[] {1, 5, 3});
    NumericSample current = NumericSample.of(new double[] {0.5, 1, 5, 5.01, 3, Double.NaN});

    ReferenceCoverage.OutOfRange range = ReferenceCoverage.outOfReferenceRange(reference, current);

    assertThat(range).isEqualTo(new ReferenceCoverage.OutOfRange(2, 5, 0.4, 1, 5));
  }

  @Test
  void newCategoriesAreNamedAndWeighedByTheirCurrentCount() {
    CategoricalSample reference = CategoricalSample.of(new String[] {"a", "b"});
    CategoricalSample current = CategoricalSample.of(new String[] {"a", "z", "z", "c", null});

    ReferenceCoverage.NewCategories fresh = ReferenceCoverage.newCategories(reference, current);

    assertThat(fresh.categories()).containsExactly("c", "z");
    assertThat(fresh.count()).isEqualTo(3);
    assertThat(fresh.share()).isEqualTo(0.75);
  }

  @Test
  void anEmptySideIsAnError() {
    NumericSample empty = NumericSample.of(new double[] {Double.NaN});
    NumericSample some = NumericSample.of(new double[] {1});

    assertThatThrownBy(() -> ReferenceCoverage.outOfReferenceRange(empty, some))
        .isInstanceOfSatisfying(
            DriftInputException.class,
            e -> assertThat(e.problem()).isEqualTo(DriftInputException.Problem.EMPTY_REFERENCE));
    assertThatThrownBy(() -> ReferenceCoverage.outOfReferenceRange(some, empty))
        .isInstanceOfSatisfying(
            DriftInputException.class,
            e -> assertThat(e.problem()).isEqualTo(DriftInputException.Problem.EMPTY_CURRENT));
  }
}
