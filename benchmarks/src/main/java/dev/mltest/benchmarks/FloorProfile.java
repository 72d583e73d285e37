package dev.mltest.benchmarks;

import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Where the one hand-written query of a suite shape spends its time, found by taking parts away:
 * the query as a whole, the query without each costly aggregate (exact distinct count, exact
 * quantile, regex), and a query that only reads every column ({@code count} of each). Each variant
 * alternates with the whole query, so that a change in the machine's load touches both alike; the
 * difference is that part's cost.
 *
 * <pre>
 * mvn -q -pl benchmarks exec:exec@floor-profile -Dbench.formats=csv,parquet
 * </pre>
 *
 * <p>This is the profile behind the gap to Deequ in docs/performance.md: MLTest runs within a few
 * percent of this query, so the query's own parts bound how much faster MLTest can get on DuckDB.
 */
public final class FloorProfile {
  private FloorProfile() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Options.parse(args);
    long rows = Long.parseLong(options.getOrDefault("rows", "1000000"));
    int repeats = Integer.parseInt(options.getOrDefault("repeats", "5"));
    Path dir = Path.of(options.getOrDefault("dir", "target/bench-data"));
    SuiteShape shape = SuiteShape.named(options.getOrDefault("shape", "credit"));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.println(
        "| format | variant | variant CPU (s) | whole query CPU (s) | share of the whole (CPU)"
            + " | share of the whole (wall) | load |");
    out.println("|---|---|---|---|---|---|---|");
    for (String format : options.getOrDefault("formats", "csv,parquet").split(",")) {
      Path file = ShapeBenchmark.write(dir, shape, rows, format);
      String reader = ShapeBenchmark.reader(file);
      String whole = shape.handWritten().formatted(reader);
      for (Variant variant : variants(whole, reader, file)) {
        double[][] times = alternate(repeats, variant.sql(), whole);
        out.printf(
            Locale.ROOT,
            "| %s | %s | %.3f | %.3f | %.0f%% | %.0f%% | %.1f |%n",
            format,
            variant.name(),
            times[0][1],
            times[1][1],
            100 * times[0][1] / times[1][1],
            100 * times[0][0] / times[1][0],
            ShapeBenchmark.loadAverage());
      }
    }
  }

  /**
   * Medians of {@code repeats} alternating runs of each query after a warm-up of each: for each
   * query, its wall seconds and the CPU seconds of this process (DuckDB's native threads included).
   * CPU time is the figure to read when other work shares the machine: waiting for a core does not
   * count in it.
   */
  static double[][] alternate(int repeats, String first, String second) throws SQLException {
    run(first);
    run(second);
    double[][][] samples = new double[2][2][repeats];
    List<String> queries = List.of(first, second);
    for (int i = 0; i < repeats; i++) {
      for (int k = 0; k < 2; k++) {
        long cpu = processCpuNanos();
        long start = System.nanoTime();
        run(queries.get(k));
        samples[k][0][i] = (System.nanoTime() - start) / 1e9;
        samples[k][1][i] = (processCpuNanos() - cpu) / 1e9;
      }
    }
    double[][] medians = new double[2][2];
    for (int k = 0; k < 2; k++) {
      for (int m = 0; m < 2; m++) {
        double[] sorted = samples[k][m].clone();
        Arrays.sort(sorted);
        medians[k][m] = sorted[repeats / 2];
      }
    }
    return medians;
  }

  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean()
        instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    throw new IllegalStateException("this JVM does not report the process's CPU time");
  }

  /** A query to time against the whole one, and what it leaves out. */
  record Variant(String name, String sql) {}

  /**
   * The variants: reading every column alone, then the whole query without the select-list lines
   * that hold each costly aggregate.
   */
  static List<Variant> variants(String whole, String reader, Path file) throws SQLException {
    List<Variant> variants = new ArrayList<>();
    List<String> counts = new ArrayList<>();
    for (String column : columns(reader)) {
      counts.add("count(\"" + column.replace("\"", "\"\"") + "\")");
    }
    variants.add(
        new Variant(
            "read every column (count of each)",
            "SELECT " + String.join(", ", counts) + " FROM " + reader));
    for (String costly : List.of("count(DISTINCT", "quantile_cont", "regexp_matches")) {
      String without = without(whole, costly);
      if (!without.equals(whole)) {
        variants.add(new Variant("whole query without " + costly.replace("(", ""), without));
      }
    }
    variants.add(new Variant("whole query (against itself)", whole));
    return variants;
  }

  /**
   * The query without the select-list lines naming {@code aggregate}; a trailing comma left before
   * {@code FROM} is dropped.
   */
  static String without(String query, String aggregate) {
    List<String> kept = new ArrayList<>();
    for (String line : query.split("\n")) {
      if (!line.contains(aggregate)) {
        kept.add(line);
      }
    }
    String joined = String.join("\n", kept);
    return joined.replaceAll(",\\s*\nFROM", "\nFROM");
  }

  private static List<String> columns(String reader) throws SQLException {
    List<String> names = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery("DESCRIBE SELECT * FROM " + reader)) {
      while (rs.next()) {
        names.add(rs.getString(1));
      }
    }
    return names;
  }

  private static double run(String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      if (!rs.next()) {
        throw new IllegalStateException("no row from " + Arrays.asList(sql.split("\n")).get(0));
      }
    }
    return 0;
  }
}
