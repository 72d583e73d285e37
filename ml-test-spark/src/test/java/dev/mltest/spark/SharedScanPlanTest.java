package dev.mltest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.data.Measure;
import dev.mltest.data.RowCondition;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * How the shared measures are split into Spark aggregate queries: one query, except that distinct
 * aggregates get a read of their own when an exact quantile shares the query (Spark would build the
 * quantile through the distinct key's grouping).
 */
class SharedScanPlanTest {
  private static final Measure ROWS = new Measure.RowCount(RowCondition.ALWAYS);
  private static final Measure MEAN =
      new Measure.Aggregate(Measure.Aggregation.MEAN, "income", RowCondition.ALWAYS);
  private static final Measure MEDIAN =
      new Measure.Quantiles("score", List.of(0.5), RowCondition.ALWAYS);
  private static final Measure UNIQUE_ID =
      new Measure.Duplicates(List.of("id"), true, RowCondition.ALWAYS);
  private static final Measure DISTINCT_GRADES =
      new Measure.Aggregate(Measure.Aggregation.DISTINCT_COUNT, "grade", RowCondition.ALWAYS);

  @Test
  void distinctAggregatesBesideAQuantileGetAReadOfTheirOwn() {
    assertThat(
            SparkTable.scans(List.of(ROWS, UNIQUE_ID, MEAN, MEDIAN, DISTINCT_GRADES), c -> false))
        .containsExactly(List.of(ROWS, MEAN, MEDIAN), List.of(UNIQUE_ID, DISTINCT_GRADES));
  }

  @Test
  void withoutAQuantileEverythingIsOneRead() {
    assertThat(SparkTable.scans(List.of(ROWS, UNIQUE_ID, MEAN, DISTINCT_GRADES), c -> false))
        .containsExactly(List.of(ROWS, UNIQUE_ID, MEAN, DISTINCT_GRADES));
  }

  @Test
  void withoutADistinctAggregateEverythingIsOneRead() {
    assertThat(SparkTable.scans(List.of(ROWS, MEAN, MEDIAN), c -> false))
        .containsExactly(List.of(ROWS, MEAN, MEDIAN));
    assertThat(SparkTable.scans(List.of(), c -> false)).isEmpty();
  }
}
