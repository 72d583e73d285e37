package dev.mltest.benchmarks;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;

/**
 * Times discovering and running a suite of 1,000 expectations over a small dataset through the
 * JUnit launcher, against the same JVM running a Jupiter class with one empty test.
 */
public final class EngineOverheadBenchmark {
  private EngineOverheadBenchmark() {}

  /** The reference: what a launcher run of the smallest Jupiter class costs in this JVM. */
  public static final class EmptyJupiterTest {
    @Test
    void nothing() {}
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Options.parse(args);
    int expectations = Integer.parseInt(options.getOrDefault("expectations", "1000"));
    int repeats = Integer.parseInt(options.getOrDefault("repeats", "5"));
    Path dir =
        Files.createDirectories(
            Path.of(options.getOrDefault("dir", "target/bench-data")).resolve("engine-overhead"));
    Path suite = writeSuite(dir, expectations);
    Launcher launcher = LauncherFactory.create();
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    double jupiter =
        SuiteValidationBenchmark.median(
            repeats, () -> run(launcher, selectClass(EmptyJupiterTest.class), 1));
    double mltest =
        SuiteValidationBenchmark.median(
            repeats, () -> run(launcher, selectFile(suite.toFile()), expectations));
    out.println("| figure | MLTest (s) | reference (s) | ratio | reference |");
    out.println("|---|---|---|---|---|");
    out.printf(
        Locale.ROOT,
        "| engine: discover and run %,d expectations over 100 rows (overhead %.3f s) | %.3f | %.3f | %.2f | launcher run of an empty Jupiter test, same JVM |%n",
        expectations,
        mltest - jupiter,
        mltest,
        jupiter,
        mltest / jupiter);
  }

  private static double run(Launcher launcher, DiscoverySelector selector, int expectedTests) {
    LauncherDiscoveryRequest request =
        LauncherDiscoveryRequestBuilder.request().selectors(selector).build();
    SummaryGeneratingListener listener = new SummaryGeneratingListener();
    launcher.execute(request, listener);
    TestExecutionSummary summary = listener.getSummary();
    if (summary.getTestsSucceededCount() != expectedTests) {
      throw new IllegalStateException(
          "expected %d passing tests, got %d succeeded, %d failed"
              .formatted(
                  expectedTests, summary.getTestsSucceededCount(), summary.getTestsFailedCount()));
    }
    return 0;
  }

  /** A 100-row CSV and a suite cycling through ten kinds of expectation, each with its own id. */
  private static Path writeSuite(Path dir, int expectations) throws java.io.IOException {
    StringBuilder csv = new StringBuilder("id,amount,segment,email,day\n");
    for (int i = 1; i <= 100; i++) {
      csv.append(i)
          .append(',')
          .append(i * 10.5)
          .append(',')
          .append(i % 2 == 0 ? "a" : "b")
          .append(",u")
          .append(i)
          .append("@example.com,2024-01-")
          .append(String.format(Locale.ROOT, "%02d", 1 + i % 28))
          .append('\n');
    }
    Files.writeString(dir.resolve("small.csv"), csv);
    String[] templates = {
      "expect: rowCount\n    min: 1",
      "expect: notNull\n    column: id",
      "expect: between\n    column: amount\n    min: 0\n    max: %d",
      "expect: inSet\n    column: segment\n    values: [a, b]",
      "expect: unique\n    columns: [id]",
      "expect: matchesRegex\n    column: email\n    regex: \"@\"",
      "expect: meanBetween\n    column: amount\n    min: 0\n    max: %d",
      "expect: lengthBetween\n    column: segment\n    max: %d",
      "expect: format\n    column: day\n    format: isoDate",
      "expect: nullRatio\n    column: amount\n    max: 0.5",
    };
    StringBuilder suite = new StringBuilder("dataset: small.csv\nexpectations:\n");
    for (int i = 0; i < expectations; i++) {
      String body = templates[i % templates.length].replace("%d", Integer.toString(10_000 + i));
      suite.append("  - id: e").append(i).append('\n').append("    ").append(body).append('\n');
    }
    Path file = dir.resolve("thousand.mltest.yaml");
    Files.writeString(file, suite);
    return file;
  }
}
