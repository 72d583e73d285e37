package dev.mltest.spark;

import dev.mltest.data.ColumnType;
import dev.mltest.data.SampleDraw;
import dev.mltest.data.SampledRow;
import dev.mltest.data.SqlDialect;
import dev.mltest.data.TableSchema;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;

/**
 * The Spark SQL of {@link SampleDraw}, the twin of the DuckDB backend's: the same rank key in
 * integer arithmetic, so the same data and seed draw the same rows on both backends.
 */
final class SparkSampling {
  private static final long P = SampleDraw.MODULUS;

  /** A row key's stand-in for the row number: the first 7 hex digits of its MD5. */
  static final String KEY_HASH =
      "CAST(conv(substr(md5(coalesce(__id, '')), 1, 7), 16, 10) AS BIGINT)";

  private SparkSampling() {}

  /** The SQL twin of {@link SampleDraw#key}. */
  static String keySql(String rowNumber, long seed) {
    long s = Math.floorMod(seed, P);
    String x = "((%s %% %dL + %dL) %% %dL)".formatted(rowNumber, P, s * 40_503L % P, P);
    x = "((%s * 48271L) %% %dL)".formatted(x, P);
    x = "(%s ^ shiftright(%s, 13))".formatted(x, x);
    x = "((%s * 69621L + %dL) %% %dL)".formatted(x, s, P);
    x = "(%s ^ shiftright(%s, 11))".formatted(x, x);
    return "((%s * 48271L) %% %dL)".formatted(x, P);
  }

  static Map<String, Long> counts(SparkSession spark, String from, String label, boolean strat) {
    String group = strat ? SparkSql.SQL.text(label) : "''";
    String sql =
        "SELECT %s AS __stratum, count(*) FROM %s WHERE %s IS NOT NULL GROUP BY 1"
            .formatted(group, from, SparkSql.SQL.ident(label));
    Map<String, Long> counts = new LinkedHashMap<>();
    for (Row r : spark.sql(sql).collectAsList()) {
      counts.put(r.isNullAt(0) ? "" : r.getString(0), r.getLong(1));
    }
    return counts;
  }

  /**
   * The sampling query over a numbered view: label, features, row, test flag, id and the label's
   * text, ordered by row.
   */
  static String sql(String numbered, SampleDraw draw) {
    String rowKey = draw.rowKey();
    String featureList =
        draw.features().stream()
            .map(SparkSql.SQL::ident)
            .map(f -> ", " + f)
            .collect(Collectors.joining());
    String take;
    if (draw.stratified()) {
      take =
          draw.quotas().entrySet().stream()
              .map(
                  e -> " WHEN %s THEN %dL".formatted(SparkSql.SQL.string(e.getKey()), e.getValue()))
              .collect(Collectors.joining("", "CASE CAST(__label AS STRING)", " ELSE 0L END"));
    } else {
      take = draw.total() + "L";
    }
    String partition = draw.stratified() ? "PARTITION BY __label " : "";
    String rn = SqlDialect.ROW + " - 1";
    return """
        WITH src AS (
          SELECT %s AS __label%s, %s AS __rn, %s AS __id FROM %s
        ),
        keyed AS (SELECT *, %s AS __k FROM src WHERE __label IS NOT NULL),
        ranked AS (
          SELECT *, row_number() OVER (%sORDER BY __k, __rn) AS __pos, %s AS __take
          FROM keyed WHERE __k < %dL
        )
        SELECT __label%s, __rn, __pos <= round(__take * %sD) AS __test, __id,
          CAST(__label AS STRING) AS __text
        FROM ranked WHERE __pos <= __take ORDER BY __rn
        """
        .formatted(
            SparkSql.SQL.ident(draw.label()),
            featureList,
            rn,
            rowKey == null ? "CAST(" + rn + " AS STRING)" : SparkSql.SQL.text(rowKey),
            numbered,
            keySql(rowKey == null ? "__rn" : KEY_HASH, draw.seed()),
            partition,
            take,
            draw.keyBound(),
            featureList,
            Double.toString(draw.testFraction()));
  }

  /** Converts each drawn row and hands it on, in row order. */
  static void hand(
      Iterator<Row> rows, TableSchema schema, SampleDraw draw, Consumer<SampledRow> out) {
    int n = draw.features().size();
    ColumnType[] types = new ColumnType[n];
    for (int i = 0; i < n; i++) {
      types[i] = schema.column(draw.features().get(i)).orElseThrow().type();
    }
    while (rows.hasNext()) {
      Row r = rows.next();
      Object raw = r.get(0);
      String text = r.isNullAt(n + 4) ? "" : r.getString(n + 4);
      Object label = draw.numericLabel() ? (Object) ((Number) raw).doubleValue() : text;
      List<@Nullable Object> features = new ArrayList<>(n);
      for (int i = 0; i < n; i++) {
        features.add(value(r, i + 1, types[i]));
      }
      boolean test = r.getBoolean(n + 2);
      String key = Objects.requireNonNullElse(r.isNullAt(n + 3) ? null : r.getString(n + 3), "");
      out.accept(new SampledRow(label, text, features, test, key));
    }
  }

  private static @Nullable Object value(Row r, int i, ColumnType type) {
    if (r.isNullAt(i)) {
      return null;
    }
    Object v = r.get(i);
    if (type == ColumnType.STRING) {
      return v.toString();
    }
    if (type == ColumnType.BOOLEAN) {
      return (Boolean) v;
    }
    return v instanceof Number num ? num.doubleValue() : Double.NaN;
  }
}
