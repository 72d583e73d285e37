package dev.mltest.benchmarks;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The benchmark command: runs every benchmark in a JVM of its own, each measuring MLTest against a
 * reference in the same run, and writes the table to {@code docs/performance.md}.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am install -DskipTests &amp;&amp; mvn -B -q -pl benchmarks exec:exec@report
 * </pre>
 */
public final class PerformanceReport {
  private PerformanceReport() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Options.parse(args);
    Path dir = Path.of(options.getOrDefault("dir", "target/bench-data"));
    Path output = Path.of(options.getOrDefault("output", "../docs/performance.md"));
    long largest = Long.parseLong(options.getOrDefault("largest", "10000000"));
    PrintStream log = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    String data = "--dir=" + dir;
    if ("shapes".equals(options.get("only"))) {
      // Refreshes the suite-shape table alone and keeps the rest of the page.
      ShapeTable.replaceIn(output, shapes(log, data, largest));
      log.println("wrote " + output.toAbsolutePath().normalize());
      return;
    }
    List<String> rows = new ArrayList<>();
    for (long n : new long[] {100_000, 1_000_000, largest}) {
      boolean big = n >= 10_000_000;
      rows.addAll(
          fork(
              log,
              List.of(),
              SuiteValidationBenchmark.class,
              "--rows=" + n,
              "--repeats=" + (big ? 1 : 3),
              "--skip-each=" + big,
              data));
    }
    rows.addAll(drift(log, dir, data));
    rows.addAll(fork(log, List.of(), EngineOverheadBenchmark.class, data));
    rows.addAll(training(log, data));
    rows.addAll(property(log));
    rows.addAll(fork(log, List.of("-Xmx512m"), MemoryBenchmark.class, "--rows=" + largest, data));
    // Decision quality, not speed: its tables go to their own page beside this one.
    Path decisions = output.toAbsolutePath().resolveSibling("drift-decisions.md");
    fork(log, List.of("-Xmx2g"), DriftDecisionBenchmark.class, "--output=" + decisions);
    List<String> shapes = shapes(log, data, largest);
    write(output, rows);
    ShapeTable.replaceIn(output, shapes);
    log.println("wrote " + output.toAbsolutePath().normalize());
  }

  /**
   * The suite shapes at 1M rows, and all but the wide one at the largest size: a 200-column file of
   * 10M rows would take 24 GB as JSON lines.
   */
  private static List<String> shapes(PrintStream log, String data, long largest) throws Exception {
    List<String> rows =
        new ArrayList<>(fork(log, List.of(), ShapeBenchmark.class, "--rows=1000000", data));
    if (largest > 1_000_000) {
      rows.addAll(
          fork(
              log,
              List.of(),
              ShapeBenchmark.class,
              "--rows=" + largest,
              "--repeats=1",
              "--shapes=credit,filtered",
              data));
    }
    return rows;
  }

  private static List<String> drift(PrintStream log, Path dir, String data) throws Exception {
    List<String> rows =
        fork(log, List.of(), DriftBenchmark.class, "--rows=1000000", "--repeats=3", data);
    Double scipy = SciPyReference.computeSeconds(dir, 1_000_000, log);
    List<String> out = new ArrayList<>();
    for (String row : rows) {
      String[] cells = row.split("\\|");
      if (cells.length < 3 || !cells[1].contains("drift,")) {
        continue;
      }
      double mltest = Double.parseDouble(cells[2].trim());
      out.add(
          scipy == null
              ? "| %s | %.3f | n/a | n/a | SciPy not installed here |"
                  .formatted(cells[1].trim(), mltest)
              : String.format(
                  Locale.ROOT,
                  "| %s | %.3f | %.3f | %.2f | SciPy: the same methods on arrays already in memory (load time not counted) |",
                  cells[1].trim(),
                  mltest,
                  scipy,
                  mltest / scipy));
    }
    return out;
  }

  private static List<String> training(PrintStream log, String data) throws Exception {
    List<String> rows =
        fork(
            log,
            List.of(),
            RegressionTrainingBenchmark.class,
            "--rows=1000000",
            "--repeats=3",
            data);
    String[] mltest = null;
    String[] plain = null;
    for (String row : rows) {
      String[] cells = row.split("\\|");
      if (cells[1].contains("MLTest")) {
        mltest = cells;
      } else if (cells[1].contains("plain Tribuo")) {
        plain = cells;
      }
    }
    if (mltest == null || plain == null) {
      throw new IllegalStateException("unexpected output of RegressionTrainingBenchmark: " + rows);
    }
    double total = Double.parseDouble(mltest[2].trim());
    double plainTotal = Double.parseDouble(plain[2].trim());
    double trainEvaluate = Double.parseDouble(mltest[6].trim());
    double plainTrainEvaluate = Double.parseDouble(plain[6].trim());
    return List.of(
        String.format(
            Locale.ROOT,
            "| sample training: 5%% stratified sample of 1,000,000 rows, logistic regression, sample + train + evaluate (%s rows trained / tested) | %.3f | %.3f | %.2f | the same job in plain Tribuo, reading the whole CSV |",
            mltest[7].trim(),
            total,
            plainTotal,
            total / plainTotal),
        String.format(
            Locale.ROOT,
            "| sample training: train + evaluate only | %.3f | %.3f | %.2f | plain Tribuo, train + evaluate only |",
            trainEvaluate,
            plainTrainEvaluate,
            trainEvaluate / plainTrainEvaluate));
  }

  private static List<String> property(PrintStream log) throws Exception {
    List<String> rows =
        fork(log, List.of(), PropertyGenerationBenchmark.class, "--rows=100", "--repeats=3");
    double generated = Double.NaN;
    double checked = Double.NaN;
    for (String row : rows) {
      String[] cells = row.split("\\|");
      double perSecond = Double.parseDouble(cells[2].trim().replace(",", ""));
      if (cells[1].contains("checked by a property")) {
        checked = perSecond;
      } else if (cells[1].startsWith(" generated (")) {
        generated = perSecond;
      }
    }
    // Rates, not times: the cells hold seconds per table so that ratio = MLTest / reference holds.
    return List.of(
        String.format(
            Locale.ROOT,
            "| property tests: tables generated and checked per second, 10 columns x 100 rows (%,.0f tables/s; generation alone %,.0f tables/s) | %.6f | %.6f | %.2f | generating the same tables without running the property (s per table) |",
            checked,
            generated,
            1 / checked,
            1 / generated,
            generated / checked));
  }

  /** Runs a benchmark's main in a fresh JVM and returns its table rows (header lines dropped). */
  static List<String> fork(PrintStream log, List<String> jvmOptions, Class<?> main, String... args)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(ProcessHandle.current().info().command().orElse("java"));
    command.addAll(jvmOptions);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(main.getName());
    command.addAll(List.of(args));
    log.println("running " + main.getSimpleName() + " " + String.join(" ", args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (process.waitFor() != 0) {
      throw new IllegalStateException(main.getSimpleName() + " failed:\n" + output);
    }
    List<String> rows = new ArrayList<>();
    for (String line : output.split("\\R")) {
      if (line.startsWith("| ") && !line.startsWith("| figure") && !line.startsWith("| column")) {
        rows.add(line);
        log.println(line);
      }
    }
    return rows;
  }

  private static void write(Path output, List<String> rows) throws IOException {
    String machine =
        "%d cores, %.0f GiB RAM, %s %s, %s %s"
            .formatted(
                Runtime.getRuntime().availableProcessors(),
                totalMemoryGiB(),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.vm.name"),
                System.getProperty("java.version"));
    StringBuilder md = new StringBuilder();
    md.append("# Performance\n\n");
    md.append("Written by the benchmark command on ")
        .append(LocalDate.now())
        .append("; rerun it to refresh every figure:\n\n");
    md.append(
        "```\nmvn -B -q -pl benchmarks -am install -DskipTests && mvn -B -q -pl benchmarks exec:exec@report\n```\n\n");
    md.append(
            "Each figure is measured against a reference in the same run, on the same data and machine: ")
        .append(
            "wall times in seconds (median of 3 runs after a warm-up; one run at 10 million rows), ")
        .append("ratio = MLTest / reference. Machine: ")
        .append(machine)
        .append(".\n\n");
    md.append(
        "| figure | MLTest (s) | reference (s) | ratio | reference | machine |\n|---|---|---|---|---|---|\n");
    for (String row : rows) {
      md.append(row.strip()).append(" ").append(shortMachine()).append(" |\n");
    }
    md.append(
        """

        How to read it:

        - **Suite validation**: a 15-expectation suite (counts, ranges, sets, regex, lengths, mean,
          standard deviation, minimum, distinct count, median, a cross-column rule and uniqueness)
          over deterministic synthetic data with 12 mixed-type columns and nulls
          (`SyntheticData`). *One hand-written query* is a single DuckDB query computing the same
          aggregates (`BenchmarkSuite.HAND_WRITTEN`): the practical floor. *One query per
          expectation* evaluates each expectation alone: what measuring once saves.
        - **Drift**: 10 numeric and 5 categorical columns, reference vs current, every column with
          Evidently's default method for more than 1000 rows (`DriftBenchmark`); the SciPy
          reference (`benchmarks/scipy/drift_reference.py`) runs the same methods on NumPy arrays
          already loaded, and its scores agree with MLTest's (the script prints both tables).
        - **Drift decisions** (false alarms and detection, default rule vs Evidently preset) are
          measured by the same command and written to [drift decisions](drift-decisions.md).
        - **Engine**: discovering and running a suite of 1,000 expectations over 100 rows through
          the JUnit launcher, against the launcher running a Jupiter class with one empty test in
          the same JVM; the overhead is the difference.
        - **Memory**: the suite over the largest file in a JVM limited to `-Xmx512m`; the data
          stays in DuckDB, so the heap holds only aggregates.
        - **Targets**: suite validation within 1.25x of the single hand-written query at 1M and
          10M rows, CSV and Parquet; engine overhead for 1,000 expectations under 1 s beyond the
          empty run; the 10M-row file validated at `-Xmx512m`. Against one query per expectation,
          a Parquet file gains little: DuckDB reads only the columns each query needs, so separate
          queries cost about as much as one; a CSV must be parsed whole by every query.
        - **Property tests**: tables of 10 columns and 100 rows generated from a contract and run
          through a property by `PropertyRunner` (`PropertyGenerationBenchmark`); the reference is
          generation alone, so the ratio is what running the property adds.
        - **Sample training**: a `@RegressionTest`-style job (`SampleTraining.run`): a seeded,
          stratified 5% sample drawn by DuckDB from a 1M-row churn CSV, logistic regression, train
          and evaluate, against the same job written with plain Tribuo (`CSVDataSource` reading the
          whole file, then a seeded 5%).
        """);
    // Sections measured with their own commands (memory limits, peak RSS) are kept as they are.
    String previous = Files.exists(output) ? Files.readString(output) : "";
    int kept = previous.indexOf(KEPT);
    if (kept >= 0) {
      md.append('\n').append(previous.substring(kept));
    }
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(output, md);
  }

  /** Marks the start of the page's sections that the report command keeps, not rewrites. */
  static final String KEPT =
      "<!-- kept by the report command: each figure below names the command that measures it -->";

  private static String shortMachine() {
    return "%d cores, %.0f GiB"
        .formatted(Runtime.getRuntime().availableProcessors(), totalMemoryGiB());
  }

  private static double totalMemoryGiB() {
    try {
      com.sun.management.OperatingSystemMXBean os =
          (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
      return os.getTotalMemorySize() / (1024.0 * 1024 * 1024);
    } catch (ClassCastException e) {
      return Double.NaN;
    }
  }
}
