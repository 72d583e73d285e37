package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import org.apache.commons.math3.distribution.BinomialDistribution;
import org.apache.commons.math3.distribution.NormalDistribution;
import org.apiguardian.api.API;

/**
 * Confidence intervals for a metric's change between two runs, computed on their evaluation rows.
 *
 * <p>Rows are matched by key ({@link EvaluationRows.Row#key}): by the row-key column's value when
 * the spec names one, else by row number, which only identifies the same row when the data file is
 * unchanged. With at least half of the baseline's rows matched, the comparison is paired on the
 * matched rows:
 *
 * <ul>
 *   <li>accuracy: the difference of paired proportions, {@code Δ = (n01 − n10)/n} with variance
 *       {@code (n01 + n10 − nΔ²)/n²} (the Wald interval behind McNemar's test; McNemar's exact
 *       p-value is reported too);
 *   <li>AUC: DeLong's variance of the difference of two correlated AUCs (needs the same truth on
 *       every pair);
 *   <li>every other metric (and AUC when truths differ): a paired bootstrap, resampling row pairs,
 *       percentile bounds.
 * </ul>
 *
 * Otherwise each run's rows are resampled independently (an unpaired bootstrap, wider). The
 * bootstrap is seeded, so a comparison is reproducible.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PairedDelta {
  /** The share of the baseline's rows that must be matched for a paired comparison. */
  static final double MIN_MATCHED = 0.5;

  private final RowMetrics baseline;
  private final RowMetrics current;
  private final int[] baselineIdx;
  private final int[] currentIdx;
  private final boolean paired;
  private final double confidence;
  private final int resamples;
  private final long seed;

  private PairedDelta(
      EvaluationRows baselineRows,
      EvaluationRows currentRows,
      boolean keysIdentifyRows,
      double confidence,
      int resamples,
      long seed) {
    List<String> classes = RowMetrics.classesOf(List.of(baselineRows, currentRows));
    this.baseline = RowMetrics.of(baselineRows, classes);
    this.current = RowMetrics.of(currentRows, classes);
    this.confidence = confidence;
    this.resamples = resamples;
    this.seed = seed;
    List<int[]> pairs = keysIdentifyRows ? match(baselineRows, currentRows) : List.of();
    this.paired =
        !pairs.isEmpty() && pairs.size() >= MIN_MATCHED * Math.max(1, baselineRows.size());
    if (paired) {
      baselineIdx = pairs.stream().mapToInt(p -> p[0]).toArray();
      currentIdx = pairs.stream().mapToInt(p -> p[1]).toArray();
    } else {
      baselineIdx = baseline.all();
      currentIdx = current.all();
    }
  }

  /**
   * Prepares the comparison of two runs' rows.
   *
   * @param keysIdentifyRows whether equal keys mean the same row (a row-key column, or row numbers
   *     of unchanged data); if not, the runs are compared unpaired
   * @param confidence the one-sided confidence level of each bound, e.g. 0.95
   * @param resamples bootstrap resamples, e.g. 2000
   * @param seed the bootstrap's seed
   */
  public static PairedDelta of(
      EvaluationRows baselineRows,
      EvaluationRows currentRows,
      boolean keysIdentifyRows,
      double confidence,
      int resamples,
      long seed) {
    if (!(confidence > 0.5 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be in (0.5, 1): " + confidence);
    }
    if (resamples < 100) {
      throw new IllegalArgumentException("at least 100 bootstrap resamples: " + resamples);
    }
    return new PairedDelta(
        baselineRows, currentRows, keysIdentifyRows, confidence, resamples, seed);
  }

  /** Whether the rows were matched one to one. */
  public boolean paired() {
    return paired;
  }

  /** Why the metric's change cannot be bounded from the rows, if it cannot. */
  public Optional<String> unsupported(String metric) {
    return baseline.unsupported(metric).or(() -> current.unsupported(metric));
  }

  /**
   * The interval for {@code metric}'s change.
   *
   * @throws IllegalArgumentException if the metric cannot be recomputed from rows ({@link
   *     #unsupported})
   */
  public DeltaInterval interval(String metric) {
    unsupported(metric)
        .ifPresent(
            why -> {
              throw new IllegalArgumentException(metric + ": " + why);
            });
    if (paired && metric.equals("accuracy")) {
      return pairedProportions();
    }
    if (paired && metric.equals("auc") && sameTruth()) {
      DeltaInterval delong =
          DeLong.interval(baseline, current, baselineIdx, currentIdx, confidence);
      if (delong != null) {
        return delong;
      }
    }
    return bootstrap(metric);
  }

  private DeltaInterval pairedProportions() {
    int n = baselineIdx.length;
    long n10 = 0; // baseline right, current wrong
    long n01 = 0; // baseline wrong, current right
    for (int j = 0; j < n; j++) {
      boolean b = baseline.isCorrect(baselineIdx[j]);
      boolean c = current.isCorrect(currentIdx[j]);
      if (b && !c) {
        n10++;
      } else if (!b && c) {
        n01++;
      }
    }
    double delta = (double) (n01 - n10) / n;
    double variance = Math.max(0, (n01 + n10 - n * delta * delta)) / ((double) n * n);
    double z = z(confidence);
    double se = Math.sqrt(variance);
    return new DeltaInterval(
        "paired-proportions",
        n,
        delta,
        delta - z * se,
        delta + z * se,
        confidence,
        mcNemarExact(n01, n10));
  }

  /** McNemar's exact test: the discordant pairs split as a fair coin under no difference. */
  static double mcNemarExact(long n01, long n10) {
    long discordant = n01 + n10;
    if (discordant == 0) {
      return 1.0;
    }
    BinomialDistribution coin = new BinomialDistribution(null, (int) discordant, 0.5);
    double tail = coin.cumulativeProbability((int) Math.min(n01, n10));
    return Math.min(1.0, 2 * tail);
  }

  private boolean sameTruth() {
    for (int j = 0; j < baselineIdx.length; j++) {
      if (baseline.truthClass(baselineIdx[j]) != current.truthClass(currentIdx[j])) {
        return false;
      }
    }
    return true;
  }

  private DeltaInterval bootstrap(String metric) {
    double estimate = current.value(metric, currentIdx) - baseline.value(metric, baselineIdx);
    SplittableRandom random = new SplittableRandom(seed);
    double[] deltas = new double[resamples];
    int nb = baselineIdx.length;
    int nc = currentIdx.length;
    int[] b = new int[nb];
    int[] c = new int[nc];
    int valid = 0;
    for (int r = 0; r < resamples; r++) {
      if (paired) {
        for (int j = 0; j < nb; j++) {
          int pick = random.nextInt(nb);
          b[j] = baselineIdx[pick];
          c[j] = currentIdx[pick];
        }
      } else {
        for (int j = 0; j < nb; j++) {
          b[j] = baselineIdx[random.nextInt(nb)];
        }
        for (int j = 0; j < nc; j++) {
          c[j] = currentIdx[random.nextInt(nc)];
        }
      }
      double d = current.value(metric, c) - baseline.value(metric, b);
      if (!Double.isNaN(d)) {
        deltas[valid++] = d;
      }
    }
    double[] sorted = java.util.Arrays.copyOf(deltas, valid);
    java.util.Arrays.sort(sorted);
    double alpha = 1 - confidence;
    return new DeltaInterval(
        paired ? "paired-bootstrap" : "unpaired-bootstrap",
        paired ? nb : Math.min(nb, nc),
        estimate,
        quantile(sorted, alpha),
        quantile(sorted, 1 - alpha),
        confidence,
        null);
  }

  /** The {@code q}-quantile by linear interpolation between order statistics (NumPy's default). */
  static double quantile(double[] sorted, double q) {
    if (sorted.length == 0) {
      return Double.NaN;
    }
    double position = q * (sorted.length - 1);
    int low = (int) Math.floor(position);
    int high = Math.min(sorted.length - 1, low + 1);
    return sorted[low] + (position - low) * (sorted[high] - sorted[low]);
  }

  static double z(double confidence) {
    return new NormalDistribution(null, 0, 1).inverseCumulativeProbability(confidence);
  }

  /** Pairs {baseline index, current index} of rows with the same key (first occurrence each). */
  private static List<int[]> match(EvaluationRows baselineRows, EvaluationRows currentRows) {
    Map<String, Integer> current = currentRows.indexByKey();
    List<int[]> pairs = new ArrayList<>();
    java.util.Set<String> seen = new java.util.HashSet<>();
    for (int i = 0; i < baselineRows.size(); i++) {
      String key = baselineRows.rows().get(i).key();
      Integer j = current.get(key);
      if (j != null && seen.add(key)) {
        pairs.add(new int[] {i, j});
      }
    }
    return pairs;
  }
}
