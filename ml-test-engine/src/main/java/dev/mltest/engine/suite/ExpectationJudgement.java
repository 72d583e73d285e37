package dev.mltest.engine.suite;

import dev.mltest.data.ValueSample;
import dev.mltest.engine.execution.MlTestExecutionContext;
import dev.mltest.expect.Counts;
import dev.mltest.expect.ExpectationResult;
import dev.mltest.report.ExpectationRecord;
import dev.mltest.suite.SuiteEntry;
import dev.mltest.text.Formats;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;
import org.opentest4j.AssertionFailedError;

/**
 * Turns an expectation's result into the test's outcome: report entries, then an {@link
 * AssertionFailedError} for failed data, a {@link SuiteDefinitionException} or {@link
 * ExpectationErrorException} for problems that are not about the data.
 */
final class ExpectationJudgement {
  private final TestDescriptor descriptor;
  private final SuiteSource suite;
  private final MlTestExecutionContext context;

  public ExpectationJudgement(
      TestDescriptor descriptor, SuiteSource suite, MlTestExecutionContext context) {
    this.descriptor = descriptor;
    this.suite = suite;
    this.context = context;
  }

  /** Reports the entry's outcome; throws if the test must not pass. */
  public void judge(SuiteEntry entry) {
    if (entry.problem() != null) {
      throw new SuiteDefinitionException(entry.problem().toString());
    }
    ExpectationResult result =
        context
            .get(SuiteDescriptor.RESULTS)
            .map(results -> results.get(entry.name()))
            .orElseThrow(() -> new IllegalStateException("no result for " + entry.name()));
    String where = suite.location() + ":" + entry.position() + " " + entry.name() + ": ";
    context.listener().reportingEntryPublished(descriptor, ReportEntry.from(entries(result)));
    context.recorder().record(descriptor, new ExpectationRecord(result));
    switch (result.status()) {
      case ERROR -> throw new ExpectationErrorException(where + result.message());
      case FAILED -> {
        if (result.failsTest()) {
          throw new AssertionFailedError(
              where + result.message(), expected(result), actual(result));
        }
        context
            .listener()
            .reportingEntryPublished(
                descriptor, ReportEntry.from("mltest.warning", result.message()));
      }
      case PASSED -> {
        // Nothing to add: the report entry already holds the observed value.
      }
    }
  }

  private static Map<String, String> entries(ExpectationResult result) {
    Map<String, String> values = new LinkedHashMap<>();
    values.put("mltest.expectation", result.name());
    values.put("mltest.status", result.isWarning() ? "WARNING" : result.status().name());
    values.put("mltest.observed", Formats.value(result.observedValue()));
    Counts counts = result.counts();
    if (counts != null) {
      values.put("mltest.elementCount", Long.toString(counts.elementCount()));
      values.put("mltest.missingCount", Long.toString(counts.missingCount()));
      values.put("mltest.unexpectedCount", Long.toString(counts.unexpectedCount()));
      values.put("mltest.unexpectedPercent", Formats.percent(counts.unexpectedShare()));
    }
    int i = 0;
    for (ValueSample s : result.samples()) {
      values.put(
          "mltest.sample." + (++i),
          s.value()
              + " x"
              + s.count()
              + " (first row "
              + s.firstRow()
              + (s.firstKey() == null ? "" : ", " + s.firstKey())
              + ")");
    }
    values.put("mltest.message", result.message());
    return values;
  }

  private static String expected(ExpectationResult result) {
    if (result.counts() != null && result.mostly() != null) {
      return "at most "
          + Formats.percent(1 - result.mostly())
          + " unexpected values (mostly "
          + Formats.number(result.mostly())
          + ")";
    }
    return result.key() + " satisfied";
  }

  private static String actual(ExpectationResult result) {
    Counts counts = result.counts();
    if (counts != null && result.mostly() != null) {
      return Formats.percent(counts.unexpectedShare())
          + " unexpected ("
          + Formats.count(counts.unexpectedCount())
          + " of "
          + Formats.count(counts.judgedCount())
          + ")";
    }
    return Formats.value(result.observedValue());
  }
}
