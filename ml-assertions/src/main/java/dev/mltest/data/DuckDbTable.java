package dev.mltest.data;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** A dataset bound to a DuckDB view or temporary table. */
final class DuckDbTable implements BoundTable {
  private final Connection connection;
  private final Dataset dataset;
  private final String name;
  private final boolean view;
  private final TableSchema schema;
  private final Runnable beforeQuery;
  private final @Nullable CsvDialect csvDialect;

  /**
   * @param beforeQuery run before every query but the schema's (the backend locks itself down
   *     there, once all datasets are bound)
   * @param csvDialect the dialect DuckDB detected for a CSV file, null for other tables
   */
  DuckDbTable(
      Connection connection,
      Dataset dataset,
      String name,
      boolean view,
      Runnable beforeQuery,
      @Nullable CsvDialect csvDialect) {
    this.connection = connection;
    this.beforeQuery = beforeQuery;
    this.csvDialect = csvDialect;
    this.dataset = dataset;
    this.name = name;
    this.view = view;
    this.schema = readSchema();
  }

  @Override
  public Dataset dataset() {
    return dataset;
  }

  /** The dialect DuckDB detected for a CSV file, null for other tables. */
  @Nullable CsvDialect csvDialect() {
    return csvDialect;
  }

  @Override
  public TableSchema schema() {
    return schema;
  }

