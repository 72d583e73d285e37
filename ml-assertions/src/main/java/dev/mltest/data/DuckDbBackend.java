package dev.mltest.data;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The default backend: an embedded, in-memory DuckDB database (no server), its native memory
 * bounded and its spill folder its own ({@link DuckDbSettings}).
 */
final class DuckDbBackend implements DataBackend {

  private final Connection connection;
  private final DuckDbSettings settings;
  private final AtomicInteger tables = new AtomicInteger();
  private final Set<String> allowedPaths = new LinkedHashSet<>();
  private boolean locked;

  DuckDbBackend() {
    this(DuckDbSettings.defaults());
  }

  DuckDbBackend(DuckDbSettings settings) {
    this.settings = settings;
    try {
      connection = DriverManager.getConnection("jdbc:duckdb:");
      try (Statement s = connection.createStatement()) {
        settings.apply(s);
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
    if (dataset instanceof CatalogTable table) {
      throw new DataAccessException(catalogTableRefusal(table));
    }
    if (dataset instanceof HadoopDataset uri) {
      throw new DataAccessException(uriRefusal(uri));
    }
    return InMemoryLoader.load(connection, (InMemoryTable) dataset, name, this::lockDown);
  }

  /** Why DuckDB does not read a catalog table, and how to read it on Spark instead. */
  static String catalogTableRefusal(CatalogTable table) {
    return ("the DuckDB backend cannot read catalog table %s: catalog tables (Delta, Iceberg, Hive,"
            + " Spark views) are read by the Spark backend; add 'backend: spark' to the suite (or"
            + " set mltest.backend=spark) with ml-test-spark on the test classpath")
        .formatted(table.qualifiedName());
  }

  /** Why DuckDB does not read a Hadoop URI, and how to read it on Spark instead. */
  static String uriRefusal(HadoopDataset dataset) {
    return ("the DuckDB backend cannot read the URI %s: Hadoop URIs (s3a://, hdfs://, abfs://, gs://,"
            + " file://) are read by the Spark backend; add 'backend: spark' to the suite (or set"
            + " mltest.backend=spark) with ml-test-spark on the test classpath")
        .formatted(dataset.uri());
  }

  private BoundTable openFile(FileDataset file, String name) {
    Path path = file.path();
    if (Files.isDirectory(path)) {
      throw new DataAccessException(
          "dataset path %s is a folder, not a file; name one .csv, .parquet or .jsonl file in it"
              .formatted(path.toAbsolutePath()));
    }
    if (!Files.isRegularFile(path)) {
      throw new DataAccessException("dataset file not found: " + path.toAbsolutePath());
    }
    if (!Files.isReadable(path)) {
      throw new DataAccessException("dataset file is not readable: " + path.toAbsolutePath());
    }
    if (isEmpty(path)) {
      throw new DataAccessException(
          "dataset file %s is an empty file (0 bytes); %s"
              .formatted(
                  path.toAbsolutePath(),
                  file.format() == FileFormat.CSV
                      ? "a CSV dataset needs at least a header line"
                      : "write the data to it, or point the suite at the right file"));
    }
    allowedPaths.addAll(DuckDbReader.accessPaths(file.path()));
    CsvDialect dialect = null;
    try (Statement s = connection.createStatement()) {
      // A CSV file is sniffed once here; a query over the view would otherwise sniff it again.
      String source;
      if (file.format() == FileFormat.CSV) {
        CsvSniff.Sniffed sniffed = CsvSniff.sniff(connection, file);
        source = sniffed.tableFunction();
        dialect = sniffed.dialect();
      } else {
        source = DuckDbReader.tableFunction(file, null);
      }
      s.execute(
          "CREATE OR REPLACE TEMP VIEW "
              + DuckDbSql.SQL.ident(name)
              + " AS SELECT * FROM "
              + source);
    } catch (SQLException e) {
      if (!file.types().isEmpty() && String.valueOf(e.getMessage()).contains("COLUMN_TYPES")) {
        throw new DataAccessException(unknownTypedColumns(file), e);
      }
      throw new DataAccessException(
          DuckDbTable.isEncodingError(e)
              ? TextEncoding.notUtf8(file)
              : "cannot read %s file %s: %s"
                  .formatted(file.format().key(), file.path(), DuckDbTable.firstLine(e)),
          e);
    }
    DuckDbTable table = new DuckDbTable(connection, file, name, true, this::lockDown, dialect);
    if (dialect != null) {
      CsvShapeCheck.check(file, table.schema());
    }
    return table;
  }

  /** Which columns of the {@code types} option the file lacks, and the columns it has. */
  private String unknownTypedColumns(FileDataset file) {
    FileDataset untyped = new FileDataset(file.path(), file.format(), file.options());
    List<String> columns = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery("DESCRIBE SELECT * FROM " + DuckDbReader.tableFunction(untyped, null))) {
      while (rs.next()) {
        columns.add(rs.getString("column_name"));
      }
    } catch (SQLException e) {
      return "cannot read csv file %s: %s".formatted(file.path(), DuckDbTable.firstLine(e));
    }
    List<String> missing =
        file.types().keySet().stream().filter(c -> !columns.contains(c)).toList();
    return "'types' names %s that %s does not have; its columns: %s"
        .formatted(
            missing.stream()
                .map(c -> "'" + c + "'")
                .collect(java.util.stream.Collectors.joining(", ", "column ", "")),
            file.name(),
            String.join(", ", columns));
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

  private static boolean isEmpty(Path path) {
    try {
      return Files.size(path) == 0;
    } catch (java.io.IOException e) {
      return false;
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
    } finally {
      settings.cleanUp();
    }
  }
}
