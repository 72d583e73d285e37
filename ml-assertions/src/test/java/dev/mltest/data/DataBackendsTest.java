package dev.mltest.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DataBackendsTest {

  @Test
  void theDefaultBackendIsFoundByNameAndMeasures() {
    assertThat(DataBackends.names()).contains(DataBackends.DEFAULT);
    try (DataBackend backend = DataBackends.open("duckdb", Map.of());
        BoundTable table =
            backend.open(
                Dataset.table("t").column("x", ColumnType.INTEGER).row(1).row(2).build())) {
      Measure rows = new Measure.RowCount(RowCondition.ALWAYS);
      assertThat(table.measure(List.of(rows)).value(rows)).isEqualTo(2L);
    }
  }

  @Test
  void aMistypedNameSuggestsTheNearestBackend() {
    assertThatThrownBy(() -> DataBackends.open("duckbd", Map.of()))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("no data backend named 'duckbd'")
        .hasMessageContaining("did you mean 'duckdb'?");
  }

  @Test
  void sparkWithoutItsModuleSaysWhichDependencyToAdd() {
    assertThatThrownBy(() -> DataBackends.open("spark", Map.of()))
        .hasMessageContaining("dev.mltest:ml-test-spark");
  }

  @Test
  void anUnknownSettingIsRefusedWithItsFullKey() {
    assertThatThrownBy(() -> DataBackends.open("duckdb", Map.of("threads", "2")))
        .hasMessageContaining("mltest.duckdb.threads");
  }
}
