package dev.mltest.assertions;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.expect.Evaluator;
import dev.mltest.expect.ExpectationResult;
import dev.mltest.expect.ExpectationSpec;
import dev.mltest.expect.TextComparedColumns;
import dev.mltest.text.Formats;
import java.lang.System.Logger.Level;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.assertj.core.api.WritableAssertionInfo;
import org.jspecify.annotations.Nullable;
import org.opentest4j.AssertionFailedError;

/**
 * Runs one assertion as a catalog expectation through the {@link Evaluator} and turns its result
 * into the outcome of an assertion: nothing, an {@link AssertionFailedError}, or a {@link
 * DataCheckException}.
 *
 * @param dataset the dataset under test
 * @param backends opens the backend that reads the dataset, one per assertion (DuckDB by default)
 * @param where the row filter of the assertion chain, or null
 * @param allowEmpty whether an empty dataset is acceptable
 * @param info the AssertJ description and overriding message of the chain
 */
record Verification(
    Dataset dataset,
    Supplier<DataBackend> backends,
    @Nullable String where,
    boolean allowEmpty,
    WritableAssertionInfo info) {
  private static final System.Logger LOG = System.getLogger(Verification.class.getName());

  /** Fails with the result message when the expectation fails. */
  ExpectationResult check(String key, Map<String, ?> options) {
    return run(key, options, null, false);
  }

  /**
   * Fails with the result message, {@code expected} and the observed value as actual, so IDEs can
   * show both.
   */
  ExpectationResult check(String key, Map<String, ?> options, Object expected) {
    return run(key, options, expected, true);
  }

  private ExpectationResult run(
      String key, Map<String, ?> options, @Nullable Object expected, boolean compare) {
    ExpectationSpec spec = ExpectationSpec.of(key, withWhere(options));
    ExpectationResult result;
    try (DataBackend backend = backends.get();
        BoundTable table = TextComparedColumns.open(backend, dataset, List.of(spec))) {
      result = Evaluator.evaluate(table, List.of(spec), allowEmpty).get(0);
    }
    if (result.status() == ExpectationResult.Status.ERROR) {
      throw new DataCheckException("cannot check " + subject() + ": " + result.message());
    }
    if (result.isWarning()) {
      LOG.log(Level.WARNING, () -> subject() + ": " + result.message());
    } else if (result.failsTest()) {
      String message = failureMessage(result);
      throw compare
          ? Failures.failure(message, expected, result.observedValue())
          : Failures.failure(message);
    }
    return result;
  }

  private Map<String, Object> withWhere(Map<String, ?> options) {
    Map<String, Object> all = new LinkedHashMap<>(options);
    if (where != null) {
      all.merge("where", where, (own, chain) -> "(" + chain + ") AND (" + own + ")");
    }
    return all;
  }

  private String subject() {
    return "dataset '" + dataset.name() + "'" + (where == null ? "" : " where " + where);
  }

  private String failureMessage(ExpectationResult result) {
    String overriding = info.overridingErrorMessage();
    if (overriding != null) {
      return overriding;
    }
    String description = info.descriptionText();
    String prefix = description == null || description.isEmpty() ? "" : "[" + description + "] ";
    return prefix + subject() + ": " + result.message();
  }

  /** The accepted range as messages write it: {@code [0, 1]}, {@code ≥ 0} or {@code ≤ 1}. */
  static String range(@Nullable Object min, @Nullable Object max) {
    if (min != null && max != null) {
      return "[" + Formats.value(min) + ", " + Formats.value(max) + "]";
    }
    return min != null ? "≥ " + Formats.value(min) : "≤ " + Formats.value(max);
  }

  /** Options with {@code min} and {@code max} added when not null (an open bound). */
  static Map<String, Object> bounds(
      Map<String, Object> options, @Nullable Object min, @Nullable Object max) {
    if (min == null && max == null) {
      throw new IllegalArgumentException("give a lower bound, an upper bound or both");
    }
    Map<String, Object> all = new LinkedHashMap<>(options);
    if (min != null) {
      all.put("min", min);
    }
    if (max != null) {
      all.put("max", max);
    }
    return all;
  }
}
