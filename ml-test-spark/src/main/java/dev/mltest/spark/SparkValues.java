package dev.mltest.spark;

import dev.mltest.data.Column;
import dev.mltest.data.ColumnType;
import dev.mltest.data.ResultValues;
import dev.mltest.data.TableSchema;
import dev.mltest.data.ValueText;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Spark's result values in the forms the DuckDB backend gives, so checks judge them alike. */
final class SparkValues {
  private SparkValues() {}

  static @Nullable Object normalise(@Nullable Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof scala.collection.Seq<?> seq) {
      value = scala.jdk.javaapi.CollectionConverters.asJava(seq);
    }
    if (value instanceof List<?> items) {
      List<@Nullable Object> list = new ArrayList<>(items.size());
      for (Object item : items) {
        list.add(normalise(item));
      }
      return list;
    }
    if (value instanceof java.time.Instant i) {
      return java.time.LocalDateTime.ofInstant(i, java.time.ZoneId.systemDefault());
    }
    return ResultValues.scalar(value);
  }

  /** The values of a sample row as {@link ValueText} shows them, named unless {@code bare}. */
  static String shown(List<String> columns, List<?> texts, boolean bare, TableSchema schema) {
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      Object v = texts.get(i);
      String text =
          ValueText.shown(
              v == null ? null : v.toString(),
              schema.column(column).map(Column::type).orElse(ColumnType.OTHER));
      parts.add(bare ? text : column + "=" + text);
    }
    return String.join(", ", parts);
  }
}
