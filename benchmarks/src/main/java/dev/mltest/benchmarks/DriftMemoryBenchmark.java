package dev.mltest.benchmarks;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.drift.ColumnOutcome;
import dev.mltest.drift.DatasetComparison;
import dev.mltest.drift.DriftConfig;
import dev.mltest.drift.DriftReport;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;

/**
 * Compares a reference and a current file of 15 numeric columns (drift, default methods) once per
 * format and prints the wall time, the peak Java heap and the peak resident set of the process. Run
 * it in a JVM with a small {@code -Xmx} to find the heap a drift run needs: it exits with an {@link
 * OutOfMemoryError} when the heap is too small.
 *
 * <pre>
 * mvn -q -pl benchmarks -am install -DskipTests &amp;&amp; mvn -q -pl benchmarks exec:exec@drift-memory -Dbench.drift.xmx=256m
 * </pre>
 */
public final class DriftMemoryBenchmark {
  private DriftMemoryBenchmark() {}

  /**
   * The 10 numeric columns of {@link DriftBenchmark} and 5 more: from 2 to about a million distinct
   * values per column, so that both ties and continuous values are measured.
   */
  static final String SELECT =
      """
      SELECT
        {shift} + 100 + 15 * sqrt(-2 * ln(0.000001 + (hash(i, 1) % 1000000) / 1000000.0)) * cos(6.283185307179586 * (hash(i, 2) % 1000000) / 1000000.0) AS n0,
        exp(9 + {shift} / 100.0 + (hash(i, 3) % 10000) / 4000.0) AS n1,
        (hash(i, 4) % 100000) / 1000.0 AS n2,
        CAST(hash(i, 5) % 80 AS INTEGER) + 18 AS n3,
        CAST(hash(i, 6) % 5 AS INTEGER) AS n4,
        CASE WHEN hash(i, 7) % 20 = 0 THEN NULL ELSE (hash(i, 8) % 5000) / 10.0 END AS n5,
        (hash(i, 9) % 1000) * (1 + {shift} / 1000.0) AS n6,
        CAST(hash(i, 10) % 400 AS INTEGER) AS n7,
        (hash(i, 11) % 1000000) / 1000000.0 AS n8,
        CAST(hash(i, 12) % 3 AS INTEGER) * 10 AS n9,
        (hash(i, 18) % 1000000) / 7.0 + {shift} AS n10,
        CAST(hash(i, 19) % 50 AS INTEGER) AS n11,
        (hash(i, 20) % 20000) / 100.0 AS n12,
        CAST(hash(i, 21) % 2 AS INTEGER) AS n13,
        CASE WHEN hash(i, 22) % 10 = 0 THEN NULL ELSE (hash(i, 23) % 300000) / 3.0 END AS n14
      FROM range({start}, {start} + {rows}) t(i)
      """;

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Options.parse(args);
    long rows = Long.parseLong(options.getOrDefault("rows", "1000000"));
    Path dir = Path.of(options.getOrDefault("dir", "target/bench-data"));
    String only = options.getOrDefault("format", "");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    for (String format : new String[] {"csv", "parquet"}) {
      if (!only.isEmpty() && !only.equals(format)) {
        continue;
      }
      Path reference = write(dir, "drift15-reference-" + rows, format, rows, 0, 0);
      Path current = write(dir, "drift15-current-" + rows, format, rows, 10_000_000L, 20);
      System.gc();
      for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
        pool.resetPeakUsage();
      }
      long start = System.nanoTime();
      DriftReport report;
      try (DataBackend backend = DataBackend.duckDb();
          BoundTable r = backend.open(Dataset.file(reference));
          BoundTable c = backend.open(Dataset.file(current))) {
        report = DatasetComparison.compare(r, c, DriftConfig.evidently());
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      long compared =
          report.columns().stream().filter(o -> o instanceof ColumnOutcome.Compared).count();
      if (compared != 15) {
        throw new IllegalStateException("expected 15 compared columns: " + report.columns());
      }
      out.printf(
          Locale.ROOT,
          "| drift, %s, %,d vs %,d rows, 15 numeric columns, -Xmx%dm | %.3f | %.0f | %.0f |%n",
          format,
          rows,
          rows,
          Runtime.getRuntime().maxMemory() / (1024 * 1024),
          seconds,
          peakHeap() / (1024.0 * 1024),
          MemoryBenchmark.peakRss() / 1024.0);
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static Path write(Path dir, String name, String format, long rows, long start, int shift)
      throws Exception {
    Files.createDirectories(dir);
    Path file = dir.resolve(name + "." + format);
    if (!Files.exists(file)) {
      String select =
          SELECT
              .replace("{shift}", Integer.toString(shift))
              .replace("{start}", Long.toString(start))
              .replace("{rows}", Long.toString(rows))
              .replaceAll("hash\\(i, (\\d+)\\) % (\\d+)", "CAST(hash(i, $1) % $2 AS BIGINT)");
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
          Statement s = c.createStatement()) {
        s.execute(
            "COPY (%s) TO '%s' (%s)"
                .formatted(
                    select,
                    file,
                    format.equals("csv") ? "HEADER, DELIMITER ','" : "FORMAT PARQUET"));
      }
    }
    return file;
  }
}
