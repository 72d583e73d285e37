package dev.mltest.expect;

/** What an expectation judges, which decides the options it takes. */
public enum ExpectationKind {
  /** The table's shape: columns, their names and types. Needs no scan. */
  SCHEMA,
  /**
   * One aggregate of the table or a column (a count, a mean, a quantile), judged against bounds.
   */
  AGGREGATE,
  /** Each row (or each non-null value) passes or fails; takes {@code mostly}. */
  ROW
}
