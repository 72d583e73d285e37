package dev.mltest.expect;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.ValueSample;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of one expectation.
 *
 * @param name the expectation's name within its suite ({@code id} or the derived {@code
 *     key[column]})
 * @param key the expectation type, e.g. {@code between}
 * @param columns the columns it checks
 * @param severity how a failure counts
 * @param status passed, failed, or could not be evaluated
 * @param observedValue the measured value (a count, a ratio, a mean, a list of quantiles...)
 * @param counts element, missing and unexpected counts for per-row expectations
 * @param mostly the required passing share for per-row expectations, else null
 * @param samples up to {@code sampleSize} offending values with their counts and first rows
 * @param message a sentence stating the rule, the observed value and real offending values
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ExpectationResult(
    String name,
    String key,
    List<String> columns,
    Severity severity,
    Status status,
    @Nullable Object observedValue,
    @Nullable Counts counts,
    @Nullable Double mostly,
    List<ValueSample> samples,
    String message) {

  public ExpectationResult {
    columns = List.copyOf(columns);
    samples = List.copyOf(samples);
  }

  /**
   * Whether the expectation failed with {@link Severity#WARN}, so that it does not fail a build.
   */
  public boolean isWarning() {
    return status == Status.FAILED && severity == Severity.WARN;
  }

  /** Whether this result should fail a test: an error-severity failure. */
  public boolean failsTest() {
    return status == Status.FAILED && severity == Severity.ERROR;
  }

  /** The outcome of an expectation. */
  public enum Status {
    /** The data meets the expectation. */
    PASSED,
    /** The data does not meet the expectation. */
    FAILED,
    /**
     * The expectation could not be evaluated: an unknown column, a column of the wrong type, a bad
     * expression, unreadable data.
     */
    ERROR
  }
}
