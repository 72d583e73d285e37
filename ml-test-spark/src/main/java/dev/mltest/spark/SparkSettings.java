package dev.mltest.spark;

import dev.mltest.data.DataAccessException;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * The Spark backend's settings, given without their {@code mltest.spark.} prefix: {@code master}
 * (default {@code local[*]}), {@code app-name} (default {@code mltest}), {@code driver-max-values}
 * (default 50,000,000: the values of numeric columns a drift check may bring to the driver), {@code
 * ship-jars} (default {@code true}: a session started on a cluster gets MLTest's jars in {@code
 * spark.jars}), and any {@code spark.*} key, passed to the session builder as it is. {@code
 * remote}, a Spark Connect URL ({@code sc://host:port}, Spark's own {@code spark.remote}), replaces
 * {@code master}: the backend then runs on a Spark Connect server ({@link SparkConnect}).
 */
record SparkSettings(
    String master,
    String appName,
    long driverMaxValues,
    boolean shipJars,
    Map<String, String> sparkConf,
    @Nullable String remote) {
  static final String MASTER = "master";
  static final String REMOTE = "remote";
  static final String APP_NAME = "app-name";
  static final String DRIVER_MAX_VALUES = "driver-max-values";
  static final String SHIP_JARS = "ship-jars";

  /**
   * {@code mltest.spark.allowed-locations}: the engine's allow-list of dataset URIs for suite
   * files, which the engine enforces before a dataset reaches the backend; the session ignores it.
   */
  static final String ALLOWED_LOCATIONS = "allowed-locations";

  /** Distinct values of numeric columns a drift check may bring to the driver (16 bytes each). */
  static final long DEFAULT_DRIVER_MAX_VALUES = 50_000_000L;

  SparkSettings {
    sparkConf = Map.copyOf(sparkConf);
  }

  /**
   * @throws DataAccessException naming the key if a setting is not one of the accepted ones
   */
  static SparkSettings parse(Map<String, String> settings) {
    String master = "local[*]";
    String appName = "mltest";
    long driverMax = DEFAULT_DRIVER_MAX_VALUES;
    boolean shipJars = true;
    Map<String, String> conf = new TreeMap<>();
    String remote = null;
    for (Map.Entry<String, String> e : new TreeMap<>(settings).entrySet()) {
      String key = e.getKey();
      if (key.equals(MASTER)) {
        master = e.getValue().strip();
      } else if (key.equals(REMOTE)) {
        remote = e.getValue().strip();
      } else if (key.equals(APP_NAME)) {
        appName = e.getValue().strip();
      } else if (key.equals(DRIVER_MAX_VALUES)) {
        driverMax = positive(key, e.getValue());
      } else if (key.equals(ALLOWED_LOCATIONS)) {
        continue;
      } else if (key.equals(SHIP_JARS)) {
        shipJars = bool(key, e.getValue());
      } else if (key.equals("spark.remote") || key.equals("spark.api.mode")) {
        throw new DataAccessException(
            "'mltest.spark.%s' is not passed to Spark; give a Spark Connect URL as mltest.spark.remote"
                .formatted(key));
      } else if (key.startsWith("spark.")) {
        conf.put(key, e.getValue());
      } else {
        throw new DataAccessException(
            "unknown Spark backend setting 'mltest.spark.%s'; accepted: mltest.spark.master, mltest.spark.remote, mltest.spark.app-name, mltest.spark.driver-max-values, mltest.spark.allowed-locations, mltest.spark.ship-jars and mltest.spark.spark.* (any Spark configuration key)"
                .formatted(key));
      }
    }
    if (remote != null && settings.containsKey(MASTER)) {
      throw new DataAccessException(
          "set either mltest.spark.master ('%s') or mltest.spark.remote ('%s'), not both: a Spark Connect server has its own master"
              .formatted(master, remote));
    }
    return new SparkSettings(master, appName, driverMax, shipJars, conf, remote);
  }

  /**
   * Whether the master runs tasks in the driver's JVM ({@code local}, {@code local[4]}, {@code
   * local[*, 2]}), where executors see the driver's class path. {@code local-cluster[...]} starts
   * executor JVMs of its own, so it is not.
   */
  boolean localMaster() {
    return master.equals("local") || master.startsWith("local[");
  }

  private static boolean bool(String key, String value) {
    String v = value.strip();
    if (v.equalsIgnoreCase("true") || v.equalsIgnoreCase("false")) {
      return Boolean.parseBoolean(v);
    }
    throw new DataAccessException(
        "'mltest.spark.%s' must be true or false, found '%s'".formatted(key, value));
  }

  private static long positive(String key, String value) {
    try {
      long n = Long.parseLong(value.strip().replace("_", ""));
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new DataAccessException(
        "'mltest.spark.%s' must be a positive whole number, found '%s'".formatted(key, value));
  }
}
