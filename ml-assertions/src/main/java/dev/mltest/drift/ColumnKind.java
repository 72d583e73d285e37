package dev.mltest.drift;

/** The kind of a column, which decides the methods that apply to it. */
public enum ColumnKind {
  /** Numbers compared by value: {@code double} columns. */
  NUMERIC,
  /** Labels compared by frequency: strings, booleans, codes. */
  CATEGORICAL
}
