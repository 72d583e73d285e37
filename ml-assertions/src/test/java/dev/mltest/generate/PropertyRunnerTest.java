package dev.mltest.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mltest.data.ColumnType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.TestAbortedException;

class PropertyRunnerTest {
  private static final Contract CONTRACT =
      Contract.builder("t")
          .column("id", ColumnType.INTEGER)
          .column("label", ColumnType.STRING)
          .expect("primaryKey", Map.of("columns", List.of("id")))
          .expect("inSet", Map.of("column", "label", "values", List.of("a", "b", "c")))
          .build();

  @Test
  void aSeedReplaysTheWholeRunExactly() {
    TableProperty fails =
        t -> {
          if (t.rows().size() > 7) {
            throw new AssertionError("too many rows: " + t.rows().size());
          }
        };
    PropertyResult.Failed first =
        PlantedBugsTest.failed(
            PropertyRunner.of(CONTRACT, PropertySettings.defaults().withSeed(11)).run(fails));
    PropertyResult.Failed again =
        PlantedBugsTest.failed(
            PropertyRunner.of(CONTRACT, PropertySettings.defaults().withSeed(11)).run(fails));
    assertThat(again.tries()).isEqualTo(first.tries());
    assertThat(TableCsv.render(again.original().table()))
        .isEqualTo(TableCsv.render(first.original().table()));
    assertThat(TableCsv.render(again.shrunk())).isEqualTo(TableCsv.render(first.shrunk()));
    assertThat(first.shrunk().rows()).hasSize(8);
    assertThat(first.message())
        .contains("seed 11")
        .contains("Shrunk counterexample (8 rows")
        .contains("Replay: PropertySettings.defaults().withSeed(11L)");
  }

  @Test
  void everyTriedTableIsRecordedInOrderEdgeCasesFirst() {
    List<String> seen = new ArrayList<>();
    PropertyResult result =
        PropertyRunner.of(CONTRACT, PropertySettings.defaults().withSeed(1).withTries(30))
            .run(t -> seen.add(t.rows().size() + " rows"));
    assertThat(result.tries()).isEqualTo(30);
    assertThat(seen).hasSize(30);
    assertThat(seen.get(0)).isEqualTo("1 rows");
    assertThat(result.edgeCases()).isBetween(3, 30);
  }

  @Test
  void failedAssumptionsDiscardATable() {
    PropertyResult result =
        PropertyRunner.of(CONTRACT, PropertySettings.defaults().withSeed(2).withTries(20))
            .run(
                t -> {
                  throw new TestAbortedException("not interesting");
                });
    assertThat(result).isInstanceOf(PropertyResult.Passed.class);
    assertThat(((PropertyResult.Passed) result).discarded()).isEqualTo(20);
  }

  @Test
  void rowPropertiesGetOneRowAtATimeAndTheirEdgeCases() {
    List<Object> labels = new ArrayList<>();
    PropertyResult result =
        PropertyRunner.of(CONTRACT, PropertySettings.defaults().withSeed(4).withTries(40))
            .runRows(
                row -> {
                  assertThat(row).containsOnlyKeys("id", "label");
                  labels.add(row.get("label"));
                });
    assertThat(result).isInstanceOf(PropertyResult.Passed.class);
    assertThat(labels).hasSize(40).contains("a", "b", "c");
  }

  @Test
  void aRowPropertyFailureShrinksTheRow() {
    PropertyResult result =
        PropertyRunner.of(CONTRACT, PropertySettings.defaults().withSeed(4))
            .runRows(
                row -> {
                  if ("c".equals(row.get("label"))) {
                    throw new IllegalArgumentException("c is not handled");
                  }
                });
    PropertyResult.Failed failed = PlantedBugsTest.failed(result);
    assertThat(failed.shrunk().rows()).containsExactly(List.of(0L, "c"));
  }

  @Test
  void aContractTooLargeForTheRowLimitFailsBeforeAnyTry() {
    Contract big =
        Contract.builder("t")
            .column("x", ColumnType.INTEGER)
            .expect("rowCount", Map.of("min", 50))
            .build();
    assertThatThrownBy(() -> PropertyRunner.of(big, PropertySettings.defaults()).run(t -> {}))
        .isInstanceOf(ContractException.class)
        .hasMessageContaining(
            "rowCount needs at least 50 rows but tables have at most 20 (raise 'rows')");
  }
}
