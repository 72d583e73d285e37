package dev.mltest.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import dev.mltest.engine.MlTestEngine;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerJobStart;
import org.apache.spark.sql.SparkSession;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;
import org.junit.platform.testkit.engine.EventType;

/**
 * The engine runs suites on Spark when {@code mltest.backend=spark} says so, or when a suite says
 * {@code backend: spark}, and every test (passed or failed, with its message) comes out as it does
 * on DuckDB; bad input fails the same node with the same message.
 */
class SparkEngineTest {
  @TempDir Path out;

  @Test
  void aDirectoryOfSuitesRunWithMltestBackendSparkMatchesDuckDbTestByTest() {
    Path dir = resource("suites/engine");
    Map<String, String> duck = outcomes(run("duckdb", selectDirectory(dir.toFile())));
    Map<String, String> spark = outcomes(run("spark", selectDirectory(dir.toFile())));
    assertThat(duck)
        .as("both suites ran, some checks failed and some passed")
        .hasSizeGreaterThan(24)
        .containsValue("SUCCESSFUL")
        .hasValueSatisfying(
            new org.assertj.core.api.Condition<>(v -> v.startsWith("FAILED"), "a failure"));
    assertThat(spark).isEqualTo(duck);
  }

  /** The example project's suites, drift section included, as its build runs them. */
  @Test
  void theExampleProjectsSuitesAndDriftSectionMatchDuckDbTestByTest() {
    Path examples = ExampleSuitesParityTest.EXAMPLES.toAbsolutePath().normalize();
    Map<String, String> duck = outcomes(run("duckdb", selectDirectory(examples.toFile())));
    Map<String, String> spark = outcomes(run("spark", selectDirectory(examples.toFile())));
    assertThat(duck.keySet()).anySatisfy(k -> assertThat(k).contains("drift"));
    assertThat(spark).isEqualTo(duck);
  }

  @Test
  void aSuiteThatNamesSparkRunsOnSparkUnderTheDefaultBackend() {
    Path suite = resource("suites/engine/people-on-spark.mltest.yaml");
    SharedSpark.backend();
    SparkSession session = SparkSession.getDefaultSession().get();
    AtomicInteger jobs = new AtomicInteger();
    session
        .sparkContext()
        .addSparkListener(
            new SparkListener() {
              @Override
              public void onJobStart(SparkListenerJobStart jobStart) {
                jobs.incrementAndGet();
              }
            });
    EngineExecutionResults onDefault = run(null, selectFile(suite.toFile()));
    onDefault.testEvents().assertStatistics(s -> s.started(12).finished(12));
    // Listener events arrive asynchronously: wait a little for the suite's Spark jobs.
    for (int i = 0; i < 50 && jobs.get() == 0; i++) {
      sleep();
    }
    assertThat(jobs.get()).as("Spark jobs run by the suite").isPositive();
    Map<String, String> sameSuiteOnDuckDb =
        outcomes(run("duckdb", selectFile(resource("suites/engine/people.mltest.yaml").toFile())));
    assertThat(outcomes(onDefault).values())
        .containsExactlyInAnyOrderElementsOf(sameSuiteOnDuckDb.values());
  }

  @Test
  void badInputFailsTheSameNodeWithTheSameMessageOnBothBackends() {
    Path dir = resource("suites/bad");
    Map<String, String> duck = outcomes(run("duckdb", selectDirectory(dir.toFile())));
    Map<String, String> spark = outcomes(run("spark", selectDirectory(dir.toFile())));
    assertThat(duck.values())
        .anySatisfy(v -> assertThat(v).contains("salary"))
        .anySatisfy(v -> assertThat(v).contains("subquery"))
        .anySatisfy(v -> assertThat(v).contains("/var/mltest-outside"));
    // The same node fails at the same place; only the database's own reason differs, and names
    // Spark.
    assertThat(spark.values()).anySatisfy(v -> assertThat(v).contains(": Spark: ["));
    assertThat(withoutDatabaseReason(spark)).isEqualTo(withoutDatabaseReason(duck));
  }

  private static Map<String, String> withoutDatabaseReason(Map<String, String> outcomes) {
    Map<String, String> out = new TreeMap<>();
    outcomes.forEach(
        (k, v) ->
            out.put(
                k,
                v.replaceAll(
                    "cannot evaluate ([^:]+): .* \\(check the expression",
                    "cannot evaluate $1: <the database's reason> (check the expression")));
    return out;
  }

  /** Runs the engine with {@code mltest.backend} set (or unset for null), sharing the session. */
  private EngineExecutionResults run(@Nullable String backend, DiscoverySelector selector) {
    SharedSpark.backend();
    return run(out, backend, SharedSpark.SETTINGS, selector);
  }

  /** Runs the engine with {@code mltest.backend} set (or unset for null) and these settings. */
  static EngineExecutionResults run(
      Path out,
      @Nullable String backend,
      Map<String, String> sparkSettings,
      DiscoverySelector... selectors) {
    EngineTestKit.Builder kit =
        EngineTestKit.engine(new MlTestEngine())
            .enableImplicitConfigurationParameters(false)
            .outputDirectoryCreator(new SuiteRuns.Output(out))
            .configurationParameter("mltest.report.dir", out.resolve("report").toString())
            .selectors(selectors);
    if (backend != null) {
      kit = kit.configurationParameter("mltest.backend", backend);
    }
    for (Map.Entry<String, String> setting : sparkSettings.entrySet()) {
      kit = kit.configurationParameter("mltest.spark." + setting.getKey(), setting.getValue());
    }
    return kit.execute();
  }

  /** Each test's display name with its outcome and failure message, path-independent. */
  static Map<String, String> outcomes(EngineExecutionResults results) {
    Map<String, String> outcomes = new TreeMap<>();
    for (Event e : results.allEvents().finished().list()) {
      if (e.getTestDescriptor().getParent().isEmpty()) {
        continue;
      }
      TestExecutionResult r = e.getRequiredPayload(TestExecutionResult.class);
      String message = r.getThrowable().map(t -> ": " + t.getMessage()).orElse("");
      outcomes.put(
          name(e.getTestDescriptor()),
          r.getStatus() + message.replace("people-on-spark.mltest.yaml", "people.mltest.yaml"));
    }
    assertThat(results.allEvents().filter(ev -> ev.getType() == EventType.FINISHED).count())
        .isPositive();
    return outcomes;
  }

  private static String name(TestDescriptor d) {
    return d.getParent().map(TestDescriptor::getDisplayName).orElse("")
        + " / "
        + d.getDisplayName();
  }

  private static void sleep() {
    try {
      Thread.sleep(100);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  static Path resource(String name) {
    try {
      return Path.of(
          Objects.requireNonNull(SparkEngineTest.class.getClassLoader().getResource(name), name)
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
