package dev.mltest.drift;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The drift decision for one column: what was compared, how, and what came out.
 *
 * @param column the column name
 * @param kind numeric or categorical
 * @param method the drift method
 * @param scoreKind whether {@code score} is a p-value or a distance (the method's)
 * @param score the p-value or distance compared with the threshold
 * @param statistic the test statistic behind a p-value (KS D, chi-square, z); equal to the score
 *     for distances
 * @param pValueComputation exact or asymptotic p-value, or none for distances
 * @param comparison the comparison that decides drift (the method's)
 * @param threshold the threshold the score was compared with
 * @param drifted whether {@code score comparison threshold} holds
 * @param reference the reference side after cleaning
 * @param current the current side after cleaning
 * @param ties ties within and across the sides
 * @param binning the buckets behind a binned score
 * @param newCategories values of the current side that the reference never has, in order
 *     (categorical columns, and numeric columns compared value by value); at most {@value
 *     #MAX_LISTED_NEW_CATEGORIES} are kept
 * @param effect the effect size the default rule also requires, or null when the decision rests on
 *     the score alone
 * @param newCategoryCount how many such values there are in all
 * @param display the buckets to draw for the column: the scoring buckets, or for methods that
 *     compare raw values (KS, Wasserstein) a Sturges histogram of both samples, computed once from
 *     the samples the comparison held; never used by the score
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record ColumnDriftResult(
    String column,
    ColumnKind kind,
    DriftMethod method,
    ScoreKind scoreKind,
    double score,
    double statistic,
    PValueComputation pValueComputation,
    Comparison comparison,
    double threshold,
    boolean drifted,
    SampleSummary reference,
    SampleSummary current,
    Ties ties,
    Binning binning,
    List<String> newCategories,
    @Nullable EffectSize effect,
    long newCategoryCount,
    Binning display,
    @Nullable Approximation approximation) {

  /** At most this many new categories are listed; {@code newCategoryCount} counts them all. */
  public static final int MAX_LISTED_NEW_CATEGORIES = 100;

  /** Checks that the parts agree with the method and copies the list. */
  public ColumnDriftResult {
    requireNonNull(column, "column");
    requireNonNull(kind, "kind");
    requireNonNull(method, "method");
    requireNonNull(pValueComputation, "pValueComputation");
    requireNonNull(reference, "reference");
    requireNonNull(current, "current");
    requireNonNull(ties, "ties");
    requireNonNull(binning, "binning");
    requireNonNull(display, "display");
    if (scoreKind != method.scoreKind() || comparison != method.comparison()) {
      throw new IllegalArgumentException(
          "score kind and comparison must be those of method " + method.key());
    }
    newCategories =
        List.copyOf(
            newCategories.size() > MAX_LISTED_NEW_CATEGORIES
                ? newCategories.subList(0, MAX_LISTED_NEW_CATEGORIES)
                : newCategories);
    newCategoryCount = Math.max(newCategoryCount, newCategories.size());
  }

  /** A result computed from raw values. */
  public ColumnDriftResult(
      String column,
      ColumnKind kind,
      DriftMethod method,
      ScoreKind scoreKind,
      double score,
      double statistic,
      PValueComputation pValueComputation,
      Comparison comparison,
      double threshold,
      boolean drifted,
      SampleSummary reference,
      SampleSummary current,
      Ties ties,
      Binning binning,
      List<String> newCategories,
      @Nullable EffectSize effect,
      long newCategoryCount,
      Binning display) {
    this(
        column,
        kind,
        method,
        scoreKind,
        score,
        statistic,
        pValueComputation,
        comparison,
        threshold,
        drifted,
        reference,
        current,
        ties,
        binning,
        newCategories,
        effect,
        newCategoryCount,
        display,
        null);
  }

  /** This result, stating the approximation it was computed with. */
  ColumnDriftResult withApproximation(Approximation a) {
    return new ColumnDriftResult(
        column,
        kind,
        method,
        scoreKind,
        score,
        statistic,
        pValueComputation,
        comparison,
        threshold,
        drifted,
        reference,
        current,
        ties,
        binning,
        newCategories,
        effect,
        newCategoryCount,
        display,
        a);
  }

  /** A result whose display buckets are its scoring buckets. */
  public ColumnDriftResult(
      String column,
      ColumnKind kind,
      DriftMethod method,
      ScoreKind scoreKind,
      double score,
      double statistic,
      PValueComputation pValueComputation,
      Comparison comparison,
      double threshold,
      boolean drifted,
      SampleSummary reference,
      SampleSummary current,
      Ties ties,
      Binning binning,
      List<String> newCategories,
      @Nullable EffectSize effect,
      long newCategoryCount) {
    this(
        column,
        kind,
        method,
        scoreKind,
        score,
        statistic,
        pValueComputation,
        comparison,
        threshold,
        drifted,
        reference,
        current,
        ties,
        binning,
        newCategories,
        effect,
        newCategoryCount,
        binning);
  }

  /** A result decided on its score alone, every new category listed. */
  public ColumnDriftResult(
      String column,
      ColumnKind kind,
      DriftMethod method,
      ScoreKind scoreKind,
      double score,
      double statistic,
      PValueComputation pValueComputation,
      Comparison comparison,
      double threshold,
      boolean drifted,
      SampleSummary reference,
      SampleSummary current,
      Ties ties,
      Binning binning,
      List<String> newCategories) {
    this(
        column,
        kind,
        method,
        scoreKind,
        score,
        statistic,
        pValueComputation,
        comparison,
        threshold,
        drifted,
        reference,
        current,
        ties,
        binning,
        newCategories,
        null,
        newCategories.size());
  }

  /**
   * Tells whether the score alone means drift (the test rejects, or the distance reaches the
   * threshold), before any effect size or multiple-testing correction.
   *
   * @return {@code score comparison threshold}
   */
  public boolean significant() {
    return comparison.holds(score, threshold);
  }

  /**
   * Says what was decided, for test messages: decision, method, score against threshold, effect
   * size, sizes, dropped values and new categories.
   *
   * @return for example {@code amount: drift detected by K-S p_value: 6.28e-87 <= 0.05 (reference
   *     400 values, current 400)}
   */
  public String sentence() {
    return sentence(null);
  }

  /**
   * Says what was decided, followed by a note.
   *
   * @param note what a reader needs beside the score (see {@link DriftReport#notes()}), or null
   * @return the sentence
   */
  public String sentence(@Nullable String note) {
    return DriftSentences.column(this, null, note);
  }

  /**
   * Describes the decision in one sentence, in Evidently's words.
   *
   * @return for example "Drift score is 0.0123. The drift detection method is K-S p_value. The
   *     drift threshold is 0.05 (drift if score <= threshold)."
   */
  public String describe() {
    String text =
        String.format(
            Locale.ROOT,
            "Drift score is %.4g. The drift detection method is %s. The drift threshold is %s"
                + " (drift if score %s threshold).",
            score,
            method.displayName(),
            threshold,
            comparison.symbol());
    if (effect == null) {
      return text;
    }
    return text
        + String.format(
            Locale.ROOT,
            " The effect size (%s) is %.4g; material from %s.",
            effect.measure().displayName(),
            effect.value(),
            effect.threshold());
  }
}
