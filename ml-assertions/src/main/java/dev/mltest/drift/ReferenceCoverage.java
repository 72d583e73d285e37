package dev.mltest.drift;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * How much of the current sample lies where the reference never was: numeric values outside the
 * reference range, and categories the reference never had.
 *
 * <pre>{@code
 * ReferenceCoverage.OutOfRange range = ReferenceCoverage.outOfReferenceRange(reference, current);
 * ReferenceCoverage.NewCategories fresh = ReferenceCoverage.newCategories(refLabels, curLabels);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class ReferenceCoverage {
  private ReferenceCoverage() {}

  /**
   * Current values outside the closed reference range [min, max].
   *
   * @param count current values below min or above max
   * @param currentSize current values after cleaning
   * @param share {@code count / currentSize}
   * @param referenceMin the reference minimum
   * @param referenceMax the reference maximum
   */
  public record OutOfRange(
      long count, long currentSize, double share, double referenceMin, double referenceMax) {}

  /**
   * Current values whose category the reference never has.
   *
   * @param count current values in new categories
   * @param currentSize current values after cleaning
   * @param share {@code count / currentSize}
   * @param categories the new categories, in order
   */
  public record NewCategories(long count, long currentSize, double share, List<String> categories) {
    /** Copies the list. */
    public NewCategories {
      categories = List.copyOf(categories);
    }
  }

  /**
   * Measures the share of current values outside the reference range.
   *
   * @param reference the reference sample
   * @param current the current sample
   * @return the count and share outside
   * @throws DriftInputException if a side is empty after cleaning
   */
  public static OutOfRange outOfReferenceRange(NumericSample reference, NumericSample current) {
    requireSides(reference.isEmpty(), current.isEmpty());
    int size = current.size();
    double min = reference.min();
    double max = reference.max();
    long below = current.countBelow(min);
    long above = size - current.countUpTo(max);
    long count = below + above;
    return new OutOfRange(count, size, (double) count / size, min, max);
  }

  /**
   * Measures the share of current values whose category is unseen in the reference.
   *
   * @param reference the reference sample
   * @param current the current sample
   * @return the count, share and names of the new categories
   * @throws DriftInputException if a side is empty after cleaning
   */
  public static NewCategories newCategories(
      CategoricalSample reference, CategoricalSample current) {
    requireSides(reference.isEmpty(), current.isEmpty());
    List<String> names = new ArrayList<>();
    long count = 0;
    for (Map.Entry<String, Long> entry : current.counts().entrySet()) {
      if (!reference.counts().containsKey(entry.getKey())) {
        names.add(entry.getKey());
        count += entry.getValue();
      }
    }
    return new NewCategories(count, current.size(), (double) count / current.size(), names);
  }

  private static void requireSides(boolean referenceEmpty, boolean currentEmpty) {
    if (referenceEmpty) {
      throw new DriftInputException(
          DriftInputException.Problem.EMPTY_REFERENCE,
          "The reference has no values after cleaning; coverage cannot be measured.");
    }
    if (currentEmpty) {
      throw new DriftInputException(
          DriftInputException.Problem.EMPTY_CURRENT,
          "The current sample has no values after cleaning; coverage cannot be measured.");
    }
  }
}
