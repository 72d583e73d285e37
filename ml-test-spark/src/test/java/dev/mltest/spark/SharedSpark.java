package dev.mltest.spark;

import dev.mltest.data.DataBackend;
import dev.mltest.data.DataBackends;
import java.util.Map;

/**
 * The module's one Spark session: local mode on two threads, no UI, few shuffle partitions. Every
 * test borrows the same backend; the session lives as long as the test JVM.
 */
final class SharedSpark {
  /** The settings the engine-level tests pass as {@code mltest.spark.*} too. */
  static final Map<String, String> SETTINGS =
      Map.of(
          "master", "local[2]",
          "app-name", "mltest-spark-tests",
          "spark.ui.enabled", "false",
          "spark.sql.shuffle.partitions", "2",
          "spark.driver.host", "127.0.0.1",
          "spark.driver.bindAddress", "127.0.0.1",
          // The catalog's default database folder, created when a test touches the catalog.
          "spark.sql.warehouse.dir", "target/spark-warehouse",
          // lake://lake/<local path>: a Hadoop file system of a scheme of its own, for URI
          // datasets.
          "spark.hadoop.fs.lake.impl", LakeFileSystem.class.getName());

  private static DataBackend backend;

  private SharedSpark() {}

  static synchronized DataBackend backend() {
    if (backend == null) {
      backend = DataBackends.open("spark", SETTINGS);
    }
    // Later backends find this session active and reuse it; none of them stops it.
    return new Unclosed(backend);
  }

  /** The shared backend, which a test's try-with-resources must not close. */
  private record Unclosed(DataBackend delegate) implements DataBackend {
    @Override
    public dev.mltest.data.BoundTable open(dev.mltest.data.Dataset dataset) {
      return delegate.open(dataset);
    }

    @Override
    public void close() {}
  }
}
