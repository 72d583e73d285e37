package dev.mltest.drift;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;

/**
 * The drift methods, named by the keys used in suite files (Evidently's stattest names). Each
 * method carries Evidently's default threshold and decision rule, what its score means and the
 * column kinds it supports.
 *
 * <pre>{@code
 * DriftMethod method = DriftMethod.fromKey("wasserstein");
 * boolean drifted = method.isDrift(score, method.defaultThreshold()); // score >= 0.1
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum DriftMethod {
  /** Two-sample Kolmogorov-Smirnov test, two-sided, as {@code scipy.stats.ks_2samp}. */
  KS("ks", "K-S p_value", ScoreKind.P_VALUE, Comparison.LESS_OR_EQUAL, 0.05, ColumnKind.NUMERIC),
  /**
   * Two-sample chi-square test of homogeneity on the 2 x k contingency table, as {@code
   * scipy.stats.chi2_contingency(correction=False)}, rare categories pooled.
   */
  CHISQUARE(
      "chisquare",
      "chi-square contingency p_value",
      ScoreKind.P_VALUE,
      Comparison.LESS_THAN,
      0.05,
      ColumnKind.CATEGORICAL,
      ColumnKind.NUMERIC),
  /**
   * Chi-square goodness of fit of current counts to reference shares taken as exact (Evidently's
   * {@code chisquare}); flags far more no-drift columns than {@link #CHISQUARE}.
   */
  CHISQUARE_GOF(
      "chisquare_gof",
      "chi-square goodness-of-fit p_value",
      ScoreKind.P_VALUE,
      Comparison.LESS_THAN,
      0.05,
      ColumnKind.CATEGORICAL,
      ColumnKind.NUMERIC),
  /** Two-proportion z-test, two-sided, on the first value against all others. */
  Z(
      "z",
      "Z-test p_value",
      ScoreKind.P_VALUE,
      Comparison.LESS_THAN,
      0.05,
      ColumnKind.CATEGORICAL,
      ColumnKind.NUMERIC),
  /**
   * Wasserstein-1 distance divided by the reference's population standard deviation, floored
   * relative to the data's scale.
   */
  WASSERSTEIN(
      "wasserstein",
      "Wasserstein distance (normed)",
      ScoreKind.DISTANCE,
      Comparison.GREATER_OR_EQUAL,
      0.1,
      ColumnKind.NUMERIC),
  /** Jensen-Shannon distance (natural log) of binned shares. */
  JENSENSHANNON(
      "jensenshannon",
      "Jensen-Shannon distance",
      ScoreKind.DISTANCE,
      Comparison.GREATER_OR_EQUAL,
      0.1,
      ColumnKind.CATEGORICAL,
      ColumnKind.NUMERIC),
  /** Population stability index of binned shares. */
  PSI(
      "psi",
      "PSI",
      ScoreKind.DISTANCE,
      Comparison.GREATER_OR_EQUAL,
      0.1,
      ColumnKind.CATEGORICAL,
      ColumnKind.NUMERIC),
  /** Kullback-Leibler divergence KL(reference || current) of binned shares. */
  KL_DIV(
      "kl_div",
      "Kullback-Leibler divergence",
      ScoreKind.DISTANCE,
      Comparison.GREATER_OR_EQUAL,
      0.1,
      ColumnKind.CATEGORICAL,
      ColumnKind.NUMERIC),
  /** Largest absolute difference between category shares (TFDV's L-infinity norm). */
  L_INFINITY(
      "l_infinity",
      "L-infinity distance",
      ScoreKind.DISTANCE,
      Comparison.GREATER_THAN,
      0.1,
      ColumnKind.CATEGORICAL),
  /** Hellinger distance of binned shares. */
  HELLINGER(
      "hellinger",
      "Hellinger distance",
      ScoreKind.DISTANCE,
      Comparison.GREATER_OR_EQUAL,
      0.1,
      ColumnKind.CATEGORICAL,
      ColumnKind.NUMERIC);

  /** Other names users type for a method; used only for "did you mean" suggestions. */
  private static final Map<String, String> HINTS =
      Map.of(
          "js", "jensenshannon",
          "kl", "kl_div",
          "linf", "l_infinity",
          "emd", "wasserstein",
          "chi2", "chisquare",
          "chi2_contingency", "chisquare",
          "goodness_of_fit", "chisquare_gof",
          "kolmogorov_smirnov", "ks",
          "population_stability_index", "psi");

  private final String key;
  private final String displayName;
  private final ScoreKind scoreKind;
  private final Comparison comparison;
  private final double defaultThreshold;
  private final Set<ColumnKind> columnKinds;

  DriftMethod(
      String key,
      String displayName,
      ScoreKind scoreKind,
      Comparison comparison,
      double defaultThreshold,
      ColumnKind first,
      ColumnKind... others) {
    this.key = key;
    this.displayName = displayName;
    this.scoreKind = scoreKind;
    this.comparison = comparison;
    this.defaultThreshold = defaultThreshold;
    this.columnKinds = Set.copyOf(EnumSet.of(first, others));
  }

  /**
   * Returns the method with the given key.
   *
   * @param key a key such as {@code "ks"} or {@code "jensenshannon"}
   * @return the method
   * @throws DriftInputException if the key is unknown; the message suggests the nearest key
   */
  public static DriftMethod fromKey(String key) {
    requireNonNull(key, "key");
    for (DriftMethod method : values()) {
      if (method.key.equals(key)) {
        return method;
      }
    }
    throw new DriftInputException(
        DriftInputException.Problem.UNKNOWN_METHOD,
        KeySuggestion.unknownKeyMessage("drift method", key, keys(), HINTS));
  }

  /**
   * Returns every key, in declaration order.
   *
   * @return the keys
   */
  public static List<String> keys() {
    return Arrays.stream(values()).map(DriftMethod::key).toList();
  }

  /**
   * Returns the key used in suite files.
   *
   * @return the key, for example {@code "kl_div"}
   */
  public String key() {
    return key;
  }

  /**
   * Returns the name shown in reports (Evidently's display name).
   *
   * @return the display name
   */
  public String displayName() {
    return displayName;
  }

  /**
   * Returns whether the score is a p-value or a distance.
   *
   * @return the score kind
   */
  public ScoreKind scoreKind() {
    return scoreKind;
  }

  /**
   * Returns the comparison that decides drift.
   *
   * @return the comparison
   */
  public Comparison comparison() {
    return comparison;
  }

  /**
   * Returns Evidently's default threshold: 0.05 for p-values, 0.1 for distances.
   *
   * @return the default threshold
   */
  public double defaultThreshold() {
    return defaultThreshold;
  }

  /**
   * Tells whether the method applies to a kind of column.
   *
   * @param kind the column kind
   * @return true if supported
   */
  public boolean supports(ColumnKind kind) {
    return columnKinds.contains(kind);
  }

  /**
   * Decides drift for a score with this method's comparison.
   *
   * @param score the score
   * @param threshold the threshold
   * @return true if the score means drift
   */
  public boolean isDrift(double score, double threshold) {
    return comparison.holds(score, threshold);
  }
}
