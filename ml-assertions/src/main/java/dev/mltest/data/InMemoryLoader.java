package dev.mltest.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/** Copies an {@link InMemoryTable} into a DuckDB temporary table. */
final class InMemoryLoader {
  private InMemoryLoader() {}

  static BoundTable load(
      Connection connection, InMemoryTable table, String name, Runnable beforeQuery) {
    List<Column> columns = table.columns();
    String ddl =
        columns.stream()
            .map(c -> DuckDbSql.SQL.ident(c.name()) + " " + c.nativeType())
            .collect(
                Collectors.joining(
                    ", ", "CREATE OR REPLACE TEMP TABLE " + DuckDbSql.SQL.ident(name) + " (", ")"));
    String insert =
        columns.stream()
            .map(c -> "CAST(? AS " + c.nativeType() + ")")
            .collect(
                Collectors.joining(
                    ", ", "INSERT INTO " + DuckDbSql.SQL.ident(name) + " VALUES (", ")"));
    try (Statement s = connection.createStatement()) {
      s.execute(ddl);
      if (!table.rows().isEmpty()) {
        try (PreparedStatement ps = connection.prepareStatement(insert)) {
          for (List<@Nullable Object> row : table.rows()) {
            for (int i = 0; i < row.size(); i++) {
              Object v = row.get(i);
              ps.setObject(i + 1, v == null ? null : bindable(v));
            }
            ps.addBatch();
          }
          ps.executeBatch();
        }
      }
    } catch (SQLException e) {
      throw new DataAccessException(
          "cannot load in-memory table '%s': %s".formatted(table.name(), DuckDbTable.firstLine(e)),
          e);
    }
    return new DuckDbTable(connection, table, name, false, beforeQuery, null);
  }

  private static Object bindable(Object value) {
    if (value instanceof Double d && (d.isNaN() || d.isInfinite())) {
      return d.isNaN() ? "NaN" : (d > 0 ? "Infinity" : "-Infinity");
    }
    if (value instanceof Number || value instanceof Boolean) {
      return value;
    }
    return value.toString();
  }
}
