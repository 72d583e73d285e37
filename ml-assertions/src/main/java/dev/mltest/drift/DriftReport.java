package dev.mltest.drift;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Everything a drift comparison found.
 *
 * @param columns each planned column's outcome, in plan order
 * @param dataset the dataset-level decision over the compared columns, or null if none was compared
 * @param coverage the reference-coverage checks
 * @param notes per column, what a reader needs beside the score (for dates and timestamps: both
 *     sides' ranges as readable dates)
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record DriftReport(
    List<ColumnOutcome> columns,
    @Nullable DatasetDriftResult dataset,
    List<CoverageOutcome> coverage,
    Map<String, String> notes) {
  public DriftReport {
    columns = List.copyOf(columns);
    coverage = List.copyOf(coverage);
    notes = Map.copyOf(notes);
  }

  /** A report without notes. */
  public DriftReport(
      List<ColumnOutcome> columns,
      @Nullable DatasetDriftResult dataset,
      List<CoverageOutcome> coverage) {
    this(columns, dataset, coverage, Map.of());
  }

  /**
   * Says what was decided for the dataset as a whole, if any column was compared.
   *
   * @return for example {@code dataset drift: 2 of 5 columns drifted (40.0%), limit 50.0%: a, b}
   */
  public Optional<String> datasetSentence() {
    return dataset == null
        ? Optional.empty()
        : Optional.of(DriftSentences.dataset(dataset, notCompared(), excludedWithReasons()));
  }

  /**
   * The columns that could not be compared.
   *
   * @return their names
   */
  public List<String> notCompared() {
    return columns.stream()
        .filter(ColumnOutcome.Failed.class::isInstance)
        .map(ColumnOutcome::column)
        .toList();
  }

  /**
   * The columns left out for their role, each with the short reason, e.g. {@code id (a key)}.
   *
   * @return one text per excluded column
   */
  public List<String> excludedWithReasons() {
    return excluded().stream()
        .map(
            e ->
                e.column()
                    + " ("
                    + e.reason()
                        .replaceFirst("^excluded from drift: ", "")
                        .replaceFirst("; list it under 'include'.*$", "")
                    + ")")
        .toList();
  }

  /**
   * The column's decision within the dataset, after the multiple-testing correction: what its test
   * reports.
   */
  public Optional<ColumnVerdict> verdict(String column) {
    return dataset == null
        ? Optional.empty()
        : dataset.columns().stream().filter(v -> v.result().column().equals(column)).findFirst();
  }

  /** The columns left out because of their role, with the reasons. */
  public List<ColumnOutcome.Excluded> excluded() {
    return columns.stream()
        .filter(ColumnOutcome.Excluded.class::isInstance)
        .map(ColumnOutcome.Excluded.class::cast)
        .toList();
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
