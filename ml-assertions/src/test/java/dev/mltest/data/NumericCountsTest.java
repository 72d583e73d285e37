package dev.mltest.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NumericCountsTest {
  @TempDir Path dir;

  @Test
  void duckDbCountsDistinctValuesAscendingWithNullsAndDatesAsEpochSeconds() throws IOException {
    Path csv = dir.resolve("people.csv");
    Files.writeString(
        csv,
        "age,score,day\n30,0.5,2024-01-02\n,0.5,2024-01-01\n45,-1.25,\n30,,2024-01-02\n30,2,\n");
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable table = backend.open(Dataset.csv(csv))) {
      NumericCounts counts = table.numericCounts(List.of("age", "score", "day"));
      assertThat(counts.columns()).containsExactly("age", "score", "day");
      NumericCounts.Column age = counts.column("age");
      assertThat(age.values()).containsExactly(30.0, 45.0);
      assertThat(age.counts()).containsExactly(3L, 1L);
      assertThat(age.nulls()).isEqualTo(1);
      NumericCounts.Column score = counts.column("score");
      assertThat(score.values()).containsExactly(-1.25, 0.5, 2.0);
      assertThat(score.counts()).containsExactly(1L, 2L, 1L);
      assertThat(score.rows()).isEqualTo(5);
      NumericCounts.Column day = counts.column("day");
      assertThat(day.values()).containsExactly(1_704_067_200.0, 1_704_153_600.0);
      assertThat(day.counts()).containsExactly(1L, 2L);
      assertThat(day.nulls()).isEqualTo(2);
      assertThat(table.numericCounts(List.of()).columns()).isEmpty();
    }
  }

  @Test
  void theBuilderSortsMergesZerosAndKeepsNaNLast() {
    NumericCounts.Builder builder = NumericCounts.builder(List.of("x"));
    builder.add(0, Double.NaN, 2).add(0, 3, 1).add(0, -0.0, 4).add(0, 0.0, 1);
    builder.add(0, Double.NEGATIVE_INFINITY, 1).addNulls(0, 5);
    NumericCounts.Column x = builder.build().column("x");
    assertThat(x.values()).containsExactly(Double.NEGATIVE_INFINITY, 0.0, 3.0, Double.NaN);
    assertThat(x.counts()).containsExactly(1L, 5L, 1L, 2L);
    assertThat(x.rows()).isEqualTo(14);
  }

  @Test
  void anUncountedColumnOrABadCountIsRefused() {
    NumericCounts.Builder builder = NumericCounts.builder(List.of("x"));
    assertThatThrownBy(() -> builder.add(0, 1, 0)).hasMessageContaining("not positive");
    assertThatThrownBy(() -> builder.addNulls(0, -1)).hasMessageContaining("negative");
    assertThatThrownBy(() -> builder.build().column("y"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("column not counted: y");
  }
}
