package dev.mltest.spark;

import dev.mltest.data.SqlDialect;
import java.util.List;
import java.util.StringJoiner;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.StructType;

/**
 * Numbers rows from 1 in partition order, as DuckDB's {@code row_number() OVER ()} numbers them in
 * file order, without moving every row to one partition: {@code zipWithIndex} counts each
 * partition's rows first (one small job) and then numbers them where they are.
 */
final class RowNumbers {
  /** {@code monotonically_increasing_id()} keeps a row's position in its partition here. */
  private static final long POSITION_BITS = (1L << 33) - 1;

  private RowNumbers() {}

  static org.apache.spark.sql.Dataset<Row> number(
      SparkSession spark, org.apache.spark.sql.Dataset<Row> frame) {
    if (SparkConnect.isConnect(spark)) {
      return numberOnServer(frame);
    }
    StructType schema = frame.schema().add(SparkTable.rowField());
    JavaRDD<Row> rows = frame.javaRDD().zipWithIndex().map(t -> withNumber(t._1(), t._2() + 1));
    return spark.createDataFrame(rows, schema);
  }

  /**
   * The same numbers without RDDs, which Spark Connect lacks: {@code monotonically_increasing_id()}
   * is the partition's index in its upper bits and the row's position in the partition in its lower
   * 33, so one small job counts each partition's rows, and a row's number is the rows of the
   * partitions before its own plus its position. Both jobs read the frame's partitions alike, as
   * {@code zipWithIndex}'s do.
   */
  private static org.apache.spark.sql.Dataset<Row> numberOnServer(
      org.apache.spark.sql.Dataset<Row> frame) {
    String id = "__mltest_id";
    org.apache.spark.sql.Dataset<Row> withId =
        frame.withColumn(id, functions.monotonically_increasing_id());
    List<Row> counts =
        withId
            .groupBy(functions.expr("shiftright(" + id + ", 33)").as("p"))
            .count()
            .orderBy("p")
            .collectAsList();
    int partitions = counts.isEmpty() ? 1 : (int) counts.get(counts.size() - 1).getLong(0) + 1;
    long[] offsets = new long[partitions];
    for (Row r : counts) {
      int p = (int) r.getLong(0);
      if (p + 1 < partitions) {
        offsets[p + 1] = r.getLong(1);
      }
    }
    StringJoiner array = new StringJoiner(", ", "array(", ")");
    long before = 0;
    for (long n : offsets) {
      before += n;
      array.add(before + "L");
    }
    String number =
        "element_at(%s, CAST(shiftright(%s, 33) AS INT) + 1) + (%s & %dL) + 1L"
            .formatted(array, id, id, POSITION_BITS);
    return withId.withColumn(SqlDialect.ROW, functions.expr(number)).drop(id);
  }

  private static Row withNumber(Row row, long number) {
    Object[] values = new Object[row.size() + 1];
    for (int i = 0; i < row.size(); i++) {
      values[i] = row.get(i);
    }
    values[row.size()] = number;
    return RowFactory.create(values);
  }
}
