package dev.mltest.engine.suite;

import static org.apiguardian.api.API.Status.STABLE;

import java.util.Objects;
import org.apiguardian.api.API;

/**
 * An expectation could not be evaluated, or its data could not be read: an unknown column, a column
 * of the wrong type, a bad SQL expression, an unreadable file. Not an {@link AssertionError}:
 * reports show it as broken, not as failed data.
 */
@API(status = STABLE, since = "0.1")
public final class ExpectationErrorException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public ExpectationErrorException(String message) {
    super(message, null, false, false);
  }

  public ExpectationErrorException(String message, Throwable cause) {
    super(message, cause, false, false);
  }

  /** The message, which every constructor of this exception requires. */
  @Override
  public String getMessage() {
    return Objects.requireNonNull(super.getMessage());
  }
}
