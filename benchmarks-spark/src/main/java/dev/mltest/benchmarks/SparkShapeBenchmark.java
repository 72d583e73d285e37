package dev.mltest.benchmarks;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataBackend;
import dev.mltest.data.DataBackends;
import dev.mltest.data.Dataset;
import dev.mltest.expect.Evaluator;
import dev.mltest.expect.ExpectationResult;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Times suite shapes ({@link SuiteShape}) on the Spark backend against one hand-written Spark
 * aggregate query computing the same numbers (Spark's floor), in one JVM and one Spark session in
 * local mode: after one warm-up of each, the two alternate and the medians of the timed runs are
 * printed as one markdown row per shape and file, with the Spark jobs each side starts, the bytes
 * its tasks send back to the driver, the driver's peak heap and the one-minute load average.
 *
 * <pre>
 * mvn -q -Pspark-bench -pl benchmarks-spark exec:exec@spark-shapes
 * </pre>
 *
 * <p>In local mode the executors run in the driver JVM, so the peak heap includes the scan; what
 * tells that the driver holds only aggregates is the result bytes, which do not grow with rows.
 */
public final class SparkShapeBenchmark {
  private static final String CREDIT_SCHEMA =
      "id BIGINT, age BIGINT, income DOUBLE, credit_limit BIGINT, balance DOUBLE, grade STRING,"
          + " purpose STRING, email STRING, score DOUBLE, opened DATE";
  private static final String EMAIL = "'^[^@]+@[^@]+\\\\.[a-z]+$'";
  private static final String PURPOSES =
      "('car', 'home', 'education', 'business', 'medical', 'other')";

  private SparkShapeBenchmark() {}

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Options.parse(args);
    long rows = Long.parseLong(options.getOrDefault("rows", "1000000"));
    int repeats = Integer.parseInt(options.getOrDefault("repeats", "3"));
    Path dir = Path.of(options.getOrDefault("dir", "target/bench-data"));
    // rlike: Spark's own regex, as a Spark user writes the query; re2: the RE2 function the Spark
    // backend registers (mltest_re2_find: an automaton or RE2J), which shows what its regexes cost.
    String regex = options.getOrDefault("regex", "rlike");
    List<String> formats = Arrays.asList(options.getOrDefault("formats", "csv,parquet").split(","));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    SparkSession spark =
        SparkSession.builder()
            .master(options.getOrDefault("master", "local[2]"))
            .appName("mltest-spark-benchmark")
            .config("spark.ui.enabled", "false")
            // As in benchmarks-deequ, so that the two Spark figures are taken alike.
            .config("spark.sql.shuffle.partitions", "4")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    SideMetrics metrics = new SideMetrics();
    spark.sparkContext().addSparkListener(metrics);
    out.println(
        "| shape, format, rows | MLTest on Spark (s) | one Spark query (s) | ratio | jobs (MLTest / query)"
            + " | result bytes (MLTest / query) | peak heap MB (MLTest / query) | load |");
    out.println("|---|---|---|---|---|---|---|---|");
    for (String key : options.getOrDefault("shapes", "credit,filtered").split(",")) {
      SuiteShape shape = SuiteShape.named(key);
      for (String format : formats) {
        Path file = ShapeBenchmark.write(dir, shape, rows, format).toAbsolutePath();
        Side mltest = new Side("MLTest", () -> runSuite(file, shape), spark, metrics);
        Side query = new Side("query", () -> runQuery(spark, file, shape, regex), spark, metrics);
        mltest.time();
        query.time();
        for (int i = 0; i < repeats; i++) {
          mltest.time();
          query.time();
        }
        double a = mltest.median();
        double b = query.median();
        out.printf(
            Locale.ROOT,
            "| %s, %s, %,d | %.3f | %.3f | %.2f | %d / %d | %,d / %,d | %d / %d | %.1f |%n",
            regex.equals("re2")
                ? shape.key() + " (floor with MLTest's regex function)"
                : shape.key(),
            format,
            rows,
            a,
            b,
            a / b,
            mltest.jobs,
            query.jobs,
            mltest.resultBytes,
            query.resultBytes,
            mltest.peakHeap >> 20,
            query.peakHeap >> 20,
            ShapeBenchmark.loadAverage());
      }
    }
    spark.stop();
  }

  private static double runSuite(Path file, SuiteShape shape) {
    // The JVM's session is active: the backend reuses it and leaves it running when closed.
    try (DataBackend backend = DataBackends.open("spark", Map.of());
        BoundTable table = backend.open(Dataset.file(file))) {
      List<ExpectationResult> failed =
          Evaluator.evaluate(table, shape.expectations(), false).stream()
              .filter(r -> r.status() != ExpectationResult.Status.PASSED)
              .toList();
      if (!failed.isEmpty()) {
        // Every shape passes on its data: a failure would time fetching examples, not measuring.
        throw new IllegalStateException("benchmark suite " + shape.key() + " fails: " + failed);
      }
    }
    return 0;
  }

  private static double runQuery(SparkSession spark, Path file, SuiteShape shape, String regex) {
    String path = file.toString();
    org.apache.spark.sql.Dataset<Row> frame =
        path.endsWith(".parquet")
            ? spark.read().parquet(path)
            : spark.read().option("header", "true").schema(CREDIT_SCHEMA).csv(path);
    frame.createOrReplaceTempView("bench");
    String sql = floorQuery(shape);
    if (regex.equals("re2")) {
      sql = sql.replace("email RLIKE " + EMAIL, "mltest_re2_find(email, " + EMAIL + ")");
    }
    List<Row> rows = spark.sql(sql).collectAsList();
    if (rows.size() != 1) {
      throw new IllegalStateException("the floor query returned " + rows.size() + " rows");
    }
    return 0;
  }

  /** {@link SuiteShape}'s hand-written DuckDB query in Spark SQL (as in benchmarks-deequ). */
  static String floorQuery(SuiteShape shape) {
    return switch (shape.key()) {
      case "credit" ->
          """
          SELECT count(*), count_if(id IS NULL), count_if(credit_limit IS NULL),
            count(id) - count(DISTINCT id),
            count_if(NOT (age BETWEEN 18 AND 100)), count(age),
            count_if(NOT (balance BETWEEN 0 AND 1e6)), count(balance),
            count_if(grade NOT IN ('A', 'B', 'C', 'D', 'E', 'F', 'G')), count(grade),
            count_if(purpose NOT IN %1$s), count(purpose),
            count_if(NOT (email RLIKE %2$s)), count(email),
            avg(income), stddev_samp(income), percentile(score, 0.5)
          FROM bench
          """
              .formatted(PURPOSES, EMAIL);
      case "filtered" ->
          """
          SELECT
            count_if(purpose = 'car' AND NOT (income BETWEEN 0 AND 1e7)),
            count_if(purpose = 'car' AND income IS NOT NULL),
            count_if(grade IN ('A', 'B') AND balance IS NULL), count_if(grade IN ('A', 'B')),
            avg(CASE WHEN age >= 30 THEN income END),
            stddev_samp(CASE WHEN age < 30 THEN income END),
            count_if(credit_limit > 10000 AND NOT (age BETWEEN 18 AND 100)),
            count_if(credit_limit > 10000 AND age IS NOT NULL),
            count_if(balance > 1000 AND purpose NOT IN %1$s),
            count_if(balance > 1000 AND purpose IS NOT NULL),
            count_if(score > 0.5 AND NOT (email RLIKE %2$s)),
            count_if(score > 0.5 AND email IS NOT NULL),
            count(CASE WHEN grade = 'A' THEN id END)
              - count(DISTINCT CASE WHEN grade = 'A' THEN id END)
          FROM bench
          """
              .formatted(PURPOSES, EMAIL);
      default -> throw new IllegalArgumentException("no Spark floor query for " + shape.key());
    };
  }

  /** One side of a comparison: its timed runs and what its last run cost the driver. */
  private static final class Side {
    private final String name;
    private final SuiteValidationBenchmark.Run run;
    private final SparkSession spark;
    private final SideMetrics metrics;
    private final java.util.ArrayList<Double> seconds = new java.util.ArrayList<>();
    long jobs;
    long resultBytes;
    long peakHeap;

    Side(String name, SuiteValidationBenchmark.Run run, SparkSession spark, SideMetrics metrics) {
      this.name = name;
      this.run = run;
      this.spark = spark;
      this.metrics = metrics;
    }

    /** Runs once; the first run of a side is its warm-up and is not counted. */
    void time() throws Exception {
      metrics.reset();
      List<MemoryPoolMXBean> heap = heapPools();
      heap.forEach(MemoryPoolMXBean::resetPeakUsage);
      long start = System.nanoTime();
      run.run();
      double elapsed = (System.nanoTime() - start) / 1e9;
      // Listener events arrive on Spark's bus thread; wait for them before reading the counts.
      spark.sparkContext().listenerBus().waitUntilEmpty();
      long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      if (!seconds.isEmpty()) {
        jobs = metrics.jobs.get();
        resultBytes = metrics.resultBytes.get();
        peakHeap = Math.max(peakHeap, peak);
      }
      seconds.add(elapsed);
      System.err.printf(Locale.ROOT, "%s: %.3f s, %d jobs%n", name, elapsed, metrics.jobs.get());
    }

    double median() {
      double[] timed = seconds.stream().skip(1).mapToDouble(Double::doubleValue).sorted().toArray();
      return timed[timed.length / 2];
    }

    private static List<MemoryPoolMXBean> heapPools() {
      return ManagementFactory.getMemoryPoolMXBeans().stream()
          .filter(p -> p.getType() == MemoryType.HEAP)
          .toList();
    }
  }

  /** Counts the jobs Spark starts and the bytes of task results sent back to the driver. */
  private static final class SideMetrics extends SparkListener {
    final AtomicLong jobs = new AtomicLong();
    final AtomicLong resultBytes = new AtomicLong();

    void reset() {
      jobs.set(0);
      resultBytes.set(0);
    }

    @Override
    public void onJobStart(SparkListenerJobStart jobStart) {
      jobs.incrementAndGet();
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd taskEnd) {
      if (taskEnd.taskMetrics() != null) {
        resultBytes.addAndGet(taskEnd.taskMetrics().resultSize());
      }
    }
  }
}
