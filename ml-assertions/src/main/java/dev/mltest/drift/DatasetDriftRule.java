package dev.mltest.drift;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Decides dataset drift from column results: the dataset drifts when at least {@code driftShare} of
 * its columns drift (Evidently: 0.5). Optionally the p-values of the p-value columns are corrected
 * for multiple testing first; distance columns are never corrected. A column with an effect size
 * (the default rule) drifts only when its corrected p-value rejects and its effect is material.
 *
 * <pre>{@code
 * DatasetDriftResult result =
 *     DatasetDriftRule.evidentlyDefaults()
 *         .withCorrection(Correction.BENJAMINI_HOCHBERG)
 *         .judge(columnResults);
 * }</pre>
 *
 * <p>Instances are immutable.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class DatasetDriftRule {
  /** Evidently's default share of drifted columns that means dataset drift. */
  public static final double DEFAULT_DRIFT_SHARE = 0.5;

  /** The default rule's significance level for the missingness test of a distance column. */
  private static final double DEFAULT_ALPHA = 0.05;

  private final double driftShare;
  private final Correction correction;
  private final @Nullable Double missingThreshold;

  private DatasetDriftRule(
      double driftShare, Correction correction, @Nullable Double missingThreshold) {
    this.driftShare = driftShare;
    this.correction = correction;
    this.missingThreshold = missingThreshold;
  }

  /**
   * Returns Evidently's rule: drift share 0.5, no correction.
   *
   * @return the default rule
   */
  public static DatasetDriftRule evidentlyDefaults() {
    return new DatasetDriftRule(DEFAULT_DRIFT_SHARE, Correction.NONE, null);
  }

  /**
   * Returns the rule a configuration asks for: its drift share and correction.
   *
   * @param config the configuration
   * @return the rule
   */
  public static DatasetDriftRule of(DriftConfig config) {
    DatasetDriftRule rule =
        evidentlyDefaults().withDriftShare(config.driftShare()).withCorrection(config.correction());
    return config.rule().judgesMissingness()
        ? rule.withMissingness(config.effects().missing())
        : rule;
  }

  /**
   * Returns a rule that also judges each column's share of missing values ({@link Missingness}):
   * its two-proportion test joins the correction, and a column drifts when the corrected p-value is
   * below the column's p-value threshold (0.05 for distance methods) and the shares differ by at
   * least {@code threshold}.
   *
   * @param threshold the smallest material absolute difference of the shares, in [0, 1]
   * @return the new rule
   */
  public DatasetDriftRule withMissingness(double threshold) {
    if (!(threshold >= 0 && threshold <= 1)) {
      throw new DriftInputException(
          DriftInputException.Problem.INVALID_THRESHOLD,
          "A missingness threshold must be a share in [0, 1]; got %s.".formatted(threshold));
    }
    return new DatasetDriftRule(driftShare, correction, threshold);
  }

  /**
   * Returns a rule with another drift share.
   *
   * @param share a share in (0, 1]
   * @return the new rule
   * @throws DriftInputException if the share is outside (0, 1]
   */
  public DatasetDriftRule withDriftShare(double share) {
    if (!(share > 0 && share <= 1)) {
      throw new DriftInputException(
          DriftInputException.Problem.INVALID_THRESHOLD,
          "Drift share %s must be in (0, 1].".formatted(share));
    }
    return new DatasetDriftRule(share, correction, missingThreshold);
  }

  /**
   * Returns a rule with another multiple-testing correction.
   *
   * @param correction the correction
   * @return the new rule
   */
  public DatasetDriftRule withCorrection(Correction correction) {
    return new DatasetDriftRule(
        driftShare, requireNonNull(correction, "correction"), missingThreshold);
  }

  /**
   * Returns the drift share.
   *
   * @return the share of drifted columns that means dataset drift
   */
  public double driftShare() {
    return driftShare;
  }

  /**
   * Returns the correction.
   *
   * @return the correction
   */
  public Correction correction() {
    return correction;
  }

  /**
   * Judges a dataset from its column results.
   *
   * @param columns the column results, at least one
   * @return the decision
   * @throws DriftInputException if there are no columns
   */
  public DatasetDriftResult judge(List<ColumnDriftResult> columns) {
    requireNonNull(columns, "columns");
    if (columns.isEmpty()) {
      throw new DriftInputException(
          DriftInputException.Problem.NO_COLUMNS,
          "Dataset drift needs at least one column result; none were given.");
    }
    // One family for the correction: the p-value columns' tests, then the missingness tests.
    List<Double> pValues = new ArrayList<>();
    for (ColumnDriftResult column : columns) {
      if (column.scoreKind() == ScoreKind.P_VALUE) {
        pValues.add(column.score());
      }
    }
    List<@Nullable Missingness> missing = new ArrayList<>();
    for (ColumnDriftResult column : columns) {
      Missingness m = missingness(column);
      missing.add(m);
      if (m != null) {
        pValues.add(m.pValue());
      }
    }
    double[] adjusted =
        correction.adjust(pValues.stream().mapToDouble(Double::doubleValue).toArray());
    List<ColumnVerdict> verdicts = new ArrayList<>();
    int drifted = 0;
    int test = 0;
    int missingTest =
        (int) columns.stream().filter(c -> c.scoreKind() == ScoreKind.P_VALUE).count();
    for (int i = 0; i < columns.size(); i++) {
      ColumnDriftResult column = columns.get(i);
      double score = column.scoreKind() == ScoreKind.P_VALUE ? adjusted[test++] : column.score();
      Missingness m = missing.get(i);
      if (m != null) {
        m = m.withAdjustedPValue(adjusted[missingTest++]);
      }
      boolean values =
          column.comparison().holds(score, column.threshold())
              && (column.effect() == null || column.effect().material());
      boolean columnDrift = values || (m != null && m.drifted());
      drifted += columnDrift ? 1 : 0;
      verdicts.add(new ColumnVerdict(column, score, columnDrift, m));
    }
    double share = (double) drifted / columns.size();
    return new DatasetDriftResult(
        verdicts, correction, driftShare, drifted, share, share >= driftShare);
  }

  private @Nullable Missingness missingness(ColumnDriftResult column) {
    if (missingThreshold == null) {
      return null;
    }
    double alpha = column.scoreKind() == ScoreKind.P_VALUE ? column.threshold() : DEFAULT_ALPHA;
    return Missingness.of(column.reference(), column.current(), alpha, missingThreshold)
        .orElse(null);
  }
}
