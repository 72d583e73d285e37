package dev.mltest.drift;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Evidently's rule for the method used when a check names none ({@link DriftRule#EVIDENTLY}; the
 * default rule is {@link DriftRule#DEFAULT}). Small reference samples get a statistical test judged
 * at p 0.05; large ones a distance judged at 0.1, because with thousands of rows every test finds a
 * significant but harmless difference.
 *
 * <pre>
 * reference rows &lt;= 1000, numeric:      distinct &lt;= 5 ? (distinct &gt; 2 ? chisquare_gof : z) : ks
 * reference rows &lt;= 1000, categorical:                      distinct &gt; 2 ? chisquare_gof : z
 * reference rows  &gt; 1000, numeric:      distinct &lt;= 5 ? jensenshannon : wasserstein
 * reference rows  &gt; 1000, categorical:  jensenshannon
 * </pre>
 *
 * Rows are counted after cleaning; distinct values are those of both sides together. Evidently's
 * {@code chisquare} is the goodness-of-fit test, here {@code chisquare_gof}.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class DefaultMethodRule {
  /** Reference samples up to this many rows get a p-value test. */
  public static final long MAX_ROWS_FOR_TESTS = 1000;

  /** Numeric columns with at most this many distinct values are treated like categories. */
  public static final long MAX_DISTINCT_FOR_CATEGORY_LIKE = 5;

  private DefaultMethodRule() {}

  /**
   * Chooses the method from the numbers the rule depends on.
   *
   * @param kind the column kind
   * @param referenceRows reference rows after cleaning
   * @param distinctValues distinct values of both sides together
   * @return the method
   */
  public static DriftMethod choose(ColumnKind kind, long referenceRows, long distinctValues) {
    requireNonNull(kind, "kind");
    boolean categoryLike =
        kind == ColumnKind.CATEGORICAL || distinctValues <= MAX_DISTINCT_FOR_CATEGORY_LIKE;
    if (referenceRows <= MAX_ROWS_FOR_TESTS) {
      if (!categoryLike) {
        return DriftMethod.KS;
      }
      return distinctValues > 2 ? DriftMethod.CHISQUARE_GOF : DriftMethod.Z;
    }
    return categoryLike ? DriftMethod.JENSENSHANNON : DriftMethod.WASSERSTEIN;
  }

  /**
   * Chooses the method for a numeric column.
   *
   * @param reference the cleaned reference sample
   * @param current the cleaned current sample
   * @return the method
   */
  public static DriftMethod choose(NumericSample reference, NumericSample current) {
    return choose(
        ColumnKind.NUMERIC, reference.size(), DistinctOverlap.of(reference, current).union());
  }

  /**
   * Chooses the method for a categorical column.
   *
   * @param reference the reference sample
   * @param current the current sample
   * @return the method
   */
  public static DriftMethod choose(CategoricalSample reference, CategoricalSample current) {
    return choose(
        ColumnKind.CATEGORICAL, reference.size(), DistinctOverlap.of(reference, current).union());
  }
}
