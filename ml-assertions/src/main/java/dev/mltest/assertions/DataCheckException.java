package dev.mltest.assertions;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.ValueText;
import org.apiguardian.api.API;

/**
 * An assertion could not be evaluated: an unknown column, a column of the wrong type, a bad SQL
 * expression. This says nothing about the data being right or wrong, so it is deliberately not an
 * {@link AssertionError}. Its message quotes data, so markup in it is made inert ({@link
 * ValueText#withoutMarkup}) as in every failure of these assertions.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DataCheckException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** Creates the exception with the reason the check could not run. */
  public DataCheckException(String message) {
    super(ValueText.withoutMarkup(message));
  }
}
