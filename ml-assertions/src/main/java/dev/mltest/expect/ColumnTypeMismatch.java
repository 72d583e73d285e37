package dev.mltest.expect;

import dev.mltest.data.Column;

/** A value of a suite that cannot be compared with a column of the type the column was read as. */
final class ColumnTypeMismatch extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient Column column;

  ColumnTypeMismatch(String message, Column column) {
    super(message);
    this.column = column;
  }

  Column column() {
    return column;
  }
}
