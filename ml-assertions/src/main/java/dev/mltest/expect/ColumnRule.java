package dev.mltest.expect;

import dev.mltest.data.Column;
import dev.mltest.data.ColumnType;
import java.util.function.Predicate;

/** Which column types an expectation accepts. */
enum ColumnRule {
  ANY("any column", c -> true),
  NUMERIC("a numeric column", c -> c.type().isNumeric()),
  NUMERIC_OR_BOOLEAN(
      "a numeric or boolean column", c -> c.type().isNumeric() || c.type() == ColumnType.BOOLEAN),
  NUMERIC_OR_TEMPORAL(
      "a numeric, date or timestamp column", c -> c.type().isNumeric() || c.type().isTemporal()),
  ORDERED("a numeric, date, timestamp or string column", c -> c.type().isOrdered()),
  /**
   * Text: a string column, or DuckDB's JSON type (JSON text). A number's or a date's text form is
   * not what a length or a format is about, so those columns are refused rather than judged.
   */
  TEXT(
      "a string column",
      c -> c.type() == ColumnType.STRING || c.nativeType().equalsIgnoreCase("JSON")),
  /** Text, or a date column: a DATE value is an ISO date by construction. */
  TEXT_OR_DATE("a string or date column", c -> TEXT.accepts(c) || c.type() == ColumnType.DATE),
  /** Text, or a timestamp column: a TIMESTAMP value is an ISO date and time by construction. */
  TEXT_OR_TIMESTAMP(
      "a string or timestamp column", c -> TEXT.accepts(c) || c.type() == ColumnType.TIMESTAMP);

  private final String description;
  private final Predicate<Column> accepts;

  ColumnRule(String description, Predicate<Column> accepts) {
    this.description = description;
    this.accepts = accepts;
  }

  String description() {
    return description;
  }

  /** The CSV type to suggest in a message when a column of another type meets this rule. */
  String suggestedType() {
    return this == ORDERED || this == ANY ? "VARCHAR" : "DOUBLE";
  }

  boolean accepts(Column column) {
    return accepts.test(column);
  }
}
