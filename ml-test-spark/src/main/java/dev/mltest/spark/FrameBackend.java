package dev.mltest.spark;

import static java.util.Objects.requireNonNull;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A backend over one Spark {@code Dataset<Row>} that a user's test built: it binds that frame,
 * whatever dataset it is asked for (the dataset only names it in messages), under a temporary view
 * of its own. The frame's session is the user's, so closing this backend never stops it.
 */
final class FrameBackend implements DataBackend {
  private static final AtomicInteger VIEWS = new AtomicInteger();

  private final org.apache.spark.sql.Dataset<Row> frame;
  private final SparkSession spark;

  FrameBackend(org.apache.spark.sql.Dataset<Row> frame) {
    this.frame = requireNonNull(frame, "frame");
    this.spark = frame.sparkSession();
    Re2Functions.register(spark);
  }

  @Override
  public BoundTable open(Dataset dataset) {
    // Unique per bound table: two assertions, or two threads, never share a view.
    String view = "mltest_frame_" + VIEWS.incrementAndGet();
    return new SparkTable(spark, dataset, frame, view, SparkSettings.DEFAULT_DRIVER_MAX_VALUES);
  }

  @Override
  public void close() {}
}
