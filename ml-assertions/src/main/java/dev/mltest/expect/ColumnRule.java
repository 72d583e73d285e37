package dev.mltest.expect;

import dev.mltest.data.Column;
import dev.mltest.data.ColumnType;
import java.util.function.Predicate;

/** Which column types an expectation accepts. */
enum ColumnRule {
  ANY("any column", t -> true),
  NUMERIC("a numeric column", ColumnType::isNumeric),
  NUMERIC_OR_BOOLEAN("a numeric or boolean column", t -> t.isNumeric() || t == ColumnType.BOOLEAN),
  NUMERIC_OR_TEMPORAL("a numeric, date or timestamp column", t -> t.isNumeric() || t.isTemporal()),
  ORDERED("a numeric, date, timestamp or string column", ColumnType::isOrdered);

  private final String description;
  private final Predicate<ColumnType> accepts;

  ColumnRule(String description, Predicate<ColumnType> accepts) {
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
    return accepts.test(column.type());
  }
}
