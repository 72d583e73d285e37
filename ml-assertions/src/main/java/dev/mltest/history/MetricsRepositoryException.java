package dev.mltest.history;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The metrics repository cannot be opened, read or written; the message says which and why. */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MetricsRepositoryException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** An exception with its message and cause. */
  public MetricsRepositoryException(String message, Throwable cause) {
    super(message, cause);
  }

  /** An exception with its message. */
  public MetricsRepositoryException(String message) {
    super(message);
  }
}
