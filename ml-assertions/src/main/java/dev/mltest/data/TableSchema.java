package dev.mltest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The ordered columns of a table.
 *
 * @param columns the columns, in table order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TableSchema(List<Column> columns) {
  public TableSchema {
    columns = List.copyOf(columns);
  }

  /** The column with this exact name, if any. */
  public Optional<Column> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The column names, in table order. */
  public List<String> names() {
    return columns.stream().map(Column::name).toList();
  }
}
