package dev.mltest.spark;

import static java.util.Objects.requireNonNull;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataBackend;
import dev.mltest.data.DataBackends;
import dev.mltest.data.FileDataset;
import dev.mltest.data.SampledRow;
import dev.mltest.expect.ExpectationSpec;
import dev.mltest.suite.SuiteDefinition;
import dev.mltest.suite.SuiteEntry;
import dev.mltest.suite.SuiteParser;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.LifecycleMethodExecutionExceptionHandler;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;

/**
 * MLTest on a Spark standalone cluster whose Master, Worker and executor are JVMs of their own:
 * nothing runs in the driver's JVM but the driver. The backend is opened as a user opens it, from
 * {@code mltest.spark.*} settings naming the master, and ships MLTest's jars itself: the executor's
 * class path has neither MLTest's classes nor RE2J. A suite (regex, {@code where}, uniqueness), a
 * drift section and a seeded draw give DuckDB's results on the same files.
 *
 * <p>Runs in a surefire execution of its own (tag {@code cluster}): a JVM holds one SparkContext,
 * and the module's other tests share a local one ({@link SharedSpark}). Logs: {@code
 * target/standalone-cluster}, quoted in any failure's message.
 */
@Tag("cluster")
@Timeout(120)
class StandaloneClusterTest {
  private static final Path ROOT = Path.of("target", "standalone-cluster");
  private static final Path PEOPLE_SUITE =
      SparkEngineTest.resource("suites/engine/people.mltest.yaml");
  private static final Path DRIFT_SUITE =
      ExampleSuitesParityTest.EXAMPLES.resolve("customer-drift.mltest.yaml").toAbsolutePath();

  private static @Nullable StandaloneCluster cluster;
  private static @Nullable DataBackend spark;
  private static Map<String, String> settings = Map.of();

  @RegisterExtension static final AttachClusterLogs LOGS = new AttachClusterLogs();

  @TempDir Path out;

  @BeforeAll
  static void startClusterAndSession() throws IOException {
    cluster = StandaloneCluster.start(ROOT);
    // The settings a user gives as mltest.spark.* (junit-platform.properties), master included.
    Map<String, String> s = new HashMap<>();
    s.put("master", cluster.masterUrl());
    s.put("app-name", "mltest-standalone-cluster-test");
    s.put("spark.ui.enabled", "false");
    s.put("spark.sql.shuffle.partitions", "2");
    s.put("spark.driver.host", "127.0.0.1");
    s.put("spark.driver.bindAddress", "127.0.0.1");
    s.put("spark.executor.memory", "512m");
    s.put("spark.cores.max", "1");
    // Local files prefer host "localhost", the executor is 127.0.0.1: do not wait 3 s per task
    // for a better place on a one-host cluster.
    s.put("spark.locality.wait", "0");
    // A short-lived executor: C1 only, one GC thread, to start and warm up fast on a small box.
    s.put("spark.executor.extraJavaOptions", "-XX:TieredStopAtLevel=1 -XX:+UseSerialGC");
    s.put("spark.sql.warehouse.dir", ROOT.resolve("warehouse").toString());
    settings = Map.copyOf(s);
    spark = DataBackends.open("spark", settings);
    awaitExecutor(session());
  }

  @AfterAll
  static void stopSessionAndCluster() {
    try {
      if (spark != null) {
        spark.close();
      }
    } finally {
      if (cluster != null) {
        cluster.close();
      }
    }
  }

  @Test
  void executorsAreOtherJvmsThatGetMltestAndRe2jOnlyByShipping() throws IOException {
    List<Row> rows =
        session()
            .sql(
                "SELECT reflect('java.lang.System', 'getProperty', 'sun.java.command'),"
                    + " reflect('java.lang.System', 'getProperty', 'java.class.path'),"
                    + " mltest_re2_full(concat('user', id, '@example.com'), '^user[0-9]+@example[.]com$')"
                    + " FROM range(1)")
            .collectAsList();
    Row row = rows.get(0);
    assertThat(row.getString(0))
        .as("the task ran in an executor JVM the Worker started")
        .startsWith("org.apache.spark.executor.CoarseGrainedExecutorBackend");
    List<String> executorClassPath = Arrays.asList(row.getString(1).split(File.pathSeparator));
    assertThat(executorClassPath)
        .as("the executor's own class path: the Spark home's conf and jars only")
        .noneMatch(e -> e.contains("target" + File.separator + "classes"))
        .noneMatch(e -> e.contains("test-classes"))
        .noneMatch(e -> StandaloneCluster.isShippedByMltest(Path.of(e)))
        .anyMatch(e -> e.contains("spark-home" + File.separator + "jars" + File.separator));
    assertThat(row.getBoolean(2)).as("the RE2J function ran on the executor").isTrue();
    assertThat(executorLogs())
        .as("the executor fetched the jars the backend shipped")
        .contains("re2j-")
        .contains("lucene-core-")
        .contains("mltest-classes-");
  }

