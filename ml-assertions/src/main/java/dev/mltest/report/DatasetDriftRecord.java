package dev.mltest.report;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.drift.DatasetDriftResult;
import dev.mltest.expect.Severity;
import java.util.List;
import org.apiguardian.api.API;

/**
 * The dataset-level drift rule: the share of drifted columns against its limit.
 *
 * @param result every column's verdict and the rule's decision
 * @param notCompared columns that could not be compared
 * @param severity {@code warn} reports dataset drift as a warning
 * @param message the sentence the test reports
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DatasetDriftRecord(
    DatasetDriftResult result, List<String> notCompared, Severity severity, String message)
    implements RunRecord {

  public DatasetDriftRecord {
    requireNonNull(result, "result");
    notCompared = List.copyOf(notCompared);
    requireNonNull(severity, "severity");
    requireNonNull(message, "message");
  }

  @Override
  public CheckKind kind() {
    return CheckKind.DRIFT;
  }

  @Override
  public Outcome outcome() {
    if (!result.datasetDrift()) {
      return Outcome.PASSED;
    }
    return severity == Severity.WARN ? Outcome.WARNING : Outcome.FAILED;
  }

  /** Always {@code dataset}. */
  @Override
  public String subject() {
    return "dataset";
  }
}
