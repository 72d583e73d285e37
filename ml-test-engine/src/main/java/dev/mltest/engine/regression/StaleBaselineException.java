package dev.mltest.engine.regression;

/**
 * The baseline comes from a different run (data, sample, seed or trainer configuration), so a
 * metric could not be compared. Not an {@link AssertionError}: it is not a model regression.
 */
final class StaleBaselineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  StaleBaselineException(String message) {
    super(message, null, false, false);
  }
}
