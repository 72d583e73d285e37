package dev.mltest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A dataset could not be read: a missing or unreadable file, a ragged CSV line, a backend error.
 *
 * <p>This is an infrastructure problem, deliberately not an {@link AssertionError}, so reports can
 * tell "the data is wrong" from "the data could not be checked".
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DataAccessException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public DataAccessException(String message) {
    super(message);
  }

  public DataAccessException(String message, Throwable cause) {
    super(message, cause);
  }
}
