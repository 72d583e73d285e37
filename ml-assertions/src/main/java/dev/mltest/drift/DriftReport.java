package dev.mltest.drift;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Everything a drift comparison found.
 *
 * @param columns each planned column's outcome, in plan order
 * @param dataset the dataset-level decision over the compared columns, or null if none was compared
 * @param coverage the reference-coverage checks
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record DriftReport(
    List<ColumnOutcome> columns,
    @Nullable DatasetDriftResult dataset,
    List<CoverageOutcome> coverage) {
  public DriftReport {
    columns = List.copyOf(columns);
    coverage = List.copyOf(coverage);
  }

  /** The outcome for a column. */
  public Optional<ColumnOutcome> column(String name) {
    return columns.stream().filter(c -> c.column().equals(name)).findFirst();
  }

  /** The coverage check with this name, e.g. {@code newCategories[segment]}. */
  public Optional<CoverageOutcome> coverage(String name) {
    return coverage.stream().filter(c -> c.name().equals(name)).findFirst();
  }
}
