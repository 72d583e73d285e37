package dev.mltest.expect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.data.BoundTable;
import dev.mltest.data.ColumnType;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.data.InMemoryTable;
import dev.mltest.data.Measure;
import dev.mltest.data.Measurements;
import dev.mltest.data.QueryRecordingBackend;
import dev.mltest.data.RowCondition;
import dev.mltest.data.SampleRequest;
import dev.mltest.data.TableSchema;
import dev.mltest.data.ValueSample;
import dev.mltest.expect.ExpectationResult.Status;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Measure once, judge many times: what an evaluation costs in scans. */
class EvaluatorPlanTest {
  static final InMemoryTable PEOPLE = people();

  private static InMemoryTable people() {
    InMemoryTable.Builder b =
        Dataset.table("people")
            .column("id", ColumnType.INTEGER)
            .column("age", ColumnType.INTEGER)
            .column("name", ColumnType.STRING)
            .column("joined", ColumnType.DATE)
            .column("left_on", ColumnType.DATE);
    for (int i = 1; i <= 50; i++) {
      LocalDate joined = LocalDate.of(2020, 1, 1).plusDays(i);
      b.row(i, 20 + i % 40, "person" + i, joined, i % 5 == 0 ? null : joined.plusDays(30));
    }
    return b.build();
  }

  /** Twenty expectations over every kind of measure, all passing, on three grouping keys. */
  static List<ExpectationSpec> passingSuite() {
    return List.of(
        ExpectationSpec.of("rowCount", Map.of("min", 50, "max", 50)),
        ExpectationSpec.of("columns", Map.of("names", List.of("id", "age", "name"))),
        ExpectationSpec.of("columnType", Map.of("column", "joined", "type", "date")),
        ExpectationSpec.of("notNull", Map.of("column", "id")),
        ExpectationSpec.of("nullRatio", Map.of("column", "left_on", "max", 0.2)),
        ExpectationSpec.of("unique", Map.of("columns", "id")),
        ExpectationSpec.of("primaryKey", Map.of("columns", "id")),
        ExpectationSpec.of("unique", Map.of("columns", List.of("name", "joined"))),
        ExpectationSpec.of("duplicateRows", Map.of()),
        ExpectationSpec.of("distinctCount", Map.of("column", "age", "max", 40)),
        ExpectationSpec.of("between", Map.of("column", "age", "min", 18, "max", 65)),
        ExpectationSpec.of("lengthBetween", Map.of("column", "name", "min", 7, "max", 8)),
        ExpectationSpec.of("matchesRegex", Map.of("column", "name", "regex", "^person[0-9]+$")),
        ExpectationSpec.of("notInSet", Map.of("column", "name", "values", List.of("", "n/a"))),
        ExpectationSpec.of(
            "compareColumns", Map.of("left", "left_on", "operator", "gt", "right", "joined")),
        ExpectationSpec.of("rowPredicate", Map.of("expression", "age * 2 > 30")),
        ExpectationSpec.of("minBetween", Map.of("column", "joined", "min", "2020-01-01")),
        ExpectationSpec.of("meanBetween", Map.of("column", "age", "min", 30, "max", 50)),
        ExpectationSpec.of("stdevBetween", Map.of("column", "age", "max", 20)),
        ExpectationSpec.of(
            "quantilesBetween",
            Map.of("column", "age", "quantiles", List.of(Map.of("quantile", 0.5, "max", 50)))));
  }

  @Test
  void aWholeSuiteCostsOneScanWhenNoKeyHasDuplicates() {
    List<ExpectationSpec> suite = passingSuite();
    try (QueryRecordingBackend backend = new QueryRecordingBackend();
        BoundTable table = backend.open(PEOPLE)) {
      List<ExpectationResult> results = Evaluator.evaluate(table, suite, false);
      assertThat(results).extracting(ExpectationResult::status).containsOnly(Status.PASSED);
      List<String> queries = backend.queries();
      // Keys [id] (unique and primaryKey share it), [name, joined] and all columns are probed in
      // the scan: distinct keys equal keyed rows, so no grouping query follows.
      assertThat(queries).hasSize(1);
      assertThat(queries.get(0)).doesNotContain("GROUP BY").contains("count(DISTINCT row(");
    }
  }

  @Test
  void aKeyWithDuplicatesCostsOneGroupingQueryToCountThem() {
    List<ExpectationSpec> suite = new ArrayList<>(passingSuite());
    suite.add(ExpectationSpec.of("unique", Map.of("columns", "age", "sampleSize", 0)));
    try (QueryRecordingBackend backend = new QueryRecordingBackend();
        BoundTable table = backend.open(PEOPLE)) {
      List<ExpectationResult> results = Evaluator.evaluate(table, suite, false);
      assertThat(results.get(20).status()).isEqualTo(Status.FAILED);
      // Ten ages occur twice: 20 rows in duplicated groups, counted by the grouping query.
      assertThat(results.get(20).counts().unexpectedCount()).isEqualTo(20);
      assertThat(backend.queries()).hasSize(2);
      assertThat(backend.queries().get(1)).contains("GROUP BY \"age\"");
    }
  }

