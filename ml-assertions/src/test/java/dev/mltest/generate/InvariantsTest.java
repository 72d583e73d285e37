package dev.mltest.generate;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mltest.data.ColumnType;
import dev.mltest.data.Dataset;
import dev.mltest.data.InMemoryTable;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class InvariantsTest {
  private static final InMemoryTable INPUT =
      Dataset.table("in")
          .column("x", ColumnType.DECIMAL)
          .column("c", ColumnType.STRING)
          .row(1.0, "a")
          .row(Double.NaN, "b")
          .row(3.0, null)
          .build();

  private static InMemoryTable scale(InMemoryTable t, double factor) {
    return PlantedBugs.mapColumn(t, 0, v -> v * factor);
  }

  @Test
  void nanAndNullAreIntroducedOnlyWhereTheInputHadNone() {
    assertThatCode(() -> Invariants.noNaNIntroduced(INPUT, scale(INPUT, 2)))
        .doesNotThrowAnyException();
    InMemoryTable nan =
        Dataset.table("out")
            .column("x", ColumnType.DECIMAL)
            .column("c", ColumnType.STRING)
            .row(Double.NaN, "a")
            .row(Double.NaN, "b")
            .row(3.0, null)
            .build();
    assertThatThrownBy(() -> Invariants.noNaNIntroduced(INPUT, nan))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("NaN introduced in row 1, column 'x'; input row: {x=1.0, c=a}");
    assertThatCode(() -> Invariants.noNullIntroduced(INPUT, nan)).doesNotThrowAnyException();
    InMemoryTable nulls =
        Dataset.table("out")
            .column("x", ColumnType.DECIMAL)
            .column("c", ColumnType.STRING)
            .row(1.0, null)
            .row(Double.NaN, "b")
            .row(3.0, null)
            .build();
    assertThatThrownBy(() -> Invariants.noNullIntroduced(INPUT, nulls))
        .hasMessageContaining("row 1, column 'c'");
  }

  @Test
  void rowCountDeterminismAndIdempotence() {
    assertThatCode(() -> Invariants.rowCountPreserved(INPUT, scale(INPUT, 3)))
        .doesNotThrowAnyException();
    InMemoryTable twoRows =
        Dataset.table("o").column("x", ColumnType.DECIMAL).row(1.0).row(2.0).build();
    assertThatThrownBy(() -> Invariants.rowCountPreserved(INPUT, twoRows))
        .hasMessage("row count changed: 3 rows in, 2 rows out");

    assertThatCode(() -> Invariants.deterministic(t -> scale(t, 2), INPUT))
        .doesNotThrowAnyException();
    int[] calls = {0};
    assertThatThrownBy(() -> Invariants.deterministic(t -> scale(t, ++calls[0]), INPUT))
        .hasMessageContaining("not deterministic")
        .hasMessageContaining("row 1, column 'x': expected 1 but was 2");

    UnaryOperator<InMemoryTable> clip = t -> PlantedBugs.mapColumn(t, 0, v -> Math.min(v, 2));
    assertThatCode(() -> Invariants.idempotent(clip, INPUT)).doesNotThrowAnyException();
    assertThatThrownBy(() -> Invariants.idempotent(t -> scale(t, 2), INPUT))
        .hasMessageContaining("not idempotent");
  }

  @Test
  void inverseWithinToleranceAndRowOrder() {
    assertThatCode(() -> Invariants.inverse(t -> scale(t, 3), t -> scale(t, 1 / 3.0), INPUT, 1e-12))
        .doesNotThrowAnyException();
    assertThatThrownBy(
            () -> Invariants.inverse(t -> scale(t, 3), t -> scale(t, 0.33), INPUT, 1e-12))
        .hasMessageContaining("the inverse does not give back the input: row 1, column 'x'");

    assertThatCode(() -> Invariants.rowOrderInvariant(t -> scale(t, 2), INPUT, 0))
        .doesNotThrowAnyException();
    UnaryOperator<InMemoryTable> cumulative =
        t -> {
          double[] sum = {0};
          return PlantedBugs.mapColumn(t, 0, v -> sum[0] += Double.isNaN(v) ? 0 : v);
        };
    assertThatThrownBy(() -> Invariants.rowOrderInvariant(cumulative, INPUT, 0))
        .hasMessageContaining("depends on the order of input rows");
  }

  @Test
  void conformanceIsJudgedByTheSuiteEvaluator() {
    Contract output =
        Contract.builder("out")
            .column("x", ColumnType.DECIMAL)
            .expect("between", Map.of("column", "x", "min", 0, "max", 2))
            .build();
    InMemoryTable ok = Dataset.table("o").column("x", ColumnType.DECIMAL).row(0.5).row(2.0).build();
    assertThatCode(() -> Invariants.conformsTo(ok, output)).doesNotThrowAnyException();
    InMemoryTable bad =
        Dataset.table("o").column("x", ColumnType.DECIMAL).row(0.5).row(2.5).build();
    assertThatThrownBy(() -> Invariants.conformsTo(bad, output))
        .hasMessageContaining("output does not conform to contract 'out'")
        .hasMessageContaining("between[x]")
        .hasMessageContaining("2.5");
  }

  @Test
  void helpersComposeInsideAProperty() {
    Contract contract =
        Contract.builder("t")
            .column("x", ColumnType.DECIMAL)
            .expect("between", Map.of("column", "x", "min", -5, "max", 5))
            .allowEmpty(true)
            .build();
    PropertyResult result =
        PropertyRunner.of(contract, PropertySettings.defaults().withSeed(8))
            .run(
                t -> {
                  Invariants.rowCountPreserved(t, scale(t, 2));
                  Invariants.inverse(u -> scale(u, 4), u -> scale(u, 0.25), t, 1e-12);
                  Invariants.deterministic(u -> scale(u, 2), t);
                });
    org.assertj.core.api.Assertions.assertThat(result).isInstanceOf(PropertyResult.Passed.class);
    org.assertj.core.api.Assertions.assertThat(List.of(result.tries())).containsExactly(100);
  }
}
