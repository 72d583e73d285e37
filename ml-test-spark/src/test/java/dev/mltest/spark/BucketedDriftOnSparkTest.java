package dev.mltest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.drift.Approximation;
import dev.mltest.drift.ColumnDriftResult;
import dev.mltest.drift.ColumnOutcome;
import dev.mltest.drift.DatasetComparison;
import dev.mltest.drift.DriftConfig;
import dev.mltest.drift.DriftReport;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Drift on Spark with a driver limit far below the columns' distinct values (50 against about
 * 3,000): the columns are counted in shared buckets on the executors, the comparison does not fail,
 * its K-S statistic brackets DuckDB's exact one within the stated bound, its message states the
 * bound, and a planted shift is still caught.
 */
class BucketedDriftOnSparkTest {
  @TempDir static Path directory;
  static Path reference;
  static Path current;

  @BeforeAll
  static void files() throws IOException {
    reference = directory.resolve("reference.csv");
    current = directory.resolve("current.csv");
    write(reference, 0.0, new SplittableRandom(5));
    // income is shifted by 0.3 standard deviations (K-S D about 0.12); score is not shifted.
    write(current, 0.3, new SplittableRandom(6));
  }

  private static void write(Path file, double shift, SplittableRandom random) throws IOException {
    StringBuilder csv = new StringBuilder("income,score\n");
    for (int i = 0; i < 3_000; i++) {
      csv.append(
          String.format(
              Locale.ROOT,
              "%.4f,%.4f%n",
              Math.exp(10 + 0.5 * (random.nextGaussian() + shift)),
              random.nextGaussian()));
    }
    Files.writeString(file, csv);
  }

  @Test
  void aLimitedDriverGetsBucketsAndTheResultBracketsTheExactOne() {
    DriftReport exact;
    try (DataBackend duck = DataBackend.duckDb();
        BoundTable ref = duck.open(Dataset.csv(reference));
        BoundTable cur = duck.open(Dataset.csv(current))) {
      exact = DatasetComparison.compare(ref, cur, DriftConfig.defaults());
    }
    DriftReport bucketed;
    try (DataBackend spark =
            SparkBackend.start(SparkSettings.parse(Map.of(SparkSettings.DRIVER_MAX_VALUES, "50")));
        BoundTable ref = spark.open(Dataset.csv(reference));
        BoundTable cur = spark.open(Dataset.csv(current))) {
      bucketed = DatasetComparison.compare(ref, cur, DriftConfig.defaults());
    }
    for (String column : new String[] {"income", "score"}) {
      ColumnDriftResult raw = result(exact, column);
      ColumnDriftResult fromBuckets = result(bucketed, column);
      assertThat(raw.approximation()).isNull();
      Approximation a = fromBuckets.approximation();
      assertThat(a).as(column).isNotNull();
      assertThat(a.buckets()).isBetween(2, 25);
      assertThat(a.reason()).contains("mltest.spark.driver-max-values (50)");
      assertThat(a.statisticLower()).isEqualTo(fromBuckets.statistic());
      assertThat(a.statisticLower()).isLessThanOrEqualTo(raw.statistic() + 1e-12);
      assertThat(raw.statistic()).isLessThanOrEqualTo(a.statisticUpper() + 1e-12);
      assertThat(fromBuckets.reference().size()).isEqualTo(raw.reference().size());
      assertThat(fromBuckets.sentence())
          .contains("approximate: D = ")
          .contains("is a lower bound, the true D is at most")
          .contains("shared buckets because about");
    }
    ColumnDriftResult income = result(bucketed, "income");
    assertThat(result(exact, "income").drifted()).isTrue();
    assertThat(income.drifted()).isTrue();
    assertThat(income.approximation().decision()).isEqualTo(Approximation.Decision.HOLDS);
    assertThat(result(exact, "score").drifted()).isFalse();
    assertThat(result(bucketed, "score").drifted()).isFalse();
  }

  private static ColumnDriftResult result(DriftReport report, String column) {
    ColumnOutcome outcome = report.column(column).orElseThrow();
    assertThat(outcome).as(column).isInstanceOf(ColumnOutcome.Compared.class);
    return ((ColumnOutcome.Compared) outcome).result();
  }
}
