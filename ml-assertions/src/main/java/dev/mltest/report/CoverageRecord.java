package dev.mltest.report;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.drift.CoverageOutcome;
import dev.mltest.expect.Severity;
import org.apiguardian.api.API;

/**
 * A reference-coverage check of one column: values outside the reference range, or categories the
 * reference never has.
 *
 * @param coverage the measured share and its limit
 * @param severity {@code warn} reports a failure as a warning
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CoverageRecord(CoverageOutcome coverage, Severity severity) implements RunRecord {

  public CoverageRecord {
    requireNonNull(coverage, "coverage");
    requireNonNull(severity, "severity");
  }

  @Override
  public CheckKind kind() {
    return CheckKind.DRIFT;
  }

  @Override
  public Outcome outcome() {
    if (coverage.share() == null) {
      return Outcome.BROKEN;
    }
    if (coverage.passed()) {
      return Outcome.PASSED;
    }
    return severity == Severity.WARN ? Outcome.WARNING : Outcome.FAILED;
  }

  @Override
  public String subject() {
    return coverage.column();
  }

  @Override
  public String message() {
    return coverage.message();
  }
}
