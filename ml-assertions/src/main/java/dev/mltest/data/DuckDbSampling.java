package dev.mltest.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** The DuckDB SQL of {@link SampleDraw}: counting strata and drawing the seeded sample. */
final class DuckDbSampling {
  private static final long P = SampleDraw.MODULUS;

  /** A row key's stand-in for the row number (see {@link SampleDraw}). */
  static final String KEY_HASH = "CAST(('0x' || substr(md5(coalesce(__id, '')), 1, 7)) AS BIGINT)";

  private DuckDbSampling() {}

  /** The SQL twin of {@link SampleDraw#key}. */
  static String keySql(String rowNumber, long seed) {
    long s = Math.floorMod(seed, P);
    String x = "((%s %% %d + %d) %% %d)".formatted(rowNumber, P, s * 40_503L % P, P);
    x = "((%s * 48271) %% %d)".formatted(x, P);
    x = "xor(%s, (%s >> 13))".formatted(x, x);
    x = "((%s * 69621 + %d) %% %d)".formatted(x, s, P);
    x = "xor(%s, (%s >> 11))".formatted(x, x);
    return "((%s * 48271) %% %d)".formatted(x, P);
  }

  /** Counts the rows with a label, per label value when stratified (else under {@code ""}). */
  static String countSql(String from, String label, boolean stratified) {
    String group = stratified ? "CAST(%s AS VARCHAR)".formatted(DuckDbSql.SQL.ident(label)) : "''";
    return "SELECT %s AS __stratum, count(*) FROM %s WHERE %s IS NOT NULL GROUP BY ALL"
        .formatted(group, from, DuckDbSql.SQL.ident(label));
  }

  static Map<String, Long> counts(Connection connection, String from, String label, boolean strat)
      throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(countSql(from, label, strat))) {
      while (rs.next()) {
        counts.put(Objects.requireNonNullElse(rs.getString(1), ""), rs.getLong(2));
      }
    }
    return counts;
  }

  /**
   * The sampling query. Its columns: {@code __label}, the features in order, {@code __rn}, {@code
   * __test} and {@code __id}; ordered by row number.
   */
  static String sql(String from, SampleDraw draw) {
    String rowKey = draw.rowKey();
    String featureList =
        draw.features().stream()
            .map(DuckDbSql.SQL::ident)
            .map(f -> ", " + f)
            .collect(Collectors.joining());
    String take;
    if (draw.stratified()) {
      take =
          draw.quotas().entrySet().stream()
              .map(
                  e -> " WHEN %s THEN %d".formatted(DuckDbSql.SQL.string(e.getKey()), e.getValue()))
              .collect(Collectors.joining("", "CASE CAST(__label AS VARCHAR)", " ELSE 0 END"));
    } else {
      take = Long.toString(draw.total());
    }
    String partition = draw.stratified() ? "PARTITION BY __label " : "";
    return """
        WITH src AS (
          SELECT %s AS __label%s, (row_number() OVER ()) - 1 AS __rn, %s AS __id FROM %s
        ),
        keyed AS (SELECT *, %s AS __k FROM src WHERE __label IS NOT NULL),
        ranked AS (
          SELECT *, row_number() OVER (%sORDER BY __k, __rn) AS __pos, %s AS __take
          FROM keyed WHERE __k < %d
        )
        SELECT __label%s, __rn, __pos <= round(__take * %s) AS __test, __id
        FROM ranked WHERE __pos <= __take ORDER BY __rn
        """
        .formatted(
            DuckDbSql.SQL.ident(draw.label()),
            featureList,
            rowKey == null
                ? "CAST((row_number() OVER ()) - 1 AS VARCHAR)"
                : "CAST(%s AS VARCHAR)".formatted(DuckDbSql.SQL.ident(rowKey)),
            from,
            keySql(rowKey == null ? "__rn" : KEY_HASH, draw.seed()),
            partition,
            take,
            draw.keyBound(),
            featureList,
            Double.toString(draw.testFraction()));
  }

  /** Runs {@link #sql} and hands each row, converted, to {@code rows}. */
  static void draw(
      Connection connection,
      String from,
      TableSchema schema,
      SampleDraw draw,
      Consumer<SampledRow> rows)
      throws SQLException {
    ColumnType[] types = new ColumnType[draw.features().size()];
    for (int i = 0; i < types.length; i++) {
      String feature = draw.features().get(i);
      types[i] =
          schema
              .column(feature)
              .orElseThrow(
                  () -> new DataAccessException("no column '%s' to sample".formatted(feature)))
              .type();
    }
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql(from, draw))) {
      int n = types.length;
      while (rs.next()) {
        String text = Objects.requireNonNullElse(rs.getString(1), "");
        Object label = draw.numericLabel() ? (Object) rs.getDouble(1) : text;
        List<@Nullable Object> features = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
          features.add(value(rs, i + 2, types[i]));
        }
        boolean test = rs.getBoolean(n + 3);
        String key = Objects.requireNonNullElse(rs.getString(n + 4), "");
        rows.accept(new SampledRow(label, text, features, test, key));
      }
    }
  }

  private static @Nullable Object value(ResultSet rs, int column, ColumnType type)
      throws SQLException {
    Object value;
    if (type == ColumnType.STRING) {
      value = rs.getString(column);
    } else if (type == ColumnType.BOOLEAN) {
      value = rs.getBoolean(column);
    } else {
      value = rs.getDouble(column);
    }
    return rs.wasNull() ? null : value;
  }
}
