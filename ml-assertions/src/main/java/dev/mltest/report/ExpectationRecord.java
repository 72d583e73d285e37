package dev.mltest.report;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.expect.ExpectationResult;
import org.apiguardian.api.API;

/**
 * An expectation's result: the observed value, the counts and the offending values with their rows.
 *
 * @param result the expectation's result
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ExpectationRecord(ExpectationResult result) implements RunRecord {

  public ExpectationRecord {
    requireNonNull(result, "result");
  }

  @Override
  public CheckKind kind() {
    return CheckKind.EXPECTATION;
  }

  @Override
  public Outcome outcome() {
    return switch (result.status()) {
      case PASSED -> Outcome.PASSED;
      case FAILED -> result.isWarning() ? Outcome.WARNING : Outcome.FAILED;
      case ERROR -> Outcome.BROKEN;
    };
  }

  /** The checked columns, comma-separated, or {@code table} for table-level expectations. */
  @Override
  public String subject() {
    return result.columns().isEmpty() ? "table" : String.join(", ", result.columns());
  }

  @Override
  public String message() {
    return result.message();
  }
}
