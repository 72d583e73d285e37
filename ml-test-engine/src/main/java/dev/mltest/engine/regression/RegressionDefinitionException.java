package dev.mltest.engine.regression;

/**
 * A regression test is written wrongly (a bad return type, an unknown metric) or its baseline
 * cannot be used (missing, stale, corrupt). Not an {@link AssertionError}: reports show it as
 * broken, not as a model regression.
 */
final class RegressionDefinitionException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  RegressionDefinitionException(String message) {
    super(message, null, false, false);
  }

  RegressionDefinitionException(String message, Throwable cause) {
    super(message, cause, false, false);
  }
}
