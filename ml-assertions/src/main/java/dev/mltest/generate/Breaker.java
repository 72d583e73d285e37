package dev.mltest.generate;

/**
 * Makes a valid table break one expectation, for invalid-mode tables.
 *
 * @param expectation the name of the expectation it breaks
 * @param how what it does, for the table's origin, e.g. {@code a value just outside the bounds}
 * @param minRows the rows the table needs for the change
 * @param action the change; false if this table cannot be broken that way
 */
record Breaker(String expectation, String how, int minRows, Action action) {

  /** Changes a table in place. */
  @FunctionalInterface
  interface Action {
    boolean apply(Source source, TableDraft table);
  }
}
