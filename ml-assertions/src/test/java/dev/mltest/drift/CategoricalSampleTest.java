package dev.mltest.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CategoricalSampleTest {

  @Test
  void countsValuesAndDropsNulls() {
    CategoricalSample sample = CategoricalSample.of(new String[] {"b", "a", null, "b", null});

    assertThat(sample.counts()).containsExactly(Map.entry("a", 1L), Map.entry("b", 2L));
    assertThat(sample.size()).isEqualTo(3);
    assertThat(sample.summary().droppedNull()).isEqualTo(2);
    assertThat(sample.summary().tiedValues()).isEqualTo(2);
  }

  @Test
  void labelsObjectsAndDropsNanAndInfinities() {
    CategoricalSample sample =
        CategoricalSample.of(
            new Object[] {1, "1", -0.0, 0.0, Double.NaN, Float.POSITIVE_INFINITY, true});

    assertThat(sample.counts())
        .containsExactly(Map.entry("0.0", 2L), Map.entry("1", 2L), Map.entry("true", 1L));
    assertThat(sample.summary().droppedNaN()).isEqualTo(1);
    assertThat(sample.summary().droppedInfinite()).isEqualTo(1);
  }

  @Test
  void wrapsCountsFromSqlWithTheNullGroupAsMissing() {
    Map<String, Long> grouped = new HashMap<>();
    grouped.put("x", 3L);
    grouped.put("y", 0L);
    grouped.put(null, 4L);

    CategoricalSample sample = CategoricalSample.ofCounts(grouped);

    assertThat(sample.counts()).containsExactly(Map.entry("x", 3L));
    assertThat(sample.summary().droppedNull()).isEqualTo(4);
  }

  @Test
  void rejectsNegativeCounts() {
    assertThatThrownBy(() -> CategoricalSample.ofCounts(Map.of("x", -1)))
        .isInstanceOfSatisfying(
            DriftInputException.class,
            e -> assertThat(e.problem()).isEqualTo(DriftInputException.Problem.MALFORMED_INPUT))
        .hasMessageContaining("'x'")
        .hasMessageContaining("-1");
  }

  @Test
  void countsAreReadOnly() {
    CategoricalSample sample = CategoricalSample.of(new String[] {"a"});

    assertThatThrownBy(() -> sample.counts().put("b", 1L))
        .isInstanceOf(UnsupportedOperationException.class);
  }
}
