package dev.mltest.engine.regression;

/**
 * The baseline was measured under another evaluation protocol (sample fraction or size, seed,
 * split, stratification, label), so a metric's values are not comparable. Not an {@link
 * AssertionError}: it is not a model regression, though its message says whether the metric would
 * have regressed.
 */
final class NotComparableException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  NotComparableException(String message) {
    super(message, null, false, false);
  }
}
