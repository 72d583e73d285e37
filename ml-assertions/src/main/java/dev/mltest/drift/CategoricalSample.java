package dev.mltest.drift;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Collections;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One side of a categorical column as counts per category, built once and shared by every drift
 * method.
 *
 * <p>Categories are strings; other values are labelled with {@link String#valueOf(Object)}, so the
 * integer {@code 1} and the string {@code "1"} are the same category. Nulls are dropped and
 * counted, and so are NaN and infinite {@code Double}/{@code Float} values, as Evidently does.
 * {@code -0.0} is labelled {@code "0.0"}.
 *
 * <pre>{@code
 * CategoricalSample fromRows = CategoricalSample.of(new String[] {"a", "b", null, "a"});
 * CategoricalSample fromSql = CategoricalSample.ofCounts(Map.of("a", 2L, "b", 1L));
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class CategoricalSample {
  private final SortedMap<String, Long> counts;
  private final long size;
  private final long droppedNaN;
  private final long droppedInfinite;
  private final long droppedNull;

  private CategoricalSample(
      SortedMap<String, Long> counts, long droppedNaN, long droppedInfinite, long droppedNull) {
    this.counts = Collections.unmodifiableSortedMap(counts);
    this.size = counts.values().stream().mapToLong(Long::longValue).sum();
    this.droppedNaN = droppedNaN;
    this.droppedInfinite = droppedInfinite;
    this.droppedNull = droppedNull;
  }

  /**
   * Counts the values of a column.
   *
   * @param values the raw values; nulls stand for missing
   * @return the sample, possibly empty
   */
  public static CategoricalSample of(@Nullable Object[] values) {
    requireNonNull(values, "values");
    SortedMap<String, Long> counts = new TreeMap<>();
    long nan = 0;
    long infinite = 0;
    long nulls = 0;
    for (Object value : values) {
      if (value == null) {
        nulls++;
      } else if (isNaN(value)) {
        nan++;
      } else if (isInfinite(value)) {
        infinite++;
      } else {
        counts.merge(label(value), 1L, Long::sum);
      }
    }
    return new CategoricalSample(counts, nan, infinite, nulls);
  }

  /**
   * Wraps counts that were computed elsewhere, for example by a SQL {@code GROUP BY}. A null key is
   * the count of missing values. Categories with a zero count are left out.
   *
   * @param counts count per category
   * @return the sample, possibly empty
   * @throws DriftInputException if a count is negative or null
   */
  public static CategoricalSample ofCounts(
      Map<@Nullable String, ? extends @Nullable Number> counts) {
    requireNonNull(counts, "counts");
    SortedMap<String, Long> kept = new TreeMap<>();
    long nulls = 0;
    for (Map.Entry<@Nullable String, ? extends @Nullable Number> entry : counts.entrySet()) {
      @Nullable Number number = entry.getValue();
      long count = number == null ? -1 : number.longValue();
      if (count < 0) {
        throw new DriftInputException(
            DriftInputException.Problem.MALFORMED_INPUT,
            "Category '%s' has count %s; counts must be zero or more."
                .formatted(entry.getKey(), number));
      }
      String category = entry.getKey();
      if (category == null) {
        nulls += count;
      } else if (count > 0) {
        kept.merge(category, count, Long::sum);
      }
    }
    return new CategoricalSample(kept, 0, 0, nulls);
  }

  private static boolean isNaN(Object value) {
    return (value instanceof Double d && d.isNaN()) || (value instanceof Float f && f.isNaN());
  }

  private static boolean isInfinite(Object value) {
    return (value instanceof Double d && d.isInfinite())
        || (value instanceof Float f && f.isInfinite());
  }

  private static String label(Object value) {
    if (value instanceof Double d && d == 0.0) {
      return "0.0";
    }
    if (value instanceof Float f && f == 0.0f) {
      return "0.0";
    }
    return String.valueOf(value);
  }

  /**
   * Returns the number of values kept.
   *
   * @return the size after cleaning
   */
  public long size() {
    return size;
  }

  /**
   * Tells whether no value was kept.
   *
   * @return true if empty after cleaning
   */
  public boolean isEmpty() {
    return size == 0;
  }

  /**
   * Returns the number of distinct categories.
   *
   * @return distinct count
   */
  public int distinctCount() {
    return counts.size();
  }

  /**
   * Returns the count per category, in category order.
   *
   * @return an unmodifiable view of the counts
   */
  public SortedMap<String, Long> counts() {
    return counts;
  }

  /**
   * Returns the cleaning summary of this sample.
   *
   * @return the summary
   */
  public SampleSummary summary() {
    long tied = counts.values().stream().filter(c -> c > 1).mapToLong(Long::longValue).sum();
    return new SampleSummary(size, droppedNaN, droppedInfinite, droppedNull, counts.size(), tied);
  }

  @Override
  public String toString() {
    return "CategoricalSample[size=%d, categories=%d, droppedNull=%d]"
        .formatted(size, counts.size(), droppedNull);
  }
}
