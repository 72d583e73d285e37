package dev.mltest.data;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A column of a table: its name, logical type and the backend's own type name.
 *
 * @param name the column name as it appears in the data
 * @param type the logical type
 * @param nativeType the backend's type name, e.g. {@code DECIMAL(18,3)}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Column(String name, ColumnType type, String nativeType) {
  public Column {
    requireNonNull(name, "name");
    requireNonNull(type, "type");
    requireNonNull(nativeType, "nativeType");
  }
}
