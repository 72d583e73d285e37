package dev.mltest.data;

import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/** The default backend: an embedded, in-memory DuckDB database (no server). */
final class DuckDbBackend implements DataBackend {

  private final Connection connection;
  private final AtomicInteger tables = new AtomicInteger();
  private final Set<String> allowedPaths = new LinkedHashSet<>();
  private boolean locked;

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
  public synchronized BoundTable open(Dataset dataset) {
    if (locked && dataset instanceof FileDataset) {
      // In-memory tables need no file; a file cannot be allowed once the settings are locked.
      throw new DataAccessException(
          "cannot open %s: the database is locked down once a query has run; open every dataset file first"
              .formatted(dataset.name()));
    }
    String name = "mltest_t" + tables.incrementAndGet();
    if (dataset instanceof FileDataset file) {
      return openFile(file, name);
    }
    return InMemoryLoader.load(connection, (InMemoryTable) dataset, name, this::lockDown);
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
    allowedPaths.addAll(DuckDbReader.accessPaths(file.path()));
    try (Statement s = connection.createStatement()) {
      s.execute(
          "CREATE OR REPLACE TEMP VIEW " + DuckDbSql.ident(name) + " AS SELECT * FROM " + source);
    } catch (SQLException e) {
      throw new DataAccessException(
          "cannot read %s file %s: %s"
              .formatted(file.format().key(), file.path(), DuckDbTable.firstLine(e)),
          e);
    }
    DuckDbTable table = new DuckDbTable(connection, file, name, true, this::lockDown);
    if (file.format() == FileFormat.CSV) {
      CsvShapeCheck.check(file, table.schema());
    }
    return table;
  }

  /**
   * Locks the database down before the first query that may carry user SQL: from then on it reads
   * only the bound datasets' files and nothing else, and the settings cannot be changed back.
   */
  private synchronized void lockDown() {
    if (locked) {
      return;
    }
    try (Statement s = connection.createStatement()) {
      DuckDbLockdown.apply(s, allowedPaths);
      locked = true;
    } catch (SQLException e) {
      throw new DataAccessException(
          "cannot lock the embedded DuckDB database down: " + DuckDbTable.firstLine(e), e);
    }
  }

  /** The connection, for tests of the lockdown. */
  Connection connection() {
    return connection;
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