  private TableSchema readSchema() {
    List<Column> columns = new ArrayList<>();
    // The catalog keeps a view's columns from when it was created: reading them there binds no
    // query, which over a CSV or JSON file would sample the file again (DESCRIBE does).
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT column_name, data_type FROM duckdb_columns() WHERE table_name = "
                    + DuckDbSql.SQL.string(name)
                    + " ORDER BY column_index")) {
      while (rs.next()) {
        String type = rs.getString("data_type");
        columns.add(new Column(rs.getString("column_name"), ColumnType.fromSqlType(type), type));
      }
    } catch (SQLException e) {
      throw readError(e);
    }
    return new TableSchema(columns);
  }

  private String from() {
    return DuckDbSql.SQL.ident(name);
  }

  @Override
  public Measurements measure(Collection<? extends Measure> measures) {
    beforeQuery.run();
    List<Measure> distinct = new ArrayList<>(new LinkedHashSet<>(measures));
    Map<Measure, Optional<Object>> values = new HashMap<>();
    Map<Measure, String> failures = new HashMap<>();
    // Duplicates ride along in the shared scan as a probe (rows vs distinct keys): a key without
    // duplicates then needs no grouping pass, which would parse a CSV or JSON file a second time.
    List<Measure> shared =
        distinct.stream().filter(m -> !m.isGrouping() || m instanceof Measure.Duplicates).toList();
    if (!shared.isEmpty()) {
      try {
        values.putAll(scan(shared));
      } catch (SQLException | SqlExpressionPolicy.RefusedExpressionException e) {
        // One bad user expression must not cost the others their results: find the culprit.
        if (e instanceof SQLException sql) {
          checkReadable(sql);
        }
        for (Measure m : shared) {
          try {
            values.putAll(scan(List.of(m)));
          } catch (SQLException single) {
            recordFailure(m, firstLine(single), failures);
          } catch (SqlExpressionPolicy.RefusedExpressionException refused) {
            recordFailure(
                m,
                java.util.Objects.requireNonNullElse(refused.getMessage(), refused.toString()),
                failures);
          }
        }
      }
    }
    for (Measure m : distinct) {
      if (m.isGrouping() && !values.containsKey(m)) {
        try {
          values.put(m, Optional.of(ownPass(m)));
        } catch (SQLException e) {
          checkReadable(e);
          failures.put(m, firstLine(e));
        } catch (SqlExpressionPolicy.RefusedExpressionException e) {
          failures.put(m, e.getMessage());
        }
      }
    }
    return new Measurements(values, failures);
  }

  /** A failed duplicates probe is left to the grouping pass, which reports its own failure. */
  private static void recordFailure(Measure m, String message, Map<Measure, String> failures) {
    if (!(m instanceof Measure.Duplicates)) {
      failures.put(m, message);
    }
  }

  /**
   * One query for all measures. A duplicates measure is probed with two columns (keyed rows,
   * distinct keys): equal counts mean no duplicates, known exactly; otherwise it is left out of the
   * result for the grouping pass to count.
   */
  private Map<Measure, Optional<Object>> scan(List<Measure> measures) throws SQLException {
    // Different measures can be the same SQL (a null count and a not-null check's offenders):
    // each distinct expression is computed once.
    Map<String, Integer> columns = new java.util.LinkedHashMap<>();
    Map<Measure, List<Integer>> columnsOf = new HashMap<>();
    for (Measure m : measures) {
      List<String> expressions =
          m instanceof Measure.Duplicates d
              ? DuckDbSql.SQL.duplicatesProbe(d)
              : List.of(DuckDbSql.SQL.aggregate(m));
      columnsOf.put(
          m,
          expressions.stream()
              .map(e -> columns.computeIfAbsent(e, k -> columns.size() + 1))
              .toList());
    }
    String sql = "SELECT " + String.join(", ", columns.keySet()) + " FROM " + from();
    Map<Measure, Optional<Object>> values = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      for (Measure m : measures) {
        List<Integer> at =
            java.util.Objects.requireNonNull(columnsOf.get(m), "every measure was given columns");
        if (m instanceof Measure.Duplicates) {
          if (rs.getLong(at.get(0)) == rs.getLong(at.get(1))) {
            values.put(m, Optional.of(new DuplicateStats(0, 0, 0)));
          }
        } else {
          values.put(m, Optional.ofNullable(normalise(rs.getObject(at.get(0)))));
        }
      }
    }
    return values;
  }

  private Object ownPass(Measure m) throws SQLException {
    if (m instanceof Measure.Duplicates d) {
      return duplicates(d);
    } else if (m instanceof Measure.MostCommonValues c) {
      return mostCommon(c);
    } else if (m instanceof Measure.ZScoreOutliers z) {
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery(DuckDbSql.SQL.zScoreOutliers(z, from()))) {
        rs.next();
        return new ZScoreStats(
            rs.getLong(1), rs.getLong(2), nullableDouble(rs, 3), nullableDouble(rs, 4));
      }
    } else if (m instanceof Measure.OrderBreaks o) {
      try (Statement s = connection.createStatement();
          ResultSet rs = s.executeQuery(DuckDbSql.SQL.orderBreaks(o, DuckDbSql.numbered(from())))) {
        rs.next();
        long first = rs.getLong(3);
        Long firstRow = rs.wasNull() ? null : first;
        return new OrderStats(
            rs.getLong(1), rs.getLong(2), firstRow, rs.getString(4), rs.getString(5));
      }
    } else if (m instanceof Measure.JudgedText j) {
      return judgedText(j);
    }
    throw new IllegalArgumentException("not a measure of its own pass: " + m);
  }

  /**
   * Streams the values to the judge row by row: only the counts and the first {@code examples}
   * distinct failing values stay in memory, and a value longer than the judge reads is cut in SQL.
   */
  private TextVerdicts judgedText(Measure.JudgedText j) throws SQLException {
    ColumnType type = schema.column(j.column()).map(Column::type).orElse(ColumnType.OTHER);
    long judged = 0;
    long failing = 0;
    List<TextVerdicts.Failure> kept = new ArrayList<>();
    Map<String, Integer> keptIndex = new HashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(DuckDbSql.SQL.judgedText(j, DuckDbSql.numbered(from())))) {
      while (rs.next()) {
        judged++;
        long row = rs.getLong(1);
        String text = rs.getString(2);
        long length = rs.getLong(3);
        boolean tooLong = length > j.judge().maxLength();
        String reason = tooLong ? j.judge().tooLong(length) : j.judge().problem(text).orElse(null);
        if (reason == null) {
          continue;
        }
        failing++;
        // Long values are told apart by row: keeping them as map keys would cost their size.
        String key = tooLong || text.length() > 1024 ? "row " + row : text;
        Integer at = keptIndex.get(key);
        if (at != null) {
          TextVerdicts.Failure f = kept.get(at);
          ValueSample v = f.sample();
          kept.set(
              at,
              new TextVerdicts.Failure(
                  new ValueSample(v.value(), v.count() + 1, v.firstRow(), v.firstKey()),
                  f.reason()));
        } else if (kept.size() < j.examples()) {
          String shown =
              tooLong
                  ? ValueText.quote(text) + "… (%,d chars)".formatted(length)
                  : ValueText.shown(text, type);
          Array keys = rs.getArray(4);
          String firstKey =
              j.keyColumns().isEmpty() || keys == null
                  ? null
                  : shownValues(j.keyColumns(), keys, false);
          keptIndex.put(key, kept.size());
          kept.add(new TextVerdicts.Failure(new ValueSample(shown, 1, row, firstKey), reason));
        }
      }
    }
    return new TextVerdicts(judged, failing, kept);
  }

  private MostCommon mostCommon(Measure.MostCommonValues c) throws SQLException {
    List<Object> values = new ArrayList<>();
    long count = 0;
    long tied = 0;
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(DuckDbSql.SQL.mostCommon(c, from()))) {
      while (rs.next()) {
        values.add(normalise(rs.getObject(1)));
        count = rs.getLong(2);
        tied = rs.getLong(3);
      }
    }
    return new MostCommon(values, count, tied);
  }

  private static @Nullable Double nullableDouble(ResultSet rs, int column) throws SQLException {
    double d = rs.getDouble(column);
    return rs.wasNull() ? null : d;
  }

  private DuplicateStats duplicates(Measure.Duplicates d) throws SQLException {
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(DuckDbSql.SQL.duplicates(d, from()))) {
      rs.next();
      return new DuplicateStats(rs.getLong(1), rs.getLong(2), rs.getLong(3));
    }
  }

  @Override
  public List<ValueSample> sample(SampleRequest request) {
    beforeQuery.run();
    String sql;
    try {
      sql = DuckDbSql.SQL.sample(request, schema.names(), DuckDbSql.numbered(from()));
    } catch (SqlExpressionPolicy.RefusedExpressionException e) {
      throw new DataAccessException("cannot fetch offending rows: " + e.getMessage(), e);
    }
    List<String> shown = SqlDialect.shownColumns(request, schema.names());
    // One requested column shows its value alone; otherwise each value is named: a=1, b='x'.
    boolean bare = shown.size() == 1 && !request.valueColumns().isEmpty();
    List<ValueSample> samples = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      while (rs.next()) {
        samples.add(
            new ValueSample(
                shownValues(shown, rs.getArray(1), bare),
                rs.getLong(2),
                rs.getLong(3),
                request.keyColumns().isEmpty()
                    ? null
                    : shownValues(request.keyColumns(), rs.getArray(4), false)));
      }
    } catch (SQLException e) {
      checkReadable(e);
      throw new DataAccessException("cannot fetch offending rows: " + firstLine(e), e);
    }
    return samples;
  }

  /** The values of a sample row as {@link ValueText} shows them, named unless {@code bare}. */
  private String shownValues(List<String> columns, Array texts, boolean bare) throws SQLException {
    Object[] values = (Object[]) texts.getArray();
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      String text =
          ValueText.shown(
              values[i] == null ? null : values[i].toString(),
              schema.column(column).map(Column::type).orElse(ColumnType.OTHER));
      parts.add(bare ? text : column + "=" + text);
    }
    return String.join(", ", parts);
  }

  @Override
  public Map<String, Long> labelCounts(String label, boolean byValue) {
    beforeQuery.run();
    try {
      return DuckDbSampling.counts(connection, from(), label, byValue);
    } catch (SQLException e) {
      throw new DataAccessException(
          "cannot count the labels of %s: %s".formatted(dataset.name(), firstLine(e)), e);
    }
  }

  @Override
  public void drawSample(SampleDraw draw, java.util.function.Consumer<SampledRow> rows) {
    beforeQuery.run();
    try {
      DuckDbSampling.draw(connection, from(), schema, draw, rows);
    } catch (SQLException e) {
      throw new DataAccessException(
          "cannot sample %s: %s".formatted(dataset.name(), firstLine(e)), e);
    }
  }

  @Override
  public NumericCounts numericCounts(List<String> columns) {
    beforeQuery.run();
    NumericCounts.Builder counts = NumericCounts.builder(columns);
    if (columns.isEmpty()) {
      return counts.build();
    }
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(numericCountsQuery(columns))) {
      while (rs.next()) {
        int column = rs.getInt(1);
        double value = rs.getDouble(2);
        boolean isNull = rs.wasNull();
        long count = rs.getLong(3);
        if (isNull) {
          counts.addNulls(column, count);
        } else {
          counts.add(column, value, count);
        }
      }
    } catch (SQLException e) {
      checkReadable(e);
      throw new DataAccessException("cannot count values of " + columns + ": " + firstLine(e), e);
    }
    return counts.build();
  }

  /**
   * One scan for all columns: each column, cast to DOUBLE, is its own grouping set, and {@code
   * grouping(vi) = 0} marks the rows of column i. Unsorted: sorting every distinct value in DuckDB
   * cost about as much again as the grouping (measured at 1M rows and 15 columns), while {@link
   * NumericCounts.Builder} sorts each column's distinct values in place. A materialized table with
   * one grouping per column was no faster and held every value in native memory.
   */
  private String numericCountsQuery(List<String> columns) {
    StringBuilder projection = new StringBuilder();
    StringBuilder sets = new StringBuilder();
    StringBuilder which = new StringBuilder("CASE");
    StringBuilder value = new StringBuilder("CASE");
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      ColumnType type = schema.column(column).map(Column::type).orElse(ColumnType.OTHER);
      String expression =
          type.isTemporal()
              ? "epoch(" + DuckDbSql.SQL.ident(column) + ")"
              : DuckDbSql.SQL.ident(column);
      String alias = "v" + i;
      projection
          .append(i == 0 ? "" : ", ")
          .append("CAST(")
          .append(expression)
          .append(" AS DOUBLE) AS ")
          .append(alias);
      sets.append(i == 0 ? "" : ", ").append('(').append(alias).append(')');
      which.append(" WHEN grouping(%s) = 0 THEN %d".formatted(alias, i));
      value.append(" WHEN grouping(%s) = 0 THEN %s".formatted(alias, alias));
    }
    return ("SELECT %s END AS k, %s END AS v, count(*) AS n"
            + " FROM (SELECT %s FROM %s) GROUP BY GROUPING SETS (%s)")
        .formatted(which, value, projection, from(), sets);
  }

  @Override
  public Map<String, Map<@Nullable String, Long>> categoryCounts(List<String> columns) {
    beforeQuery.run();
    Map<String, Map<@Nullable String, Long>> result = new java.util.LinkedHashMap<>();
    if (columns.isEmpty()) {
      return result;
    }
    // One scan for all columns: a grouping set per column; grouping(c) = 0 marks c's rows.
    StringBuilder select = new StringBuilder("SELECT ");
    StringBuilder sets = new StringBuilder();
    for (int i = 0; i < columns.size(); i++) {
      String column = DuckDbSql.SQL.ident(columns.get(i));
      select
          .append("grouping(")
          .append(column)
          .append("), CAST(")
          .append(column)
          .append(" AS VARCHAR), ");
      sets.append(i == 0 ? "" : ", ").append('(').append(column).append(')');
      result.put(columns.get(i), new HashMap<>());
    }
    String sql = select + "count(*) FROM " + from() + " GROUP BY GROUPING SETS (" + sets + ")";
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      int count = 2 * columns.size() + 1;
      while (rs.next()) {
        for (int i = 0; i < columns.size(); i++) {
          if (rs.getLong(2 * i + 1) == 0) {
            Objects.requireNonNull(result.get(columns.get(i)), "every column has a map")
                .put(rs.getString(2 * i + 2), rs.getLong(count));
            break;
          }
        }
      }
    } catch (SQLException e) {
      checkReadable(e);
      throw new DataAccessException("cannot count values of " + columns + ": " + firstLine(e), e);
    }
    return result;
  }

  /** Tells a data problem (the whole table unreadable) from a problem of one expression. */
  private void checkReadable(SQLException original) {
    if (!view) {
      return;
    }
    try (Statement s = connection.createStatement();
        ResultSet rs = s.executeQuery("SELECT count(*) FROM " + from())) {
      rs.next();
    } catch (SQLException e) {
      throw readError(e);
    }
    String message = String.valueOf(original.getMessage());
    if (message.contains("CSV Error")
        || message.contains("Invalid Input Error: Error when")
        || isEncodingError(original)) {
      throw readError(original);
    }
  }

  /** Whether DuckDB failed because a CSV file is not in the encoding it was read with. */
  static boolean isEncodingError(SQLException e) {
    String message = String.valueOf(e.getMessage());
    return message.contains("Invalid unicode") || message.contains("not utf-8 encoded");
  }

  private DataAccessException readError(SQLException e) {
    if (dataset instanceof FileDataset f && isEncodingError(e)) {
      return new DataAccessException(TextEncoding.notUtf8(f), e);
    }
    String what =
        dataset instanceof FileDataset f
            ? "%s file %s".formatted(f.format().key(), f.path())
            : dataset.name();
    return new DataAccessException(
        "cannot read " + what + ": " + conciseReadError(e) + forcedTypeHint(e), e);
  }

  /** When a value does not fit a type the suite forced, says where it was forced. */
  private String forcedTypeHint(SQLException e) {
    if (!(dataset instanceof FileDataset f) || f.types().isEmpty()) {
      return "";
    }
    String message = String.valueOf(e.getMessage());
    for (Map.Entry<String, String> t : f.types().entrySet()) {
      if (message.contains("converting column \"" + t.getKey() + "\"")) {
        return "; the dataset's options set types: {%s: %s}; change or remove it"
            .formatted(t.getKey(), t.getValue());
      }
    }
    return "";
  }

  private static String conciseReadError(SQLException e) {
    String message = String.valueOf(e.getMessage());
    List<String> kept = new ArrayList<>();
    for (String line : message.split("\\R")) {
      String t = line.strip();
      if (t.startsWith("Error: ")) {
        t = t.substring("Error: ".length());
      }
      if (t.isEmpty()
          || t.contains("unsuccessful or closed pending query result")
          || t.startsWith("Possible Solution")
          || t.startsWith("* ")
          || t.startsWith("Parser options")
          || t.startsWith("file =")
          || t.contains("Possible fixes")) {
        continue;
      }
      kept.add(t);
      if (kept.size() == 3) {
        break;
      }
    }
    return DatabaseMessages.bound(String.join(" ", kept));
  }

  /** The line of a DuckDB error message that says what went wrong, bounded. */
  static String firstLine(SQLException e) {
    return DatabaseMessages.concise(e.getMessage());
  }

  static @Nullable Object normalise(@Nullable Object value) throws SQLException {
    if (value == null) {
      return null;
    }
    if (value instanceof Array array) {
      return normalise(array.getArray());
    }
    if (value instanceof Object[] items) {
      List<@Nullable Object> list = new ArrayList<>(items.length);
      for (Object item : items) {
        list.add(normalise(item));
      }
      return list;
    }
    return ResultValues.scalar(value);
  }

  @Override
  public void close() {
    try (Statement s = connection.createStatement()) {
      s.execute((view ? "DROP VIEW IF EXISTS " : "DROP TABLE IF EXISTS ") + from());
    } catch (SQLException e) {
      // The connection may already be closed with its backend; nothing is left to release then.
    }
  }
}
