package dev.mltest.engine.regression;

/**
 * A regression test has no baseline yet; the message says where it belongs and how to create it.
 */
final class MissingBaselineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  MissingBaselineException(String message) {
    super(message, null, false, false);
  }
}
