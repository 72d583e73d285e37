package dev.mltest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The boundary between the evaluation plan and the engine that reads data. The plan speaks in
 * {@link Measure}s and {@link RowCondition}s; a backend translates them into its own dialect (SQL
 * for DuckDB, Spark SQL in {@code ml-test-spark}). Backends are found by name through {@link
 * DataBackends}.
 *
 * <pre>{@code
 * try (DataBackend backend = DataBackend.duckDb();
 *     BoundTable table = backend.open(Dataset.csv(Path.of("customers.csv")))) {
 *   Measurements m = table.measure(List.of(new Measure.RowCount(RowCondition.ALWAYS)));
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface DataBackend extends AutoCloseable {

  /**
   * A backend on an embedded, in-memory DuckDB database with the default settings of {@code
   * mltest.duckdb.*} (see docs/configuration.md): a memory limit of half the memory the JVM's
   * maximum heap leaves (at least 256 MiB), and a spill folder of its own under {@code
   * java.io.tmpdir}, removed on {@link #close()}.
   */
  static DataBackend duckDb() {
    return new DuckDbBackend();
  }

  /**
   * Makes a dataset queryable. Files are not read here beyond what is needed to learn their schema.
   *
   * @throws DataAccessException if the dataset cannot be read
   */
  BoundTable open(Dataset dataset);

  @Override
  void close();
}
