package dev.mltest.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataAccessException;
import dev.mltest.data.DataBackend;
import dev.mltest.data.FileDataset;
import dev.mltest.data.SampledRow;
import dev.mltest.engine.MlTestEngine;
import dev.mltest.expect.Catalog;
import dev.mltest.expect.ExpectationSpec;
import dev.mltest.suite.SuiteDefinition;
import dev.mltest.suite.SuiteEntry;
import dev.mltest.suite.SuiteParser;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * MLTest on a Spark Connect server ({@code mltest.spark.remote}) that runs in a JVM of its own:
 * suites, drift reads and seeded samples give DuckDB's results over the same files, and a URL with
 * no server behind it fails the suites that need it, quickly, naming the setting and the URL.
 */
@Tag("spark-connect") // runs in the spark-connect surefire execution only (pom.xml)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SparkConnectTest {
  private static final FileDataset PEOPLE = SamplingAndDriftParityTest.PEOPLE;

  private @Nullable ConnectServer server;
  private @Nullable DataBackend connect;

  @TempDir Path out;

  @BeforeAll
  void startServer() throws IOException, InterruptedException {
    server = ConnectServer.start();
  }

  @AfterAll
  void stopServer() {
    try {
      if (connect != null) {
        connect.close();
      }
    } finally {
      if (server != null) {
        server.close();
      }
    }
  }

  private ConnectServer server() {
    return Objects.requireNonNull(server, "started in @BeforeAll");
  }

  /** One backend on the server for the class, as a run shares one. */
  private DataBackend backend() {
    if (connect == null) {
      try {
        connect =
            SparkBackend.start(
                SparkSettings.parse(
                    Map.of("remote", server().url(), "spark.sql.shuffle.partitions", "2")));
      } catch (RuntimeException e) {
        throw new AssertionError(e.getMessage() + server().tail(), e);
      }
    }
    return connect;
  }

  private <T> T onServer(Function<BoundTable, T> read) {
    try (BoundTable table = backend().open(PEOPLE)) {
      return read.apply(table);
    } catch (RuntimeException | AssertionError e) {
      throw new AssertionError(e.getMessage() + server().tail(), e);
    }
  }

  private static <T> T onDuckDb(Function<BoundTable, T> read) {
    try (DataBackend duck = DataBackend.duckDb();
        BoundTable table = duck.open(PEOPLE)) {
      return read.apply(table);
    }
  }

  @Test
  void theBackendRunsOnAConnectSession() {
    assertThat(SparkConnect.isConnect(((SparkBackend) backend()).session())).isTrue();
  }

  @Test
  void aSuiteWithRegexWhereAndUniquenessHasDuckDbsResults() throws IOException {
    Path file = SparkEngineTest.resource("suites/engine/people-on-spark.mltest.yaml");
    SuiteDefinition suite = SuiteParser.parse(file.toString(), Files.readString(file));
    List<ExpectationSpec> specs =
        suite.entries().stream().map(SuiteEntry::spec).filter(Objects::nonNull).toList();
    assertThat(specs)
        .extracting(spec -> spec.type().key())
        .contains("matchesRegex", "unique", "meanBetween");
    try {
      ParityAssertions.assertSameResults(backend(), PEOPLE, specs);
    } catch (AssertionError e) {
      throw new AssertionError(e.getMessage() + server().tail(), e);
    }
  }

  @Test
  void aFailingRegexCheckShowsTheSameOffendingRowsAsOnDuckDb() {
    ExpectationSpec regex =
        ExpectationSpec.parse(
            Catalog.standard(),
            Map.of("expect", "matchesRegex", "column", "email", "regex", "^user[0-9]?@"));
    ParityAssertions.assertSameResults(backend(), PEOPLE, List.of(regex));
  }

  @Test
  void driftReadsTheSameNumbersAndCountsAsOnDuckDb() {
    List<String> numeric = List.of("age", "income", "joined");
    assertThat(SamplingAndDriftParityTest.numbers(onServer(t -> t.numericCounts(numeric)), numeric))
        .isEqualTo(
            SamplingAndDriftParityTest.numbers(onDuckDb(t -> t.numericCounts(numeric)), numeric));
    List<String> categorical = List.of("segment", "active");
    Map<String, Map<@Nullable String, Long>> spark = onServer(t -> t.categoryCounts(categorical));
    Map<String, Map<@Nullable String, Long>> duck = onDuckDb(t -> t.categoryCounts(categorical));
    assertThat(spark).isEqualTo(duck);
  }

  @Test
  void aSeededSampleDrawsTheSameRowsAsOnDuckDb() {
    List<SampledRow> duck = onDuckDb(t -> SamplingAndDriftParityTest.draw(t, true, null, 7));
    List<SampledRow> spark = onServer(t -> SamplingAndDriftParityTest.draw(t, true, null, 7));
    assertThat(duck).hasSizeGreaterThan(50).anyMatch(SampledRow::test);
    assertThat(spark).isEqualTo(duck);
  }

  @Test
  void theEngineRunsASuiteOnTheServerWithDuckDbsOutcomes() {
    Map<String, String> onServer =
        outcomes(
            run(
                Map.of("mltest.spark.remote", server().url()),
                selectFile(
                    SparkEngineTest.resource("suites/engine/people-on-spark.mltest.yaml")
                        .toFile())));
    Map<String, String> onDuckDb =
        outcomes(
            run(
                Map.of("mltest.backend", "duckdb"),
                selectFile(SparkEngineTest.resource("suites/engine/people.mltest.yaml").toFile())));
    assertThat(onServer).hasSizeGreaterThan(5);
    assertThat(onServer.values().stream().map(v -> v.replace("people-on-spark.", "people.")))
        .as(server().tail())
        .containsExactlyInAnyOrderElementsOf(onDuckDb.values());
  }

  @Test
  void aUrlWithNoServerFailsTheSparkSuiteQuicklyWhileItsSiblingRuns() throws IOException {
    String dead = "sc://127.0.0.1:" + closedPort();
    long start = System.nanoTime();
    Map<String, String> outcomes =
        outcomes(
            run(
                Map.of("mltest.backend", "duckdb", "mltest.spark.remote", dead),
                selectDirectory(SparkEngineTest.resource("suites/engine").toFile())));
    long seconds = (System.nanoTime() - start) / 1_000_000_000L;
    assertThat(outcomes)
        .hasEntrySatisfying(
            "MLTest / people on spark (people-on-spark.mltest.yaml)",
            v ->
                assertThat(v)
                    .startsWith("FAILED")
                    .contains("mltest.spark.remote=" + dead)
                    .contains("nothing accepts connections"));
    // The sibling suite (on DuckDB) ran its checks.
    assertThat(outcomes)
        .containsEntry("MLTest / people (people.mltest.yaml)", "SUCCESSFUL")
        .containsKey("people (people.mltest.yaml) / matchesRegex[email]");
    assertThat(seconds).as("seconds to fail").isLessThan(30);
  }

  @Test
  void aUrlThatIsNotSparkConnectsIsRefusedNamingTheSetting() {
    assertThatThrownBy(() -> SparkBackend.start(SparkSettings.parse(Map.of("remote", "http://x"))))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("mltest.spark.remote=http://x")
        .hasMessageContaining("sc://host:port");
  }

  @Test
  void masterAndRemoteTogetherAreRefusedNamingBoth() {
    assertThatThrownBy(
            () -> SparkSettings.parse(Map.of("master", "local[2]", "remote", server().url())))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("mltest.spark.master")
        .hasMessageContaining("mltest.spark.remote");
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  private EngineExecutionResults run(Map<String, String> parameters, DiscoverySelector selector) {
    EngineTestKit.Builder kit =
        EngineTestKit.engine(new MlTestEngine())
            .enableImplicitConfigurationParameters(false)
            .configurationParameter("mltest.report.dir", out.resolve("report").toString())
            .configurationParameter("mltest.spark.spark.sql.shuffle.partitions", "2")
            .selectors(selector);
    for (Map.Entry<String, String> p : parameters.entrySet()) {
      kit = kit.configurationParameter(p.getKey(), p.getValue());
    }
    return kit.execute();
  }

  /** Each finished node (below the engine) by parent and name, with outcome and message. */
  private static Map<String, String> outcomes(EngineExecutionResults results) {
    Map<String, String> outcomes = new TreeMap<>();
    for (Event e : results.allEvents().finished().list()) {
      if (e.getTestDescriptor().getParent().isEmpty()) {
        continue;
      }
      TestExecutionResult r = e.getRequiredPayload(TestExecutionResult.class);
      outcomes.put(
          e.getTestDescriptor().getParent().orElseThrow().getDisplayName()
              + " / "
              + e.getTestDescriptor().getDisplayName(),
          r.getStatus() + r.getThrowable().map(t -> ": " + t.getMessage()).orElse(""));
    }
    return outcomes;
  }
}
