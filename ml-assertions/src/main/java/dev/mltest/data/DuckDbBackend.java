package dev.mltest.data;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicInteger;

/** The default backend: an embedded, in-memory DuckDB database (no server). */
final class DuckDbBackend implements DataBackend {

  private final Connection connection;
  private final AtomicInteger tables = new AtomicInteger();

  DuckDbBackend() {
    try {
      connection = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = connection.createStatement()) {
        // Row numbers in failure samples rely on the scan keeping the file's order.
        s.execute("SET preserve_insertion_order = true");
      }
    } catch (SQLException e) {
      throw new DataAccessException(
          "cannot start the embedded DuckDB database: " + e.getMessage(), e);
    }
  }

  @Override
  public BoundTable open(Dataset dataset) {
    String name = "mltest_t" + tables.incrementAndGet();
    if (dataset instanceof FileDataset file) {
      return openFile(file, name);
    }
    return InMemoryLoader.load(connection, (InMemoryTable) dataset, name);
  }

  private BoundTable openFile(FileDataset file, String name) {
    if (!Files.isRegularFile(file.path())) {
      throw new DataAccessException("dataset file not found: " + file.path().toAbsolutePath());
    }
    if (!Files.isReadable(file.path())) {
      throw new DataAccessException(
          "dataset file is not readable: " + file.path().toAbsolutePath());
    }
    String source = DuckDbReader.tableFunction(file, null);
    try (Statement s = connection.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP VIEW " + DuckDbSql.ident(name) + " AS SELECT * FROM " + source);
    } catch (SQLException e) {
      throw new DataAccessException(
          "cannot read %s file %s: %s"
              .formatted(file.format().key(), file.path(), DuckDbTable.firstLine(e)),
          e);
    }
    DuckDbTable table = new DuckDbTable(connection, file, name, true);
    if (file.format() == FileFormat.CSV) {
      CsvShapeCheck.check(file, table.schema());
    }
    return table;
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new DataAccessException("cannot close the DuckDB database: " + e.getMessage(), e);
    }
  }
}
