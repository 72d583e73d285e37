package dev.mltest.spark;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.assertions.DatasetAssert;
import dev.mltest.data.InMemoryTable;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructField;
import org.apiguardian.api.API;

/**
 * MLTest's AssertJ-style assertions on a Spark {@code Dataset<Row>}, for a Spark job's own Jupiter
 * tests: the same {@link DatasetAssert} as {@link dev.mltest.assertions.MlAssertions#assertThat},
 * with the same catalogue, failure messages and exceptions, computed by Spark on the frame's own
 * session.
 *
 * <pre>{@code
 * import static dev.mltest.assertions.MlAssertions.mostly;
 * import static dev.mltest.spark.SparkAssertions.assertThat;
 *
 * Dataset<Row> customers = spark.read().parquet("data/customers.parquet");
 * assertThat(customers).hasRowCountBetween(1, 1_000_000).column("id").isNotNull().isUnique();
 * assertThat(customers).where("segment = 'retail'").column("income").hasValuesBetween(0, 1e7, mostly(0.99));
 * }</pre>
 *
 * <p>Each assertion binds the frame to a temporary view of a unique name, runs one Spark job for
 * what it measures and drops the view; the frame is not cached (cache it yourself before a long
 * chain on an expensive plan). The session is never stopped.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SparkAssertions {
  /** The name messages give a frame when the test gives none. */
  static final String DEFAULT_NAME = "Spark Dataset";

  private SparkAssertions() {}

  /** Starts assertions on a Spark {@code Dataset<Row>}; messages call it {@code Spark Dataset}. */
  public static DatasetAssert assertThat(org.apache.spark.sql.Dataset<Row> actual) {
    return assertThat(actual, DEFAULT_NAME);
  }

  /**
   * Starts assertions on a Spark {@code Dataset<Row>} that messages call {@code name}, e.g. {@code
   * dataset 'customers': 2 of 10 rows are null}.
   */
  public static DatasetAssert assertThat(org.apache.spark.sql.Dataset<Row> actual, String name) {
    requireNonNull(actual, "actual");
    requireNonNull(name, "name");
    return new DatasetAssert(describe(actual, name), () -> new FrameBackend(actual));
  }

  /** The frame as the assertion's subject: its name and columns, without its rows. */
  private static InMemoryTable describe(org.apache.spark.sql.Dataset<Row> frame, String name) {
    InMemoryTable.Builder table = dev.mltest.data.Dataset.table(name);
    for (StructField f : frame.schema().fields()) {
      table.column(f.name(), SparkFiles.columnType(f.dataType()));
    }
    return table.build();
  }
}
