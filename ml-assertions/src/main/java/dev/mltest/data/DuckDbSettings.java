package dev.mltest.data;

import com.google.re2j.Matcher;
import com.google.re2j.Pattern;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The native memory a DuckDB database may use and where it spills what does not fit, read from the
 * {@code mltest.duckdb.*} settings (given here without the prefix).
 *
 * <p>DuckDB's own default is 80% of the machine's memory, whatever the JVM already holds; with a
 * large heap the two together can exceed the machine and the process is killed. The default here is
 * half of what the JVM's maximum heap leaves, and never less than {@value #DEFAULT_FLOOR_MIB} MiB.
 * Spilling goes to a folder of its own under {@code java.io.tmpdir}, removed when the database
 * closes, so that concurrent runs never share or leave temporary files.
 *
 * @param memoryLimitBytes DuckDB's {@code memory_limit}
 * @param tempDirectory DuckDB's {@code temp_directory}; empty when spilling is off
 * @param removeOnClose whether {@code tempDirectory} is ours, to be removed on close
 */
record DuckDbSettings(long memoryLimitBytes, Optional<Path> tempDirectory, boolean removeOnClose) {

  static final String MEMORY_LIMIT = "memory-limit";
  static final String TEMP_DIRECTORY = "temp-directory";
  static final String NO_SPILLING = "none";

  /** The smallest memory limit accepted: below it DuckDB cannot run a grouped query. */
  static final long MIN_BYTES = 64L << 20;

  static final long DEFAULT_FLOOR_MIB = 256;

  private static final System.Logger LOG = System.getLogger(DuckDbSettings.class.getName());

  private static final Pattern SIZE =
      Pattern.compile("(?i)\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(b|kb|mb|gb|tb|kib|mib|gib|tib)?\\s*");

  /** The defaults: half of the memory the JVM's heap leaves, and a folder removed on close. */
  static DuckDbSettings defaults() {
    return of(Map.of());
  }

  /**
   * Reads the settings.
   *
   * @throws DataAccessException naming the key, the value and what is accepted, if one is wrong
   */
  static DuckDbSettings of(Map<String, String> settings) {
    TreeSet<String> unknown = new TreeSet<>(settings.keySet());
    unknown.remove(MEMORY_LIMIT);
    unknown.remove(TEMP_DIRECTORY);
    if (!unknown.isEmpty()) {
      throw new DataAccessException(
          "the duckdb backend does not know the setting(s) mltest.duckdb.%s; it knows mltest.duckdb.%s and mltest.duckdb.%s"
              .formatted(String.join(", mltest.duckdb.", unknown), MEMORY_LIMIT, TEMP_DIRECTORY));
    }
    String limit = settings.get(MEMORY_LIMIT);
    String temp = settings.get(TEMP_DIRECTORY);
    long bytes = limit == null ? defaultMemoryLimit() : parseMemoryLimit(limit);
    if (temp == null || temp.isBlank()) {
      Path folder =
          Path.of(System.getProperty("java.io.tmpdir"), "mltest-duckdb-" + UUID.randomUUID());
      return new DuckDbSettings(bytes, Optional.of(folder), true);
    }
    if (temp.trim().equalsIgnoreCase(NO_SPILLING)) {
      return new DuckDbSettings(bytes, Optional.empty(), false);
    }
    return new DuckDbSettings(bytes, Optional.of(Path.of(temp.trim())), false);
  }

  /** Half of the physical memory the JVM's maximum heap leaves, at least 256 MiB. */
  static long defaultMemoryLimit() {
    long heap = Runtime.getRuntime().maxMemory();
    long physical = physicalMemory();
    long half = physical > heap ? (physical - heap) / 2 : 0;
    return Math.max(DEFAULT_FLOOR_MIB << 20, half);
  }

  private static long physicalMemory() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getTotalMemorySize();
    }
    return 0;
  }

  /**
   * Reads {@code 512MB}, {@code 2GiB}, {@code 1.5GB}, ... (decimal and binary units, bytes bare).
   */
  static long parseMemoryLimit(String value) {
    Matcher m = SIZE.matcher(value);
    if (!m.matches()) {
      throw new DataAccessException(
          "mltest.duckdb.memory-limit has the invalid value '%s'; accepted values: a size such as 512MB, 2GB or 1.5GiB (at least 64MB)"
              .formatted(value));
    }
    String unit = m.group(2) == null ? "b" : m.group(2).toLowerCase(Locale.ROOT);
    double factor =
        switch (unit) {
          case "kb" -> 1e3;
          case "mb" -> 1e6;
          case "gb" -> 1e9;
          case "tb" -> 1e12;
          case "kib" -> 0x1p10;
          case "mib" -> 0x1p20;
          case "gib" -> 0x1p30;
          case "tib" -> 0x1p40;
          default -> 1;
        };
    double bytes = Double.parseDouble(m.group(1)) * factor;
    if (bytes < MIN_BYTES) {
      throw new DataAccessException(
          "mltest.duckdb.memory-limit is '%s', below the smallest accepted value 64MB: DuckDB needs at least that much to group and sort; raise it, or leave it unset for half of the memory the JVM leaves"
              .formatted(value.trim()));
    }
    return bytes >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) bytes;
  }

  /** For a database that only parses SQL: the default limit, and never a file written. */
  static DuckDbSettings parserOnly() {
    return new DuckDbSettings(defaultMemoryLimit(), Optional.empty(), false);
  }

  /** Applies the settings to a new connection, before anything else runs on it. */
  void apply(Statement s) throws SQLException {
    s.execute("SET memory_limit = " + DuckDbSql.SQL.string(memoryLimitBytes / 1024 + "KiB"));
    s.execute(
        "SET temp_directory = "
            + DuckDbSql.SQL.string(tempDirectory.map(Path::toString).orElse("")));
  }

  /** Removes the database's own spill folder, if it made one. */
  void cleanUp() {
    @Nullable Path folder = tempDirectory.orElse(null);
    if (!removeOnClose || folder == null || !Files.exists(folder)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(path);
      }
    } catch (IOException | UncheckedIOException e) {
      // The run's results stand; a leftover folder in the temporary directory is only reported.
      LOG.log(System.Logger.Level.WARNING, "cannot remove DuckDB's spill folder " + folder, e);
    }
  }
}