  @Test
  void aSuiteWithRegexWhereAndUniquenessHasDuckDbsResults() throws IOException {
    SuiteDefinition suite =
        SuiteParser.parse(PEOPLE_SUITE.toString(), Files.readString(PEOPLE_SUITE));
    FileDataset dataset = requireNonNull(suite.dataset()).resolve(PEOPLE_SUITE.getParent(), null);
    List<ExpectationSpec> specs =
        suite.entries().stream().map(SuiteEntry::spec).filter(Objects::nonNull).toList();
    assertThat(specs)
        .extracting(spec -> spec.type().key())
        .contains("matchesRegex", "format", "unique", "primaryKey");
    assertThat(specs).anyMatch(spec -> spec.where() != null);
    ParityAssertions.assertSameResults(backend(), dataset, specs);
  }

  @Test
  void theEngineRunsADriftSectionOnTheClusterTestByTestAsOnDuckDb() {
    DiscoverySelector suite = selectFile(DRIFT_SUITE.toFile());
    Map<String, String> duck = outcomes("duckdb", suite);
    assertThat(duck).hasSizeGreaterThan(3).allSatisfy((k, v) -> assertThat(k).contains("drift"));
    assertThat(outcomes("spark", suite)).isEqualTo(duck);
  }

  @Test
  void aSeededDrawTakesDuckDbsRows() {
    Function<BoundTable, List<SampledRow>> draw =
        t -> SamplingAndDriftParityTest.draw(t, true, null, 7);
    List<SampledRow> duckDraw = onDuckDb(draw);
    assertThat(duckDraw).hasSizeGreaterThan(50);
    assertThat(onCluster(draw)).isEqualTo(duckDraw);
  }

  private Map<String, String> outcomes(String backend, DiscoverySelector... selectors) {
    EngineExecutionResults results =
        SparkEngineTest.run(out.resolve(backend), backend, settings, selectors);
    return SparkEngineTest.outcomes(results);
  }

  private static <T> T onCluster(Function<BoundTable, T> read) {
    try (BoundTable table = backend().open(SamplingAndDriftParityTest.PEOPLE)) {
      return read.apply(table);
    }
  }

  private static <T> T onDuckDb(Function<BoundTable, T> read) {
    try (DataBackend duck = DataBackend.duckDb();
        BoundTable table = duck.open(SamplingAndDriftParityTest.PEOPLE)) {
      return read.apply(table);
    }
  }

  private static DataBackend backend() {
    return requireNonNull(spark, "the cluster's backend");
  }

  private static SparkSession session() {
    return ((SparkBackend) backend()).session();
  }

  /** The driver plus one executor: tasks wait in the queue otherwise, and may hang. */
  private static void awaitExecutor(SparkSession session) {
    long deadline = System.nanoTime() + 60_000_000_000L;
    while (session.sparkContext().statusTracker().getExecutorInfos().length < 2) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException("no executor registered with the driver within 60 s");
      }
      try {
        Thread.sleep(200);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException(e);
      }
    }
  }

  private static String executorLogs() throws IOException {
    StringBuilder text = new StringBuilder();
    try (Stream<Path> files = Files.walk(requireNonNull(cluster).workDir())) {
      for (Path f : (Iterable<Path>) files::iterator) {
        if (f.getFileName().toString().equals("stderr")) {
          text.append(Files.readString(f));
        }
      }
    }
    return text.toString();
  }

  /** Quotes the cluster's logs in the message of any failure, set-up included. */
  static final class AttachClusterLogs
      implements TestExecutionExceptionHandler, LifecycleMethodExecutionExceptionHandler {
    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) {
      throw withLogs(failure);
    }

    @Override
    public void handleBeforeAllMethodExecutionException(
        ExtensionContext context, Throwable failure) {
      throw withLogs(failure);
    }

    private static AssertionError withLogs(Throwable failure) {
      StandaloneCluster c = cluster;
      String logs = c == null ? "(the cluster did not start)" : c.logs();
      return new AssertionError(
          failure.getMessage()
              + "\n\nStandalone cluster logs ("
              + ROOT.toAbsolutePath()
              + "):\n"
              + logs,
          failure);
    }
  }
}
