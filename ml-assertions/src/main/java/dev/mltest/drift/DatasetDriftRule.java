package dev.mltest.drift;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;

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

  private final double driftShare;
  private final Correction correction;

  private DatasetDriftRule(double driftShare, Correction correction) {
    this.driftShare = driftShare;
    this.correction = correction;
  }

  /**
   * Returns Evidently's rule: drift share 0.5, no correction.
   *
   * @return the default rule
   */
  public static DatasetDriftRule evidentlyDefaults() {
    return new DatasetDriftRule(DEFAULT_DRIFT_SHARE, Correction.NONE);
  }

  /**
   * Returns the rule a configuration asks for: its drift share and correction.
   *
   * @param config the configuration
   * @return the rule
   */
  public static DatasetDriftRule of(DriftConfig config) {
    return evidentlyDefaults()
        .withDriftShare(config.driftShare())
        .withCorrection(config.correction());
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
    return new DatasetDriftRule(share, correction);
  }

  /**
   * Returns a rule with another multiple-testing correction.
   *
   * @param correction the correction
   * @return the new rule
   */
  public DatasetDriftRule withCorrection(Correction correction) {
    return new DatasetDriftRule(driftShare, requireNonNull(correction, "correction"));
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
    List<ColumnDriftResult> tests = new ArrayList<>();
    for (ColumnDriftResult column : columns) {
      if (column.scoreKind() == ScoreKind.P_VALUE) {
        tests.add(column);
      }
    }
    double[] adjusted =
        correction.adjust(tests.stream().mapToDouble(ColumnDriftResult::score).toArray());
    List<ColumnVerdict> verdicts = new ArrayList<>();
    int drifted = 0;
    int test = 0;
    for (ColumnDriftResult column : columns) {
      double score = column.scoreKind() == ScoreKind.P_VALUE ? adjusted[test++] : column.score();
      boolean columnDrift =
          column.comparison().holds(score, column.threshold())
              && (column.effect() == null || column.effect().material());
      drifted += columnDrift ? 1 : 0;
      verdicts.add(new ColumnVerdict(column, score, columnDrift));
    }
    double share = (double) drifted / columns.size();
    return new DatasetDriftResult(
        verdicts, correction, driftShare, drifted, share, share >= driftShare);
  }
}
