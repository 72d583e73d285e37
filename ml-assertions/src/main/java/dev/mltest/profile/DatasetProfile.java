package dev.mltest.profile;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The profile of a dataset: its row count and one {@link ColumnProfile} per column, in table order.
 *
 * @param dataset the dataset's name (its file name)
 * @param rows the number of rows
 * @param columns the column profiles, in table order
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DatasetProfile(String dataset, long rows, List<ColumnProfile> columns) {
  public DatasetProfile {
    requireNonNull(dataset, "dataset");
    columns = List.copyOf(columns);
  }

  /** The profile of the named column, if the dataset has it. */
  public Optional<ColumnProfile> column(String name) {
    return columns.stream().filter(c -> c.name().equals(name)).findFirst();
  }

  /** The column names, in table order. */
  public List<String> names() {
    return columns.stream().map(ColumnProfile::name).toList();
  }
}
