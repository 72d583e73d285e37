package dev.mltest.expect;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What an expectation judges, which decides the options it takes. */
@API(status = EXPERIMENTAL, since = "0.1")
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
