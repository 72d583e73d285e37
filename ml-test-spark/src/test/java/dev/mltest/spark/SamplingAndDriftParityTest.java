package dev.mltest.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataAccessException;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.data.FileDataset;
import dev.mltest.data.NumericCounts;
import dev.mltest.data.SampleDraw;
import dev.mltest.data.SampledRow;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A seeded training sample draws the same rows on Spark as on DuckDB, and what drift reads (numeric
 * columns, value counts) is the same.
 */
class SamplingAndDriftParityTest {
  static final FileDataset PEOPLE = Dataset.csv(SparkEngineTest.resource("suites/people.csv"));

  @ParameterizedTest
  @CsvSource({"true, , 7", "false, , 11", "true, id, 7", "false, id, 3"})
  void aSeededDrawTakesTheSameRowsOnBothBackends(
      boolean stratified, @Nullable String rowKey, long seed) {
    List<SampledRow> duck = onDuckDb(t -> draw(t, stratified, rowKey, seed));
    List<SampledRow> spark = onSpark(t -> draw(t, stratified, rowKey, seed));
    assertThat(duck).hasSizeGreaterThan(50).anyMatch(SampledRow::test);
    assertThat(spark).isEqualTo(duck);
  }

  @Test
  void labelCountsAreTheSame() {
    Map<String, Long> spark = onSpark(t -> t.labelCounts("segment", true));
    Map<String, Long> duck = onDuckDb(t -> t.labelCounts("segment", true));
    assertThat(duck).hasSize(4);
    assertThat(spark).isEqualTo(duck);
  }

  @Test
  void driftReadsTheSameNumbersAndCounts() {
    List<String> numeric = List.of("age", "income", "joined");
    Map<String, String> duck = numbers(onDuckDb(t -> t.numericCounts(numeric)), numeric);
    Map<String, String> spark = numbers(onSpark(t -> t.numericCounts(numeric)), numeric);
    assertThat(duck.get("joined")).contains("1.7");
    assertThat(spark).isEqualTo(duck);
    List<String> categorical = List.of("segment", "active", "age");
    Map<String, Map<@Nullable String, Long>> sparkCounts =
        onSpark(t -> t.categoryCounts(categorical));
    Map<String, Map<@Nullable String, Long>> duckCounts =
        onDuckDb(t -> t.categoryCounts(categorical));
    assertThat(duckCounts.get("segment")).containsKey(null);
    assertThat(sparkCounts).isEqualTo(duckCounts);
  }

  @Test
  void tooManyValuesForTheDriverIsAnErrorNamingTheSetting() {
    try (DataBackend bounded =
            SparkBackend.start(
                SparkSettings.parse(Map.of(SparkSettings.DRIVER_MAX_VALUES, "100")));
        BoundTable table = bounded.open(PEOPLE)) {
      assertThatThrownBy(() -> table.numericCounts(List.of("age", "income")))
          .isInstanceOf(DataAccessException.class)
          .hasMessageContaining("mltest.spark.driver-max-values");
    }
  }

  static List<SampledRow> draw(
      BoundTable table, boolean stratified, @Nullable String rowKey, long seed) {
    Map<String, Long> counts = table.labelCounts("segment", stratified);
    Map<String, Long> quotas = new LinkedHashMap<>();
    counts.forEach((k, v) -> quotas.put(k, v / 3));
    SampleDraw draw =
        new SampleDraw(
            "segment",
            false,
            List.of("age", "income", "active", "email"),
            rowKey,
            stratified,
            quotas,
            SampleDraw.NO_BOUND,
            0.25,
            seed);
    List<SampledRow> rows = new ArrayList<>();
    table.drawSample(draw, rows::add);
    return rows;
  }

  /** Each column's values, counts and nulls as text, for a readable comparison. */
  static Map<String, String> numbers(NumericCounts counts, List<String> columns) {
    Map<String, String> out = new LinkedHashMap<>();
    for (String c : columns) {
      NumericCounts.Column column = counts.column(c);
      out.put(
          c,
          Arrays.toString(column.values())
              + " "
              + Arrays.toString(column.counts())
              + " nulls "
              + column.nulls());
    }
    return out;
  }

  private static <T> T onDuckDb(Function<BoundTable, T> read) {
    try (DataBackend duck = DataBackend.duckDb();
        BoundTable table = duck.open(PEOPLE)) {
      return read.apply(table);
    }
  }

  private static <T> T onSpark(Function<BoundTable, T> read) {
    try (BoundTable table = SharedSpark.backend().open(PEOPLE)) {
      return read.apply(table);
    }
  }
}
