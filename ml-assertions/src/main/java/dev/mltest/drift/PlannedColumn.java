package dev.mltest.drift;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.ColumnType;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A column of a drift comparison: its kind, or why it cannot be compared.
 *
 * @param name the column name
 * @param kind numeric or categorical, null when the column has a problem
 * @param problem why the column cannot be compared (missing on one side, types that differ), or
 *     null
 * @param type the reference's logical type (integer, date, ...), null when the column has a problem
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record PlannedColumn(
    String name, @Nullable ColumnKind kind, @Nullable String problem, @Nullable ColumnType type) {

  /** A column without its logical type. */
  public PlannedColumn(String name, @Nullable ColumnKind kind, @Nullable String problem) {
    this(name, kind, problem, null);
  }

  /** Whether the column holds dates or timestamps (compared as epoch seconds). */
  public boolean temporal() {
    return type != null && type.isTemporal();
  }
}
