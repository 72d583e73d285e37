package dev.mltest.benchmarks;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.data.FileDataset;
import dev.mltest.expect.Evaluator;
import dev.mltest.expect.ExpectationResult;
import dev.mltest.expect.ExpectationSpec;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times a 15-expectation suite over a CSV and a Parquet file against one hand-written DuckDB query
 * computing the same aggregates, and against one query per expectation. Prints a markdown table.
 *
 * <pre>
 * mvn -q -pl benchmarks -am install -DskipTests &amp;&amp; mvn -q -pl benchmarks exec:java -Dbench.rows=1000000
 * </pre>
 */
public final class SuiteValidationBenchmark {
  private SuiteValidationBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Options.parse(args);
    long rows = Long.parseLong(options.getOrDefault("rows", "1000000"));
    int repeats = Integer.parseInt(options.getOrDefault("repeats", "3"));
    Path dir = Path.of(options.getOrDefault("dir", "target/bench-data"));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path[] files = SyntheticData.write(dir, rows);
    List<ExpectationSpec> specs = BenchmarkSuite.expectations();
    out.println("| figure | MLTest (s) | reference (s) | ratio | reference |");
    out.println("|---|---|---|---|---|");
    for (Path file : files) {
      FileDataset dataset = Dataset.file(file);
      String name = "%s, %,d rows, 15 expectations".formatted(dataset.format().key(), rows);
      double suite = median(repeats, () -> runSuite(dataset, specs));
      double hand = median(repeats, () -> runHandWritten(file));
      boolean skipEach = Boolean.parseBoolean(options.getOrDefault("skip-each", "false"));
      double each = skipEach ? Double.NaN : median(repeats, () -> runEachAlone(dataset, specs));
      out.printf(
          Locale.ROOT,
          "| suite validation, %s | %.3f | %.3f | %.2f | one hand-written query |%n",
          name,
          suite,
          hand,
          suite / hand);
      if (!skipEach) {
        out.printf(
            Locale.ROOT,
            "| suite validation, %s | %.3f | %.3f | %.2f | one query per expectation |%n",
            name,
            suite,
            each,
            suite / each);
      }
    }
  }

  private static double runSuite(FileDataset dataset, List<ExpectationSpec> specs) {
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable table = backend.open(dataset)) {
      List<ExpectationResult> results = Evaluator.evaluate(table, specs, false);
      if (results.stream().anyMatch(r -> r.status() == ExpectationResult.Status.ERROR)) {
        throw new IllegalStateException("benchmark suite has errors: " + results);
      }
    }
    return 0;
  }

  private static double runEachAlone(FileDataset dataset, List<ExpectationSpec> specs) {
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable table = backend.open(dataset)) {
      for (ExpectationSpec spec : specs) {
        Evaluator.evaluate(table, List.of(spec), false);
      }
    }
    return 0;
  }

  private static double runHandWritten(Path file) throws Exception {
    String reader = file.toString().endsWith(".csv") ? "read_csv('%s')" : "read_parquet('%s')";
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      s.execute("CREATE VIEW src AS SELECT * FROM " + reader.formatted(file.toAbsolutePath()));
      try (ResultSet rs = s.executeQuery(BenchmarkSuite.HAND_WRITTEN.formatted("src"))) {
        rs.next();
      }
    }
    return 0;
  }

  interface Run {
    double run() throws Exception;
  }

  /** The median wall time in seconds of {@code repeats} runs after one warm-up run. */
  static double median(int repeats, Run run) throws Exception {
    run.run();
    double[] seconds = new double[repeats];
    for (int i = 0; i < repeats; i++) {
      long start = System.nanoTime();
      run.run();
      seconds[i] = (System.nanoTime() - start) / 1e9;
    }
    Arrays.sort(seconds);
    return seconds[repeats / 2];
  }
}
