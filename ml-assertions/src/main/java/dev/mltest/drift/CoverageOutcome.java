package dev.mltest.drift;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A reference-coverage check of one column: the share of current values outside the reference's
 * range (numeric) or of categories the reference never has (categorical).
 *
 * @param check {@code outOfReferenceRange} or {@code newCategories}
 * @param column the column
 * @param share the measured share, or null when it could not be measured
 * @param limit the largest accepted share
 * @param passed whether the share is within the limit
 * @param message what was measured, with the new categories or the reference range
 * @param newCategories the categories the reference never has (newCategories only), at most {@value
 *     ColumnDriftResult#MAX_LISTED_NEW_CATEGORIES}
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record CoverageOutcome(
    String check,
    String column,
    @Nullable Double share,
    double limit,
    boolean passed,
    String message,
    List<String> newCategories) {
  public CoverageOutcome {
    // Bounded: a current side with a million unseen values must not write them all to reports.
    newCategories =
        List.copyOf(
            newCategories.size() > ColumnDriftResult.MAX_LISTED_NEW_CATEGORIES
                ? newCategories.subList(0, ColumnDriftResult.MAX_LISTED_NEW_CATEGORIES)
                : newCategories);
  }

  /** The name of this check's test: {@code outOfReferenceRange[income]}. */
  public String name() {
    return check + "[" + column + "]";
  }
}
