package dev.mltest.data;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DuckDbBackendTest {
  @TempDir Path dir;

  @Test
  void measuresSeveralAggregatesInOneScan() throws IOException {
    Path csv = dir.resolve("people.csv");
    Files.writeString(csv, "id,age,name\n1,30,ann\n2,,bob\n3,45,cid\n3,-1,\n");
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable table = backend.open(Dataset.csv(csv))) {
      assertThat(table.schema().names()).containsExactly("id", "age", "name");
      assertThat(table.schema().column("age").orElseThrow().type()).isEqualTo(ColumnType.INTEGER);
      var rows = new Measure.RowCount(RowCondition.ALWAYS);
      var nulls = new Measure.CountWhere(RowCondition.ALWAYS, new RowCondition.IsNull("age"));
      var negative =
          new Measure.CountWhere(
              RowCondition.notNull("age"),
              new RowCondition.Not(new RowCondition.Between("age", 0L, null, false, false)));
      var mean = new Measure.Aggregate(Measure.Aggregation.MEAN, "age", RowCondition.ALWAYS);
      var q = new Measure.Quantiles("age", List.of(0.5), RowCondition.ALWAYS);
      var dup = new Measure.Duplicates(List.of("id"), true, RowCondition.ALWAYS);
      Measurements m = table.measure(List.of(rows, nulls, negative, mean, q, dup));
      assertThat(m.count(rows)).isEqualTo(4);
      assertThat(m.count(nulls)).isEqualTo(1);
      assertThat(m.count(negative)).isEqualTo(1);
      assertThat(m.number(mean)).isEqualTo(74.0 / 3);
      assertThat(m.list(q)).containsExactly(30.0);
      assertThat(m.duplicates(dup)).isEqualTo(new DuplicateStats(2, 1, 1));

      var samples =
          table.sample(
              new SampleRequest(
                  RowCondition.notNull("age"),
                  new RowCondition.Not(new RowCondition.Between("age", 0L, null, false, false)),
                  List.of("age"),
                  List.of("id"),
                  5));
      assertThat(samples).containsExactly(new ValueSample("-1", 1, 4, "id=3"));
    }
  }

  @Test
  void badExpressionFailsOnlyItsMeasure() throws IOException {
    Path csv = dir.resolve("t.csv");
    Files.writeString(csv, "a\n1\n2\n");
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable table = backend.open(Dataset.csv(csv))) {
      var good = new Measure.RowCount(RowCondition.ALWAYS);
      var bad = new Measure.RowCount(new RowCondition.Sql("nope > 1"));
      Measurements m = table.measure(List.of(good, bad));
      assertThat(m.count(good)).isEqualTo(2);
      assertThat(m.failure(bad)).hasValueSatisfying(msg -> assertThat(msg).contains("nope"));
    }
  }

  @Test
  void missingFileIsAReadableError() {
    try (DataBackend backend = DataBackend.duckDb()) {
      assertThatThrownBy(() -> backend.open(Dataset.csv(dir.resolve("missing.csv"))))
          .isInstanceOf(DataAccessException.class)
          .hasMessageContaining("not found")
          .hasMessageContaining("missing.csv");
    }
  }

  @Test
  void raggedCsvIsADataError() throws IOException {
    Path csv = dir.resolve("ragged.csv");
    StringBuilder text = new StringBuilder("a,b\n");
    for (int i = 0; i < 50; i++) {
      text.append(i).append(",x\n");
    }
    text.append("1,2,3,4\n");
    Files.writeString(csv, text);
    try (DataBackend backend = DataBackend.duckDb()) {
      assertThatThrownBy(
              () -> {
                try (BoundTable table = backend.open(Dataset.csv(csv))) {
                  table.measure(List.of(new Measure.RowCount(RowCondition.ALWAYS)));
                }
              })
          .isInstanceOf(DataAccessException.class)
          .hasMessageContaining("ragged.csv");
    }
  }

  @Test
  void inMemoryTable() {
    InMemoryTable t =
        Dataset.table("t")
            .column("x", ColumnType.DECIMAL)
            .column("d", ColumnType.DATE)
            .row(1.5, "2024-01-02")
            .row(Double.NaN, null)
            .build();
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable table = backend.open(t)) {
      var max = new Measure.Aggregate(Measure.Aggregation.MAX, "d", RowCondition.ALWAYS);
      var nan = new Measure.CountWhere(RowCondition.ALWAYS, new RowCondition.Sql("isnan(x)"));
      Measurements m = table.measure(List.of(max, nan));
      assertThat(m.value(max)).isEqualTo(java.time.LocalDate.of(2024, 1, 2));
      assertThat(m.count(nan)).isEqualTo(1);
    }
  }
}
