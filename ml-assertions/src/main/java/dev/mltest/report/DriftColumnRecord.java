package dev.mltest.report;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.drift.ColumnDriftResult;
import dev.mltest.expect.Severity;
import org.apiguardian.api.API;

/**
 * One column's drift decision.
 *
 * @param result the method, score, threshold, sizes and buckets
 * @param severity {@code warn} reports drift as a warning instead of a failure
 * @param message the sentence the test reports
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DriftColumnRecord(ColumnDriftResult result, Severity severity, String message)
    implements RunRecord {

  public DriftColumnRecord {
    requireNonNull(result, "result");
    requireNonNull(severity, "severity");
    requireNonNull(message, "message");
  }

  @Override
  public CheckKind kind() {
    return CheckKind.DRIFT;
  }

  @Override
  public Outcome outcome() {
    if (!result.drifted()) {
      return Outcome.PASSED;
    }
    return severity == Severity.WARN ? Outcome.WARNING : Outcome.FAILED;
  }

  @Override
  public String subject() {
    return result.column();
  }
}
