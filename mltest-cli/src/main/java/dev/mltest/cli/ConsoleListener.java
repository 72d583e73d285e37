package dev.mltest.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Prints one line per judged test, with the engine's own message, and counts outcomes the way the
 * engine tells them apart: an {@link AssertionError} is failed data, anything else is broken.
 */
final class ConsoleListener implements TestExecutionListener {
  /** The report entry of a passing test with a warning (docs/running.md). */
  private static final String WARNING_ENTRY = "mltest.warning";

  private final PrintWriter out;
  private final List<String> problems = new ArrayList<>();
  private @Nullable TestPlan plan;
  private int passed;
  private int failed;
  private int errors;
  private int skipped;
  private int warnings;
  private final Map<String, String> warningOf = new ConcurrentHashMap<>();

  private final Map<String, String> aliases;

  /**
   * @param aliases text to show instead of a generated file's path (the drift command's temporary
   *     suite), longest first
   */
  ConsoleListener(PrintWriter out, Map<String, String> aliases) {
    this.out = out;
    this.aliases = aliases;
  }

  private void print(String line) {
    String shown = line;
    for (Map.Entry<String, String> alias : aliases.entrySet()) {
      shown = shown.replace(alias.getKey(), alias.getValue());
    }
    out.println(shown);
  }

  @Override
  public void testPlanExecutionStarted(TestPlan testPlan) {
    this.plan = testPlan;
  }

  /** The engine publishes a warn-severity failure as a report entry on a test that passes. */
  @Override
  public void reportingEntryPublished(TestIdentifier test, ReportEntry entry) {
    String warning = entry.getKeyValuePairs().get(WARNING_ENTRY);
    if (warning != null) {
      warningOf.merge(test.getUniqueId(), warning, (a, b) -> a + "; " + b);
    }
  }

  @Override
  public void executionSkipped(TestIdentifier test, String reason) {
    if (test.isTest()) {
      skipped++;
      print("SKIPPED " + path(test) + ": " + reason);
    }
  }

  @Override
  public void executionFinished(TestIdentifier test, TestExecutionResult result) {
    Throwable thrown = result.getThrowable().orElse(null);
    if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
      String warning = warningOf.remove(test.getUniqueId());
      if (test.isTest() && warning != null) {
        warnings++;
        print("WARNING " + path(test) + ": " + warning.strip().replace("\n", "\n        "));
      } else if (test.isTest()) {
        passed++;
        print("PASSED  " + path(test));
      }
      return;
    }
    // A container that fails (a suite whose data cannot be read) is reported too: its children
    // may never have run.
    boolean data = thrown instanceof AssertionError;
    String line = path(test) + ": " + message(thrown);
    if (data) {
      failed++;
      print("FAILED  " + line);
    } else if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      skipped++;
      print("ABORTED " + line);
      return;
    } else {
      errors++;
      print("ERROR   " + line);
    }
    problems.add(line);
  }

  RunOutcome outcome(int missing) {
    return new RunOutcome(passed, failed, errors + missing, skipped, problems, warnings);
  }

  private String path(TestIdentifier test) {
    TestPlan plan = Objects.requireNonNull(this.plan, "tests finish only after the plan started");
    List<String> names = new ArrayList<>();
    TestIdentifier current = test;
    while (current != null) {
      if (current.getParentIdObject().isPresent()) {
        names.add(0, current.getDisplayName());
      }
      current = current.getParentIdObject().map(plan::getTestIdentifier).orElse(null);
    }
    return String.join(" > ", names);
  }

  private static String message(@Nullable Throwable thrown) {
    if (thrown == null) {
      return "failed";
    }
    String message = thrown.getMessage() == null ? thrown.toString() : thrown.getMessage();
    return message.strip().replace("\n", "\n        ");
  }
}
