package dev.mltest.spark;

import static dev.mltest.assertions.MlAssertions.mostly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mltest.assertions.DataCheckException;
import dev.mltest.assertions.DatasetAssert;
import dev.mltest.assertions.MlAssertions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

/**
 * {@link SparkAssertions} on a {@code Dataset<Row>} built in memory: the chain passes or fails as
 * {@link MlAssertions} does on the same rows written to CSV and read by DuckDB, with the same
 * message, and the same exceptions for assertions that cannot be evaluated.
 */
class SparkAssertionsTest {
  private static final String HOSTILE = "<img src=x onerror=alert(1)>";

  /** id, segment, income: one null income, one negative income, one hostile segment. */
  private static final List<Object[]> ROWS =
      List.of(
          new Object[] {1L, "retail", 100.0},
          new Object[] {2L, "retail", null},
          new Object[] {3L, "business", 300.0},
          new Object[] {4L, HOSTILE, -5.0},
          new Object[] {5L, "business", 250.0});

  private static SparkSession spark;
  private static Dataset<Row> scores;

  @TempDir static Path dir;
  private static Path csv;

  @BeforeAll
  static void frameAndCsv() throws IOException {
    SharedSpark.backend();
    spark = SparkSession.getDefaultSession().get();
    List<Row> rows = new ArrayList<>();
    StringBuilder text = new StringBuilder("id,segment,income\n");
    for (Object[] r : ROWS) {
      rows.add(RowFactory.create(r));
      text.append(r[0]).append(',').append(r[1]).append(',');
      text.append(r[2] == null ? "" : r[2]).append('\n');
    }
    StructType schema =
        new StructType()
            .add("id", DataTypes.LongType)
            .add("segment", DataTypes.StringType)
            .add("income", DataTypes.DoubleType);
    scores = spark.createDataFrame(rows, schema);
    csv = Files.writeString(dir.resolve("scores.csv"), text);
  }

  @Test
  void aPassingChainOnAnInMemoryFrame() {
    DatasetAssert start = SparkAssertions.assertThat(scores);
    DatasetAssert end =
        start
            .hasRowCount(5)
            .hasExactlyColumns("id", "segment", "income")
            .hasPrimaryKey("id")
            .allRowsSatisfy("id > 0");
    assertThat(end).isSameAs(start);
    SparkAssertions.assertThat(scores)
        .column("income")
        .hasNullRatioAtMost(0.2)
        .hasValuesBetween(0, 1000, mostly(0.75))
        .column("id")
        .isNotNull()
        .isUnique()
        .hasValuesBetween(1, 5);
  }

  @Test
  void aFailingChainFailsWithDuckDbsMessageOnTheSameRows() {
    List<Consumer<DatasetAssert>> chains =
        List.of(
            a -> a.hasRowCountBetween(10, 20),
            a -> a.column("income").isNotNull(),
            a -> a.column("income").hasValuesBetween(0, 1000),
            a -> a.column("id").hasValuesBetween(1, 3),
            a -> a.hasColumns("id", "score"),
            a -> a.allRowsSatisfy("income > 0"));
    for (Consumer<DatasetAssert> chain : chains) {
      String onDuckDb = failure(MlAssertions.assertThat(dev.mltest.data.Dataset.csv(csv)), chain);
      String onSpark = failure(SparkAssertions.assertThat(scores, "scores.csv"), chain);
      assertThat(onSpark).isEqualTo(onDuckDb);
    }
    assertThat(failure(SparkAssertions.assertThat(scores), chains.get(1)))
        .startsWith("dataset 'Spark Dataset': income: 20% of 5 rows are null");
    // The example of docs/spark.md, "In your own Jupiter tests".
    assertThat(failure(SparkAssertions.assertThat(scores, "scores"), chains.get(1)))
        .startsWith("dataset 'scores': income: 20% of 5 rows are null (mostly 1 allows none); ");
  }

  @Test
  void whereRestrictsTheCheckedRows() {
    SparkAssertions.assertThat(scores)
        .where("segment = 'business'")
        .hasRowCount(2)
        .column("income")
        .isNotNull()
        .hasValuesBetween(200, 300);
    String onSpark =
        failure(
            SparkAssertions.assertThat(scores, "scores.csv").where("segment = 'retail'"),
            a -> a.column("income").isNotNull());
    String onDuckDb =
        failure(
            MlAssertions.assertThat(dev.mltest.data.Dataset.csv(csv)).where("segment = 'retail'"),
            a -> a.column("income").isNotNull());
    assertThat(onSpark).startsWith("dataset 'scores.csv' where segment = 'retail': ");
    assertThat(onSpark).isEqualTo(onDuckDb);
  }

  @Test
  void aHostileValueIsQuotedAsTextInTheMessage() {
    Consumer<DatasetAssert> chain = a -> a.column("segment").hasValuesIn("retail", "business");
    String onSpark = failure(SparkAssertions.assertThat(scores, "scores.csv"), chain);
    assertThat(onSpark)
        .contains("\\u003cimg src=x onerror=alert(1)>")
        .doesNotContain("<img")
        .isEqualTo(failure(MlAssertions.assertThat(dev.mltest.data.Dataset.csv(csv)), chain));
  }

  @Test
  void anAssertionThatCannotBeEvaluatedThrowsDataCheckException() {
    DataCheckException unknown =
        catchThrowableOfType(
            DataCheckException.class,
            () -> SparkAssertions.assertThat(scores).column("incme").isNotNull());
    assertThat(unknown)
        .hasMessageStartingWith("cannot check dataset 'Spark Dataset': unknown column 'incme'");
    DataCheckException onDuckDb =
        catchThrowableOfType(
            DataCheckException.class,
            () ->
                MlAssertions.assertThat(dev.mltest.data.Dataset.csv(csv))
                    .column("incme")
                    .isNotNull());
    assertThat(unknown.getMessage().replace("Spark Dataset", "scores.csv"))
        .isEqualTo(onDuckDb.getMessage());
  }

  @Test
  void theUsersSessionKeepsRunningAndNoViewIsLeftBehind() {
    SparkAssertions.assertThat(scores).hasRowCount(5).column("id").isUnique();
    assertThat(spark.sparkContext().isStopped()).isFalse();
    assertThat(spark.catalog().listTables().collectAsList())
        .noneMatch(t -> t.name().startsWith("mltest_frame_"));
  }

  private static String failure(DatasetAssert start, Consumer<DatasetAssert> chain) {
    AssertionFailedError e =
        catchThrowableOfType(AssertionFailedError.class, () -> chain.accept(start));
    assertThat(e).as("the chain should fail").isNotNull();
    return e.getMessage();
  }
}
