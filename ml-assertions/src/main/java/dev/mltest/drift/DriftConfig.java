package dev.mltest.drift;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * What to compare between a reference and a current dataset, and how.
 *
 * @param columns the columns to compare; empty for every column the two share
 * @param exclude columns left out of the default (shared) set
 * @param global the method/threshold for every column unless overridden
 * @param byKind overrides per column kind
 * @param byColumn overrides per column
 * @param driftShare the share of drifted columns that means dataset drift
 * @param correction the multiple-testing correction of p-values across columns
 * @param maxOutOfReferenceRange if set, numeric columns also get a check that at most this share of
 *     current values lies outside the reference's [min, max]
 * @param maxNewCategories if set, categorical columns also get a check that at most this share of
 *     current values has a category the reference never has
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record DriftConfig(
    List<String> columns,
    List<String> exclude,
    MethodChoice global,
    Map<ColumnKind, MethodChoice> byKind,
    Map<String, MethodChoice> byColumn,
    double driftShare,
    Correction correction,
    @Nullable Double maxOutOfReferenceRange,
    @Nullable Double maxNewCategories) {

  public DriftConfig {
    columns = List.copyOf(columns);
    exclude = List.copyOf(exclude);
    byKind = Map.copyOf(byKind);
    byColumn = Map.copyOf(byColumn);
  }

  /** Every shared column, Evidently's default methods and rule. */
  public static DriftConfig defaults() {
    return new DriftConfig(
        List.of(),
        List.of(),
        MethodChoice.DEFAULT,
        Map.of(),
        Map.of(),
        DatasetDriftRule.DEFAULT_DRIFT_SHARE,
        Correction.NONE,
        null,
        null);
  }

  /** The same configuration for other columns. */
  public DriftConfig withColumns(List<String> newColumns) {
    return new DriftConfig(
        newColumns,
        exclude,
        global,
        byKind,
        byColumn,
        driftShare,
        correction,
        maxOutOfReferenceRange,
        maxNewCategories);
  }

  /**
   * The same configuration with a method (and threshold, or null for its default) for every column.
   */
  public DriftConfig withMethod(DriftMethod method, @Nullable Double threshold) {
    return new DriftConfig(
        columns,
        exclude,
        new MethodChoice(method, threshold),
        byKind,
        byColumn,
        driftShare,
        correction,
        maxOutOfReferenceRange,
        maxNewCategories);
  }

  /** The method and threshold chosen for a column, before the default rule fills the gaps. */
  MethodChoice choiceFor(String column, ColumnKind kind) {
    return byColumn
        .getOrDefault(column, MethodChoice.DEFAULT)
        .orElse(byKind.getOrDefault(kind, MethodChoice.DEFAULT))
        .orElse(global);
  }
}
