package dev.mltest.spark;

import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Numbers rows from 1 in partition order, as DuckDB's {@code row_number() OVER ()} numbers them in
 * file order, without moving every row to one partition: {@code zipWithIndex} counts each
 * partition's rows first (one small job) and then numbers them where they are.
 */
final class RowNumbers {
  private RowNumbers() {}

  static org.apache.spark.sql.Dataset<Row> number(
      SparkSession spark, org.apache.spark.sql.Dataset<Row> frame) {
    StructType schema = frame.schema().add(SparkTable.rowField());
    JavaRDD<Row> rows = frame.javaRDD().zipWithIndex().map(t -> withNumber(t._1(), t._2() + 1));
    return spark.createDataFrame(rows, schema);
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
