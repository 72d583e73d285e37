package dev.mltest.spark;

import dev.mltest.data.Column;
import dev.mltest.data.ColumnType;
import dev.mltest.data.Measure;
import dev.mltest.data.TableSchema;
import dev.mltest.data.TextVerdicts;
import dev.mltest.data.ValueSample;
import dev.mltest.data.ValueText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Streams a column's values to a JVM judge in row order, one partition at a time ({@code
 * toLocalIterator}): the driver holds one partition and the kept examples, never the column.
 */
final class JudgedTextPass {
  private JudgedTextPass() {}

  static TextVerdicts judge(
      SparkSession spark, Measure.JudgedText j, String numbered, TableSchema schema) {
    ColumnType type = schema.column(j.column()).map(Column::type).orElse(ColumnType.OTHER);
    long judged = 0;
    long failing = 0;
    List<TextVerdicts.Failure> kept = new ArrayList<>();
    Map<String, Integer> keptIndex = new HashMap<>();
    Iterator<Row> rows = spark.sql(SparkSql.SQL.judgedText(j, numbered)).toLocalIterator();
    while (rows.hasNext()) {
      Row r = rows.next();
      judged++;
      long row = r.getLong(0);
      String text = r.getString(1);
      long length = r.getInt(2);
      boolean tooLong = length > j.judge().maxLength();
      String reason = tooLong ? j.judge().tooLong(length) : j.judge().problem(text).orElse(null);
      if (reason == null) {
        continue;
      }
      failing++;
      String key = tooLong || text.length() > 1024 ? "row " + row : text;
      Integer at = keptIndex.get(key);
      if (at != null) {
        TextVerdicts.Failure f = kept.get(at);
        ValueSample v = f.sample();
        kept.set(
            at,
            new TextVerdicts.Failure(
                new ValueSample(v.value(), v.count() + 1, v.firstRow(), v.firstKey()), f.reason()));
      } else if (kept.size() < j.examples()) {
        String shown =
            tooLong
                ? ValueText.quote(text) + "… (%,d chars)".formatted(length)
                : ValueText.shown(text, type);
        String firstKey =
            j.keyColumns().isEmpty() || r.isNullAt(3)
                ? null
                : SparkValues.shown(j.keyColumns(), r.getList(3), false, schema);
        keptIndex.put(key, kept.size());
        kept.add(new TextVerdicts.Failure(new ValueSample(shown, 1, row, firstKey), reason));
      }
    }
    return new TextVerdicts(judged, failing, kept);
  }
}
