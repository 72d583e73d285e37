package dev.mltest.benchmarks;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.expect.Evaluator;
import dev.mltest.expect.ExpectationResult;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times suites of several shapes ({@link SuiteShape}) over CSV, JSON lines and Parquet files
 * against one hand-written DuckDB query each, MLTest and the query alternating, and prints one
 * markdown row per shape and format with the machine's one-minute load average after the runs.
 *
 * <pre>
 * mvn -B -q -pl benchmarks exec:exec@shapes
 * </pre>
 *
 * <p>{@code --side=mltest} or {@code --side=query} runs one side alone, once, so that a process
 * measured from outside ({@code /usr/bin/time -v}) shows that side's peak resident set.
 */
public final class ShapeBenchmark {
  private ShapeBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Options.parse(args);
    long rows = Long.parseLong(options.getOrDefault("rows", "1000000"));
    int repeats = Integer.parseInt(options.getOrDefault("repeats", "3"));
    Path dir = Path.of(options.getOrDefault("dir", "target/bench-data"));
    List<String> formats =
        Arrays.asList(options.getOrDefault("formats", "csv,jsonl,parquet").split(","));
    // Writes the data files and stops: the files can then be made ready while timing nothing.
    boolean writeOnly = Boolean.parseBoolean(options.getOrDefault("write-only", "false"));
    // mltest or query: runs that side alone, once (for its peak RSS); both: alternates and
    // compares.
    String side = options.getOrDefault("side", "both");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    // Deequ's times for the same shapes and files, measured by benchmarks-deequ in its own JVM.
    Map<String, Double> deequ = deequTimes(options.getOrDefault("deequ", ""));
    if (deequ.isEmpty()) {
      out.println("| figure | MLTest (s) | one query (s) | ratio | load |");
      out.println("|---|---|---|---|---|");
    } else {
      out.println(
          "| figure | MLTest (s) | one query (s) | ratio | Deequ (s) | Deequ / MLTest | load |");
      out.println("|---|---|---|---|---|---|---|");
    }
    for (String key : options.getOrDefault("shapes", "credit,filtered,wide").split(",")) {
      SuiteShape shape = SuiteShape.named(key);
      for (String format : formats) {
        Path file = write(dir, shape, rows, format);
        if (writeOnly) {
          continue;
        }
        if (!side.equals("both")) {
          // One side alone, once, so that the process's peak RSS is that side's (time -v).
          long start = System.nanoTime();
          if (side.equals("mltest")) {
            runSuite(file, shape);
          } else {
            runQuery(file, shape);
          }
          out.printf(
              Locale.ROOT,
              "| %s, %s, %,d rows, %s alone | %.3f | – | – | %.1f |%n",
              shape.description(),
              format,
              rows,
              side.equals("mltest") ? "MLTest" : "the query",
              (System.nanoTime() - start) / 1e9,
              loadAverage());
          continue;
        }
        double[] times =
            alternate(repeats, () -> runSuite(file, shape), () -> runQuery(file, shape));
        Double deequSeconds = deequ.get(shape.key() + "\t" + file.toAbsolutePath());
        if (!deequ.isEmpty()) {
          out.printf(
              Locale.ROOT,
              "| %s, %s, %,d rows | %.3f | %.3f | %.2f | %s | %s | %.1f |%n",
              shape.description(),
              format,
              rows,
              times[0],
              times[1],
              times[0] / times[1],
              deequSeconds == null ? "–" : "%.3f".formatted(deequSeconds),
              deequSeconds == null ? "–" : "%.1f×".formatted(deequSeconds / times[0]),
              loadAverage());
          continue;
        }
        out.printf(
            Locale.ROOT,
            "| %s, %s, %,d rows | %.3f | %.3f | %.2f | %.1f |%n",
            shape.description(),
            format,
            rows,
            times[0],
            times[1],
            times[0] / times[1],
            loadAverage());
      }
    }
  }

  /**
   * Deequ's median seconds by shape and absolute file, from the tab-separated lines {@code
   * benchmarks-deequ} writes ({@code shape, file, deequ seconds, Spark query seconds}); empty when
   * no file is given.
   */
  static Map<String, Double> deequTimes(String tsv) throws IOException {
    Map<String, Double> times = new java.util.HashMap<>();
    if (tsv.isBlank()) {
      return times;
    }
    for (String line : Files.readAllLines(Path.of(tsv), StandardCharsets.UTF_8)) {
      String[] fields = line.split("\t");
      if (fields.length >= 3) {
        times.put(
            fields[0] + "\t" + Path.of(fields[1]).toAbsolutePath(), Double.parseDouble(fields[2]));
      }
    }
    return times;
  }

  /** Writes the shape's data in the format unless the file exists; shapes share data files. */
  static Path write(Path dir, SuiteShape shape, long rows, String format)
      throws SQLException, IOException {
    Files.createDirectories(dir);
    String data = shape.data().equals(SuiteShape.credit().data()) ? "credit" : shape.key();
    Path file = dir.resolve("%s-%d.%s".formatted(data, rows, format));
    if (!Files.exists(file)) {
      String copy =
          switch (format) {
            case "csv" -> "(HEADER, DELIMITER ',')";
            case "jsonl" -> "(FORMAT JSON)";
            case "parquet" -> "(FORMAT PARQUET)";
            default -> throw new IllegalArgumentException("unknown format: " + format);
          };
      Path partial = dir.resolve(file.getFileName() + ".partial");
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
          Statement s = c.createStatement()) {
        String select = shape.data().replace("{rows}", Long.toString(rows));
        s.execute("COPY (" + select + ") TO '" + partial + "' " + copy);
      }
      Files.move(partial, file);
    }
    return file;
  }

  private static double runSuite(Path file, SuiteShape shape) {
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable table = backend.open(Dataset.file(file))) {
      List<ExpectationResult> results = Evaluator.evaluate(table, shape.expectations(), false);
      List<ExpectationResult> failed =
          results.stream().filter(r -> r.status() != ExpectationResult.Status.PASSED).toList();
      if (!failed.isEmpty()) {
        // Every shape passes on its data: a failure would time fetching examples, not measuring.
        throw new IllegalStateException("benchmark suite " + shape.key() + " fails: " + failed);
      }
    }
    return 0;
  }

  private static double runQuery(Path file, SuiteShape shape) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(shape.handWritten().formatted(reader(file)))) {
      rs.next();
    }
    return 0;
  }

  /** The DuckDB table function that reads the file as a user would write it (no types given). */
  static String reader(Path file) {
    String path = file.toAbsolutePath().toString();
    return path.endsWith(".csv")
        ? "read_csv('%s')".formatted(path)
        : path.endsWith(".jsonl")
            ? "read_json('%s', format = 'newline_delimited')".formatted(path)
            : "read_parquet('%s')".formatted(path);
  }

  /**
   * Median wall times in seconds of {@code repeats} runs of each, after one warm-up of each; the
   * two alternate so that a change in the machine's load touches both alike.
   */
  static double[] alternate(
      int repeats, SuiteValidationBenchmark.Run first, SuiteValidationBenchmark.Run second)
      throws Exception {
    first.run();
    second.run();
    List<double[]> seconds = List.of(new double[repeats], new double[repeats]);
    for (int i = 0; i < repeats; i++) {
      List<SuiteValidationBenchmark.Run> runs = List.of(first, second);
      for (int k = 0; k < 2; k++) {
        long start = System.nanoTime();
        runs.get(k).run();
        seconds.get(k)[i] = (System.nanoTime() - start) / 1e9;
      }
    }
    double[] medians = new double[2];
    for (int k = 0; k < 2; k++) {
      double[] sorted = seconds.get(k).clone();
      Arrays.sort(sorted);
      medians[k] = sorted[repeats / 2];
    }
    return medians;
  }

  /** The one-minute load average (Linux), or NaN where /proc is not available. */
  static double loadAverage() {
    try {
      return Double.parseDouble(Files.readString(Path.of("/proc/loadavg")).split(" ")[0]);
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }
}
