package dev.mltest.drift;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** The kind of a column, which decides the methods that apply to it. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum ColumnKind {
  /** Numbers compared by value: {@code double} columns. */
  NUMERIC,
  /** Labels compared by frequency: strings, booleans, codes. */
  CATEGORICAL
}
