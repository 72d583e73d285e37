package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A regression test could not train or evaluate: unreadable data, an unknown column, a trainer that
 * failed. Not an {@link AssertionError}: reports show it as broken, not as a model regression.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RegressionRunException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RegressionRunException(String message) {
    super(message);
  }

  public RegressionRunException(String message, Throwable cause) {
    super(message, cause);
  }
}
