package dev.mltest.data;

import java.sql.Array;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Sniffs a CSV file's dialect and column types once and gives the {@code read_csv} call that reads
 * the file with them, detection off. DuckDB sniffs a CSV file each time a query over it is bound; a
 * view over the sniffed call binds without sniffing, so a suite's queries read the file as the
 * first sniff saw it, at the cost of one sniff in all.
 */
final class CsvSniff {
  /** How {@code sniff_csv} shows a setting left empty (no quote, no escape, no comment). */
  private static final String EMPTY = "(empty)";

  private CsvSniff() {}

  /**
   * A CSV file's {@code read_csv(...)} call with its sniffed dialect and types, and the dialect.
   */
  record Sniffed(String tableFunction, CsvDialect dialect) {}

  /**
   * Sniffs the file once: the {@code read_csv(...)} call for it with its sniffed dialect and types,
   * and the dialect.
   *
   * @throws SQLException if DuckDB cannot sniff the file (the same error reading it would raise)
   */
  static Sniffed sniff(Connection connection, FileDataset file) throws SQLException {
    // What DuckDB detects: dialect, header, column types and date formats, with the reader
    // options and forced types applied.
    String sniff = "sniff_csv(" + DuckDbReader.csvArguments(file, null) + ")";
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT Delimiter, Quote, Escape, NewLineDelimiter, Comment, SkipRows, HasHeader,"
                    + " list_transform(Columns, c -> c.name), list_transform(Columns, c -> c.type),"
                    + " DateFormat, TimestampFormat FROM "
                    + sniff)) {
      rs.next();
      StringBuilder call =
          new StringBuilder("read_csv(")
              .append(DuckDbSql.SQL.string(DuckDbReader.pattern(file.path())))
              .append(", auto_detect = false")
              .append(", delim = ")
              .append(setting(rs.getString(1)))
              .append(", quote = ")
              .append(setting(rs.getString(2)))
              .append(", escape = ")
              .append(setting(rs.getString(3)))
              .append(", new_line = ")
              .append(setting(rs.getString(4)))
              .append(", comment = ")
              .append(setting(rs.getString(5)))
              .append(", skip = ")
              .append(rs.getLong(6))
              .append(", header = ")
              .append(rs.getBoolean(7))
              .append(", columns = ")
              .append(columns(strings(rs.getArray(8)), strings(rs.getArray(9))));
      format(call, "dateformat", rs.getString(10));
      format(call, "timestampformat", rs.getString(11));
      // Options the sniffer does not report back: how nulls are written, and the encoding.
      for (String key : List.of("nullString", "encoding")) {
        String value = file.options().get(key);
        if (value != null) {
          call.append(", ")
              .append(key.equals("nullString") ? "nullstr" : "encoding")
              .append(" = ")
              .append(DuckDbReader.csvOption(key, value));
        }
      }
      CsvDialect dialect =
          new CsvDialect(
              plain(rs.getString(1)),
              plain(rs.getString(2)),
              plain(rs.getString(3)),
              plain(rs.getString(5)),
              rs.getLong(6),
              rs.getBoolean(7),
              nullIfEmpty(rs.getString(10)),
              nullIfEmpty(rs.getString(11)));
      return new Sniffed(call.append(')').toString(), dialect);
    }
  }

  private static String plain(@Nullable String value) {
    return value == null || value.equals(EMPTY) ? "" : value;
  }

  private static @Nullable String nullIfEmpty(@Nullable String value) {
    String v = plain(value);
    return v.isEmpty() ? null : v;
  }

  private static String setting(@Nullable String value) {
    return DuckDbSql.SQL.string(plain(value));
  }

  private static void format(StringBuilder call, String option, @Nullable String value) {
    if (value != null && !value.isEmpty() && !value.equals(EMPTY)) {
      call.append(", ").append(option).append(" = ").append(DuckDbSql.SQL.string(value));
    }
  }

  private static List<String> strings(Array array) throws SQLException {
    Object[] items = (Object[]) array.getArray();
    return java.util.Arrays.stream(items).map(String::valueOf).toList();
  }

  /** Names and types as SQL string literals: a header line is data, never SQL. */
  private static String columns(List<String> names, List<String> types) {
    return java.util.stream.IntStream.range(0, names.size())
        .mapToObj(
            i -> DuckDbSql.SQL.string(names.get(i)) + ": " + DuckDbSql.SQL.string(types.get(i)))
        .collect(Collectors.joining(", ", "{", "}"));
  }
}
