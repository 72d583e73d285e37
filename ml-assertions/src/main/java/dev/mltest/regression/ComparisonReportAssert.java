package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.stream.Collectors;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a {@link ComparisonReport}; obtain one from {@link RegressionAssertions}. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ComparisonReportAssert
    extends AbstractAssert<ComparisonReportAssert, ComparisonReport> {

  ComparisonReportAssert(ComparisonReport actual) {
    super(actual, ComparisonReportAssert.class);
  }

  /**
   * Asserts that no metric fails: none regressed, is missing, violates a bound, and the baseline
   * exists and comes from the same evaluation protocol (unless protocol changes were accepted).
   * Improved and new metrics pass.
   */
  public ComparisonReportAssert hasNoRegression() {
    isNotNull();
    List<MetricOutcome> failures = actual.failures();
    if (!failures.isEmpty()) {
      failWithMessage(
          "Expected no metric regression, but %d of %d metrics failed:%n%s%s",
          failures.size(), actual.outcomes().size(), lines(failures), versionNote());
    }
    return this;
  }

  /**
   * Asserts that the baseline was measured under the same evaluation protocol (label, sample
   * fraction or size, stratification, test fraction, sampling algorithm, seed). Changed data,
   * features or trainer settings do not matter: they are what a comparison is for.
   */
  public ComparisonReportAssert isComparable() {
    isNotNull();
    if (!actual.protocolChanges().isEmpty()) {
      failWithMessage(
          "Expected the baseline to come from the same evaluation protocol, but: %s",
          String.join("; ", actual.protocolChanges()));
    }
    return this;
  }

  /** Asserts that every metric is in the baseline. */
  public ComparisonReportAssert hasNoNewMetrics() {
    return hasNo(MetricOutcome.Kind.NEW, "metrics missing from the baseline");
  }

  /** Asserts that no metric improved beyond its tolerance (the baseline is up to date). */
  public ComparisonReportAssert hasNoImprovementBeyondTolerance() {
    return hasNo(MetricOutcome.Kind.IMPROVED, "improvements beyond tolerance");
  }

  /** Asserts the outcome kind of one metric. */
  public ComparisonReportAssert hasOutcome(String metric, MetricOutcome.Kind kind) {
    isNotNull();
    MetricOutcome outcome = actual.outcome(metric).orElse(null);
    if (outcome == null) {
      failWithMessage("Expected metric %s to be compared, but it was not", metric);
    } else if (outcome.kind() != kind) {
      failWithMessage(
          "Expected metric %s to be %s, but it is %s: %s",
          metric, kind, outcome.kind(), outcome.message());
    }
    return this;
  }

  private ComparisonReportAssert hasNo(MetricOutcome.Kind kind, String what) {
    isNotNull();
    List<MetricOutcome> found = actual.outcomes().stream().filter(o -> o.kind() == kind).toList();
    if (!found.isEmpty()) {
      failWithMessage("Expected no %s, but found:%n%s", what, lines(found));
    }
    return this;
  }

  private static String lines(List<MetricOutcome> outcomes) {
    return outcomes.stream()
        .map(o -> "  " + o.message())
        .collect(Collectors.joining("%n".formatted()));
  }

  private String versionNote() {
    return actual.versionChanges().isEmpty()
        ? ""
        : "%nnote: library versions differ from the baseline's: %s"
            .formatted(String.join(", ", actual.versionChanges()));
  }
}
