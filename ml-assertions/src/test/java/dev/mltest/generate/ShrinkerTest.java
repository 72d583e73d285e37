package dev.mltest.generate;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.data.ColumnType;
import dev.mltest.data.Dataset;
import dev.mltest.data.InMemoryTable;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ShrinkerTest {
  private static InMemoryTable table(Object[]... rows) {
    InMemoryTable.Builder b =
        Dataset.table("t").column("x", ColumnType.INTEGER).column("s", ColumnType.STRING);
    for (Object[] row : rows) {
      b.row(row);
    }
    return b.build();
  }

  private static boolean anyNegative(InMemoryTable t) {
    return t.rows().stream().anyMatch(r -> (Long) r.get(0) < 0);
  }

  @Test
  void aSingleOffendingValueShrinksToOneRowOfSimplestValues() {
    InMemoryTable failing =
        table(
            new Object[] {5L, "hello"},
            new Object[] {-1234L, "wörld, again"},
            new Object[] {77L, "x"});
    Shrinker.Shrunk shrunk =
        Shrinker.within(Duration.ofSeconds(5)).shrink(failing, ShrinkerTest::anyNegative);
    assertThat(shrunk.table().rows()).containsExactly(Arrays.asList(-1L, ""));
    assertThat(shrunk.timedOut()).isFalse();
    assertThat(shrunk.steps()).isPositive();
  }

  @Test
  void aFailureThatNeedsRowsKeepsExactlyThatManyWithSimpleValues() {
    InMemoryTable failing =
        table(
            new Object[] {9L, "a"},
            new Object[] {8L, "bb"},
            new Object[] {7L, "c"},
            new Object[] {6L, "d"},
            new Object[] {5L, "e"},
            new Object[] {4L, "f"});
    Shrinker.Shrunk shrunk =
        Shrinker.within(Duration.ofSeconds(5)).shrink(failing, t -> t.rows().size() >= 3);
    assertThat(shrunk.table().rows())
        .containsExactly(Arrays.asList(0L, ""), Arrays.asList(0L, ""), Arrays.asList(0L, ""));
  }

  @Test
  void theTimeLimitStopsShrinkingWithAFailingTable() {
    InMemoryTable failing = table(new Object[] {-5L, "abc"}, new Object[] {-6L, "def"});
    Shrinker.Shrunk shrunk =
        Shrinker.within(Duration.ofMillis(120))
            .shrink(
                failing,
                t -> {
                  try {
                    Thread.sleep(50);
                  } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                  }
                  return anyNegative(t);
                });
    assertThat(shrunk.timedOut()).isTrue();
    assertThat(anyNegative(shrunk.table())).isTrue();
  }

  @Test
  void aValidCounterexampleStaysValidWhileShrinking() {
    Contract contract =
        Contract.builder("t")
            .column("amount", ColumnType.DECIMAL)
            .expect("between", Map.of("column", "amount", "min", 10, "max", 20))
            .expect("notNull", Map.of("column", "amount"))
            .build();
    PropertyResult result =
        PropertyRunner.of(contract, PropertySettings.defaults().withSeed(3))
            .run(
                t -> {
                  for (List<Object> row : t.rows()) {
                    if ((Double) row.get(0) > 15) {
                      throw new IllegalStateException("too large");
                    }
                  }
                });
    PropertyResult.Failed failed = PlantedBugsTest.failed(result);
    assertThat(failed.shrunk().rows()).hasSize(1);
    assertThat((Double) failed.shrunk().rows().get(0).get(0))
        .isGreaterThan(15)
        .isLessThanOrEqualTo(20);
  }

  @Test
  void shrinkingKeepsTheKindOfFailure() {
    InMemoryTable failing = table(new Object[] {-3L, "boom"}, new Object[] {4L, "x"});
    Shrinker.Shrunk shrunk =
        Shrinker.within(Duration.ofSeconds(5))
            .shrink(failing, t -> t.rows().stream().anyMatch(r -> "boom".equals(r.get(1))));
    assertThat(shrunk.table().rows()).containsExactly(Arrays.asList(0L, "boom"));
  }
}
