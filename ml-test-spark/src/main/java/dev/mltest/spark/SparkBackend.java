package dev.mltest.spark;

import dev.mltest.data.BoundTable;
import dev.mltest.data.CatalogTable;
import dev.mltest.data.DataAccessException;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.data.FileDataset;
import dev.mltest.data.HadoopDataset;
import dev.mltest.data.InMemoryTable;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import scala.Option;

/**
 * A backend on a Spark session: the JVM's active or default session when there is one (a Spark
 * job's own tests), else a session it starts from its settings. A session MLTest started is shared
 * by every backend MLTest opens on it and stopped when the last of them closes (a drift section's
 * backend, bound at discovery, must not stop the session the suites still use); a session the user
 * started is never stopped.
 */
final class SparkBackend implements DataBackend {
  private static final System.Logger LOG = System.getLogger(SparkBackend.class.getName());
  private static final AtomicInteger BACKENDS = new AtomicInteger();

  /** The session MLTest started, if any, and how many open backends use it. */
  private static @Nullable SparkSession started;

  private static int users;

  private final SparkSession spark;
  private final boolean owned;
  private final java.util.concurrent.atomic.AtomicBoolean closed =
      new java.util.concurrent.atomic.AtomicBoolean();
  private final long driverMaxValues;
  private final String prefix;
  private final AtomicInteger tables = new AtomicInteger();

  private SparkBackend(SparkSession spark, boolean owned, long driverMaxValues) {
    this.spark = spark;
    this.driverMaxValues = driverMaxValues;
    this.owned = owned;
    this.prefix = "mltest_" + BACKENDS.incrementAndGet() + "_";
    Re2Functions.register(spark);
  }

  /** The backend on an existing session, which it never stops. */
  static SparkBackend on(SparkSession spark) {
    return new SparkBackend(spark, false, SparkSettings.DEFAULT_DRIVER_MAX_VALUES);
  }

  static synchronized SparkBackend start(SparkSettings settings) {
    String remote = settings.remote();
    if (remote != null) {
      return new SparkBackend(
          SparkConnect.acquire(remote, settings.sparkConf()), true, settings.driverMaxValues());
    }
    Option<SparkSession> existing = SparkSession.getActiveSession();
    if (existing.isEmpty()) {
      existing = SparkSession.getDefaultSession();
    }
    if (existing.isDefined() && existing.get() == started) {
      users++;
      return new SparkBackend(existing.get(), true, settings.driverMaxValues());
    }
    if (existing.isDefined()) {
      if (!settings.sparkConf().isEmpty()) {
        LOG.log(
            System.Logger.Level.INFO,
            "reusing the JVM's Spark session; mltest.spark.* settings {0} are not applied to it",
            settings.sparkConf().keySet());
      }
      return new SparkBackend(existing.get(), false, settings.driverMaxValues());
    }
    Map<String, String> conf = settings.sparkConf();
    if (settings.shipJars() && !settings.localMaster()) {
      // Executors in other JVMs deserialise MLTest's functions: ship their classes.
      conf = ShippedJars.addedTo(conf);
    }
    try {
      SparkSession.Builder builder =
          SparkSession.builder().master(settings.master()).appName(settings.appName());
      for (Map.Entry<String, String> e : conf.entrySet()) {
        builder = builder.config(e.getKey(), e.getValue());
      }
      SparkSession session = builder.getOrCreate();
      started = session;
      users = 1;
      return new SparkBackend(session, true, settings.driverMaxValues());
    } catch (RuntimeException | LinkageError e) {
      throw new DataAccessException(
          "cannot start a Spark session (master %s): %s; on Java 17 the test JVM needs Spark's --add-opens options (docs/spark.md)"
              .formatted(settings.master(), SparkMessages.concise(e)),
          e);
    }
  }

  SparkSession session() {
    return spark;
  }

  @Override
  public BoundTable open(Dataset dataset) {
    String name = prefix + tables.incrementAndGet();
    org.apache.spark.sql.Dataset<Row> frame;
    if (dataset instanceof FileDataset file) {
      frame = SparkFiles.read(spark, file);
    } else if (dataset instanceof HadoopDataset uri) {
      frame = SparkFiles.read(spark, uri);
    } else if (dataset instanceof CatalogTable table) {
      frame = SparkFiles.table(spark, table);
    } else {
      frame = SparkFiles.inMemory(spark, (InMemoryTable) dataset);
    }
    return new SparkTable(spark, dataset, frame, name, driverMaxValues);
  }

  @Override
  public void close() {
    if (owned && closed.compareAndSet(false, true)) {
      release(spark);
    }
  }

  private static synchronized void release(SparkSession session) {
    if (session == started && --users == 0) {
      started = null;
      session.stop();
    } else if (SparkConnect.isConnect(session)) {
      SparkConnect.release(session);
    }
  }
}
