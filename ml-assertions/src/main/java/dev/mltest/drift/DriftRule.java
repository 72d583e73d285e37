package dev.mltest.drift;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * How a column's drift is decided when the check names no method.
 *
 * <ul>
 *   <li>{@link #DEFAULT}: a column drifts when a two-sample test rejects <em>and</em> the effect is
 *       material. Numeric columns: Kolmogorov-Smirnov p-value and its statistic D; categorical
 *       columns (and numeric columns with at most 5 distinct values): the chi-square contingency
 *       test and the total variation distance. P-values are corrected across the columns
 *       (Benjamini-Hochberg) before they are compared with the threshold. The same rule at every
 *       sample size: significance alone flags trivia at a million rows, effect size alone flags
 *       noise at a few hundred. A column also drifts when its share of missing values changes
 *       ({@link Missingness}: a two-proportion z-test in the same correction, and a difference of
 *       at least 5 percentage points).
 *   <li>{@link #EVIDENTLY}: Evidently's rule, for parity with it ({@link DefaultMethodRule}):
 *       p-value tests up to 1,000 reference rows, distances above, no correction, no effect size.
 * </ul>
 *
 * <pre>{@code
 * DriftConfig config = DriftConfig.defaults().withRule(DriftRule.EVIDENTLY);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.2.0")
public enum DriftRule {
  /** Significance and effect size, the same at every sample size. */
  DEFAULT("default", Correction.BENJAMINI_HOCHBERG),
  /** Evidently's rule: tests up to 1,000 reference rows, distances above. */
  EVIDENTLY("evidently", Correction.NONE);

  /** Default smallest material KS statistic D for numeric columns. */
  public static final double DEFAULT_NUMERIC_EFFECT = 0.05;

  /** Default smallest material total variation distance for categorical columns. */
  public static final double DEFAULT_CATEGORICAL_EFFECT = 0.05;

  /**
   * Default smallest material change of a column's share of missing values (absolute, in percentage
   * points / 100): 2% to 7% counts, 2% to 4% does not.
   */
  public static final double DEFAULT_MISSING_EFFECT = 0.05;

  private static final Map<String, String> HINTS =
      Map.of("mltest", "default", "evidentlyai", "evidently", "legacy", "evidently");

  private final String key;
  private final Correction correction;

  DriftRule(String key, Correction correction) {
    this.key = key;
    this.correction = correction;
  }

  /**
   * Returns the rule with the given key.
   *
   * @param key {@code default} or {@code evidently}
   * @return the rule
   * @throws DriftInputException if the key is unknown; the message suggests the nearest key
   */
  public static DriftRule fromKey(String key) {
    requireNonNull(key, "key");
    for (DriftRule rule : values()) {
      if (rule.key.equals(key)) {
        return rule;
      }
    }
    throw new DriftInputException(
        DriftInputException.Problem.UNKNOWN_METHOD,
        KeySuggestion.unknownKeyMessage("drift rule", key, keys(), HINTS));
  }

  /**
   * Returns every key.
   *
   * @return the keys
   */
  public static List<String> keys() {
    return Arrays.stream(values()).map(DriftRule::key).toList();
  }

  /**
   * Returns the key used in suite files.
   *
   * @return the key
   */
  public String key() {
    return key;
  }

  /**
   * Returns the multiple-testing correction this rule uses unless another is configured.
   *
   * @return {@code fdr} for the default rule, {@code none} for Evidently's
   */
  public Correction defaultCorrection() {
    return correction;
  }

  /**
   * Chooses the method for a column.
   *
   * @param kind the column kind
   * @param referenceRows reference rows after cleaning
   * @param distinctValues distinct values of both sides together
   * @return the method
   */
  public DriftMethod choose(ColumnKind kind, long referenceRows, long distinctValues) {
    requireNonNull(kind, "kind");
    if (this == EVIDENTLY) {
      return DefaultMethodRule.choose(kind, referenceRows, distinctValues);
    }
    boolean categoryLike =
        kind == ColumnKind.CATEGORICAL
            || distinctValues <= DefaultMethodRule.MAX_DISTINCT_FOR_CATEGORY_LIKE;
    return categoryLike ? DriftMethod.CHISQUARE : DriftMethod.KS;
  }

  /**
   * Tells whether this rule also requires a material effect for a method.
   *
   * @param method the method
   * @return true for the default rule with {@code ks}, {@code chisquare} or {@code z}
   */
  /** Whether the rule also judges each column's share of missing values ({@link Missingness}). */
  boolean judgesMissingness() {
    return this == DEFAULT;
  }

  boolean gatesEffect(DriftMethod method) {
    return this == DEFAULT
        && (method == DriftMethod.KS || method == DriftMethod.CHISQUARE || method == DriftMethod.Z);
  }
}
