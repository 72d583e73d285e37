package dev.mltest.report;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One model metric compared with its baseline: a row of the metric-delta table {@code Status | Test
 * | Metric | Baseline | Current | Δ | Δ% | Δ interval | Allowed | Dir}.
 *
 * <pre>{@code
 * MetricRecord.of("f1", 0.812, 0.781, 0.0162, Direction.HIGHER_IS_BETTER, Status.REGRESSION, msg)
 *     .withRun(42L, 5_000L, List.of(Path.of("data/train.csv")));
 * }</pre>
 *
 * @param metric the metric's name, e.g. {@code f1}
 * @param baseline the baseline value, or null if the baseline lacks the metric
 * @param current the value of this run, or null if it could not be computed
 * @param tolerance the allowed change (non-negative), in the metric's units
 * @param direction which way is better
 * @param status the comparison's verdict
 * @param message one sentence stating the comparison
 * @param seed the training or sampling seed, if any
 * @param sampleRows the rows the model was trained or evaluated on, if known
 * @param dataFiles the data files behind the value; their SHA-256 goes into the lineage
 * @param intervalLower the lower bound of the confidence interval of {@code Δ}, if judged by one
 * @param intervalUpper its upper bound
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MetricRecord(
    String metric,
    @Nullable Double baseline,
    @Nullable Double current,
    double tolerance,
    Direction direction,
    Status status,
    String message,
    @Nullable Long seed,
    @Nullable Long sampleRows,
    List<Path> dataFiles,
    @Nullable Double intervalLower,
    @Nullable Double intervalUpper)
    implements RunRecord {

  public MetricRecord {
    requireNonNull(metric, "metric");
    requireNonNull(direction, "direction");
    requireNonNull(status, "status");
    requireNonNull(message, "message");
    if (!(tolerance >= 0)) {
      throw new IllegalArgumentException("tolerance must be >= 0, was " + tolerance);
    }
    dataFiles = List.copyOf(dataFiles);
  }

  /** A record without seed, sample size or data files; add them with {@link #withRun}. */
  public static MetricRecord of(
      String metric,
      @Nullable Double baseline,
      @Nullable Double current,
      double tolerance,
      Direction direction,
      Status status,
      String message) {
    return new MetricRecord(
        metric, baseline, current, tolerance, direction, status, message, null, null, List.of(),
        null, null);
  }

  /** A copy with the run's seed, sample size and data files. */
  public MetricRecord withRun(
      @Nullable Long seed, @Nullable Long sampleRows, List<Path> dataFiles) {
    return new MetricRecord(
        metric,
        baseline,
        current,
        tolerance,
        direction,
        status,
        message,
        seed,
        sampleRows,
        dataFiles,
        intervalLower,
        intervalUpper);
  }

  /**
   * A copy with the confidence interval of {@code Δ} that the statistical comparison judged (the
   * fixed tolerance mode has none).
   */
  public MetricRecord withInterval(double lower, double upper) {
    return new MetricRecord(
        metric,
        baseline,
        current,
        tolerance,
        direction,
        status,
        message,
        seed,
        sampleRows,
        dataFiles,
        lower,
        upper);
  }

  /** {@code current - baseline}, or null if either is missing. */
  public @Nullable Double delta() {
    return baseline == null || current == null ? null : current - baseline;
  }

  /**
   * The change relative to the baseline's magnitude, in percent ({@code Δ / |baseline| · 100}), or
   * null when the baseline is missing or zero.
   */
  public @Nullable Double deltaPercent() {
    Double delta = delta();
    return delta == null || baseline == null || baseline == 0
        ? null
        : delta / Math.abs(baseline) * 100;
  }

  @Override
  public CheckKind kind() {
    return CheckKind.REGRESSION;
  }

  @Override
  public Outcome outcome() {
    return status.outcome();
  }

  @Override
  public String subject() {
    return metric;
  }

  /** Which way a metric is better. */
  public enum Direction {
    /** Accuracy, F1, AUC: a drop beyond the tolerance is a regression. */
    HIGHER_IS_BETTER("↑", "-"),
    /** RMSE, log loss, latency: a rise beyond the tolerance is a regression. */
    LOWER_IS_BETTER("↓", "+"),
    /** Any change beyond the tolerance is a regression. */
    TWO_SIDED("↕", "±");

    private final String arrow;
    private final String allowedSign;

    Direction(String arrow, String allowedSign) {
      this.arrow = arrow;
      this.allowedSign = allowedSign;
    }

    /** {@code ↑}, {@code ↓} or {@code ↕}, the table's {@code Dir} column. */
    public String arrow() {
      return arrow;
    }

    /**
     * The sign of the {@code Allowed} column: the tolerance is the largest allowed drop ({@code
     * -}), rise ({@code +}) or either ({@code ±}).
     */
    public String allowedSign() {
      return allowedSign;
    }

    /** {@code higher}, {@code lower} or {@code two-sided}. */
    public String key() {
      return switch (this) {
        case HIGHER_IS_BETTER -> "higher";
        case LOWER_IS_BETTER -> "lower";
        case TWO_SIDED -> "two-sided";
      };
    }
  }

  /** The comparison's verdict. */
  public enum Status {
    /** Within tolerance. */
    OK(Outcome.PASSED, "✅"),
    /** Better than the baseline by more than the tolerance: passes; update the baseline. */
    IMPROVED(Outcome.IMPROVED, "🔼"),
    /** The baseline lacks the metric: passes with a warning. */
    NEW(Outcome.WARNING, "⚠️"),
    /** Worse than the baseline by more than the tolerance. */
    REGRESSION(Outcome.FAILED, "❌"),
    /** No current value. */
    MISSING(Outcome.FAILED, "❌"),
    /** Outside a hard minimum or maximum. */
    BOUND(Outcome.FAILED, "❌"),
    /** The baseline comes from other data, seed or configuration: not compared. */
    STALE(Outcome.BROKEN, "⚠️"),
    /** There is no baseline file. */
    NO_BASELINE(Outcome.BROKEN, "⚠️");

    private final Outcome outcome;
    private final String icon;

    Status(Outcome outcome, String icon) {
      this.outcome = outcome;
      this.icon = icon;
    }

    /** How the summary counts it. */
    public Outcome outcome() {
      return outcome;
    }

    /** The icon of the table's status column. */
    public String icon() {
      return icon;
    }

    /** {@code regression}, {@code no-baseline}, ... */
    public String key() {
      return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
  }
}