  @Test
  void onlyFailedChecksWithOffendingRowsFetchExamples() {
    List<ExpectationSpec> suite = new ArrayList<>(passingSuite());
    suite.add(ExpectationSpec.of("between", Map.of("column", "age", "max", 30)));
    suite.add(
        ExpectationSpec.of(
            "inSet", Map.of("column", "name", "values", List.of("x"), "sampleSize", 0)));
    suite.add(ExpectationSpec.of("meanBetween", Map.of("column", "age", "max", 1)));
    try (QueryRecordingBackend backend = new QueryRecordingBackend();
        BoundTable table = backend.open(PEOPLE)) {
      List<ExpectationResult> results = Evaluator.evaluate(table, suite, false);
      assertThat(results.subList(20, 23))
          .extracting(ExpectationResult::status)
          .containsOnly(Status.FAILED);
      // The scan and one query of examples: no key has duplicates, inSet asked for no examples
      // and an aggregate has no offending rows.
      assertThat(backend.queries()).hasSize(2);
      assertThat(results.get(20).samples()).isNotEmpty();
      assertThat(results.get(21).samples()).isEmpty();
      assertThat(results.get(21).message()).doesNotContain("e.g.");
    }
  }

  @Test
  void theEvaluatorAsksForEveryMeasureOnceInOneCall() {
    List<ExpectationSpec> suite = new ArrayList<>(passingSuite());
    suite.addAll(passingSuite());
    try (DataBackend backend = DataBackend.duckDb();
        RecordingTable table = new RecordingTable(backend.open(PEOPLE))) {
      Evaluator.evaluate(table, suite, false);
      assertThat(table.measureCalls).hasSize(1);
      List<Measure> asked = table.measureCalls.get(0);
      Set<Measure> needed = new LinkedHashSet<>();
      List<Measure> perCheck = new ArrayList<>();
      for (ExpectationSpec spec : suite) {
        perCheck.addAll(spec.check().measures(table.schema()));
      }
      needed.addAll(perCheck);
      needed.add(new Measure.RowCount(RowCondition.ALWAYS));
      assertThat(asked).containsExactlyInAnyOrderElementsOf(needed);
      assertThat(asked.size()).isLessThan(perCheck.size() / 2);
      assertThat(asked.stream().filter(Measure::isGrouping)).hasSize(3);
      assertThat(table.sampleCalls).isZero();
    }
  }

  @Test
  void schemaProblemsCostNoScanOfTheirOwn() {
    List<ExpectationSpec> suite =
        List.of(
            ExpectationSpec.of("notNull", Map.of("column", "nmae")),
            ExpectationSpec.of("meanBetween", Map.of("column", "name", "max", 1)),
            ExpectationSpec.of("columnExists", Map.of("column", "id")));
    try (DataBackend backend = DataBackend.duckDb();
        RecordingTable table = new RecordingTable(backend.open(PEOPLE))) {
      List<ExpectationResult> results = Evaluator.evaluate(table, suite, false);
      assertThat(results)
          .extracting(ExpectationResult::status)
          .containsExactly(Status.ERROR, Status.ERROR, Status.PASSED);
      // Only the total row count, which decides whether the table is empty.
      assertThat(table.measureCalls).hasSize(1);
      assertThat(table.measureCalls.get(0))
          .containsExactly(new Measure.RowCount(RowCondition.ALWAYS));
    }
  }

  /** Records the calls the evaluator makes to a table. */
  private static final class RecordingTable implements BoundTable {
    final BoundTable delegate;
    final List<List<Measure>> measureCalls = new ArrayList<>();
    int sampleCalls;

    RecordingTable(BoundTable delegate) {
      this.delegate = delegate;
    }

    @Override
    public Dataset dataset() {
      return delegate.dataset();
    }

    @Override
    public TableSchema schema() {
      return delegate.schema();
    }

    @Override
    public Measurements measure(Collection<? extends Measure> measures) {
      measureCalls.add(List.<Measure>copyOf(measures));
      return delegate.measure(measures);
    }

    @Override
    public List<ValueSample> sample(SampleRequest request) {
      sampleCalls++;
      return delegate.sample(request);
    }

    @Override
    public dev.mltest.data.NumericCounts numericCounts(List<String> columns) {
      return delegate.numericCounts(columns);
    }

    @Override
    public java.util.Map<String, java.util.Map<@org.jspecify.annotations.Nullable String, Long>>
        categoryCounts(List<String> columns) {
      return delegate.categoryCounts(columns);
    }

    @Override
    public java.util.Map<String, Long> labelCounts(String label, boolean byValue) {
      return delegate.labelCounts(label, byValue);
    }

    @Override
    public void drawSample(
        dev.mltest.data.SampleDraw draw,
        java.util.function.Consumer<dev.mltest.data.SampledRow> rows) {
      delegate.drawSample(draw, rows);
    }

    @Override
    public void close() {
      delegate.close();
    }
  }
}
