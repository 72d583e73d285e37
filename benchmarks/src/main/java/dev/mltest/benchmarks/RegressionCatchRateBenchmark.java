package dev.mltest.benchmarks;

import dev.mltest.data.Dataset;
import dev.mltest.regression.Baseline;
import dev.mltest.regression.BaselineComparison;
import dev.mltest.regression.ComparisonOptions;
import dev.mltest.regression.ComparisonReport;
import dev.mltest.regression.EvaluationRows;
import dev.mltest.regression.MetricOutcome;
import dev.mltest.regression.ModelEvaluation;
import dev.mltest.regression.SampleTraining;
import dev.mltest.regression.ToleranceMode;
import dev.mltest.regression.TrainingSpec;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.UnaryOperator;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;
import org.tribuo.transform.TransformTrainer;
import org.tribuo.transform.TransformationMap;
import org.tribuo.transform.transformations.MeanStdDevTransformation;

/**
 * How many regressions a 5% sample-training regression test catches, and how many harmless changes
 * it flags, in the fixed and the statistical tolerance modes.
 *
 * <p>A realistic churn pipeline ({@link CatchRateData}: 100,000 customers; standardized logistic
 * regression) is changed the ways pull requests change pipelines: {@value #REGRESSIONS} regressions
 * of graded severity and {@value #BENIGN} benign changes. The ground truth of each change is its
 * effect on the full-data AUC: the changed pipeline trained on 80% of all rows and scored on the
 * other 20% against the clean labels. A change is a <em>material</em> regression if it costs at
 * least {@value #MATERIAL} AUC there. The test under measurement is what a nightly job runs: a
 * stratified 5% sample (row key {@code customer_id}, 30% held out), the judged metrics (by default
 * AUC, log loss and the Brier score) compared with the baseline of the unchanged pipeline, once per
 * sample seed. A check "flags" when a judged metric's outcome is {@code REGRESSION}; the AUC-only
 * flags are reported beside, for comparison. Prints a markdown table.
 *
 * <p>Options: {@code --rows}, {@code --seeds}, {@code --from=k} (resume at the k-th change), {@code
 * --only=a,b} (the changes whose name contains {@code a} or {@code b}; {@code benign} and {@code
 * regression} select a kind), {@code --fraction} (the sample fraction, 0.05) and {@code --metrics}
 * (the judged metrics).
 *
 * <pre>
 * mvn -q -pl benchmarks -am install -DskipTests -Dmltest.skipLibraryTests=true
 * mvn -q -pl benchmarks exec:exec@catch-rate
 * </pre>
 */
public final class RegressionCatchRateBenchmark {
  static final int REGRESSIONS = 24;
  static final int BENIGN = 22;
  static final double MATERIAL = 0.02;
  private static final List<String> NUMERIC =
      List.of("age", "tenure_months", "monthly_charges", "total_charges", "support_calls");

  private RegressionCatchRateBenchmark() {}

  /** One change to the pipeline: what it does to the data and which trainer it uses. */
  record Change(
      String name,
      boolean regression,
      UnaryOperator<CatchRateData> data,
      TrainerFactory trainer,
      List<String> excluded) {}

  /** Makes the trainer for the columns present. */
  interface TrainerFactory {
    Trainer<Label> make(List<String> columns);
  }

  static TrainerFactory logistic(double learningRate, int epochs, long seed, boolean standardize) {
    return columns -> {
      Trainer<Label> sgd =
          new LinearSGDTrainer(
              new LogMulticlass(), new AdaGrad(learningRate, 0.1), epochs, 10_000_000, 1, seed);
      if (!standardize) {
        return sgd;
      }
      Map<String, List<org.tribuo.transform.Transformation>> map = new LinkedHashMap<>();
      for (String c : NUMERIC) {
        if (columns.contains(c)) {
          map.put(c, List.of(new MeanStdDevTransformation()));
        }
      }
      for (String c : columns) {
        if (c.startsWith("noise") || c.equals("age2")) {
          map.put(c, List.of(new MeanStdDevTransformation()));
        }
      }
      return new TransformTrainer<>(sgd, new TransformationMap(map));
    };
  }

  static final TrainerFactory BASE = logistic(1.0, 5, 12345L, true);

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Options.parse(args);
    int n = Integer.parseInt(options.getOrDefault("rows", "100000"));
    int seeds = Integer.parseInt(options.getOrDefault("seeds", "3"));
    double fraction = Double.parseDouble(options.getOrDefault("fraction", "0.05"));
    List<String> metrics = list(options.getOrDefault("metrics", String.join(",", JUDGED)));
    Path dir = Path.of(options.getOrDefault("dir", "target/bench-data")).resolve("catch-rate");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    CatchRateData base = CatchRateData.generate(n, 2024);
    Map<String, String> truth = new HashMap<>();
    int id = base.column("customer_id");
    int label = base.column("churned");
    base.rows().forEach(r -> truth.put(r[id], r[label]));
    // --from=k resumes at the k-th change (0-based), --only=a,b keeps the changes whose name
    // contains a or b ("benign" and "regression" select a kind): every change is deterministic.
    List<Change> all = changes();
    List<Change> changes =
        selected(
            all.subList(Integer.parseInt(options.getOrDefault("from", "0")), all.size()),
            list(options.getOrDefault("only", "")));

    Path baseFile = base.write(dir.resolve("base.csv"));
    double baseFull = fullDataAuc(baseFile, BASE.make(base.header()), List.of(), truth);
    List<Baseline> baselines = new ArrayList<>();
    List<EvaluationRows> baselineRows = new ArrayList<>();
    for (int s = 0; s < seeds; s++) {
      ModelEvaluation e =
          sample(baseFile, BASE.make(base.header()), List.of(), 42 + s, fraction, metrics);
      baselines.add(Baseline.of("base", e, BaselineComparison.compare(e, null).criteria()));
      baselineRows.add(e.rows());
    }

    out.printf(
        Locale.ROOT,
        "base pipeline: full-data AUC %.4f; %.0f%% sample; judged: %s%n%n",
        baseFull,
        fraction * 100,
        String.join(", ", metrics));
    StringBuilder header =
        new StringBuilder("| change | kind | full-data ΔAUC | sample Δ per seed (");
    header.append(String.join("; ", metrics)).append(") | AUC only: fixed | AUC only: statistical");
    header.append(" | all judged: fixed | all judged: statistical |");
    out.println(header);
    out.println("|---|---|---|---|---|---|---|---|");
    List<Result> results = new ArrayList<>();
    List<Long> runMillis = new ArrayList<>();
    List<Long> fixedMicros = new ArrayList<>();
    List<Long> statMicros = new ArrayList<>();
    for (Change change : changes) {
      CatchRateData data = change.data().apply(base);
      Path file = data.write(dir.resolve("change.csv"));
      double full;
      try {
        full = fullDataAuc(file, change.trainer().make(data.header()), change.excluded(), truth);
      } catch (RuntimeException failed) {
        // A change can break training itself (a constant column standardized to NaN): the
        // regression test then fails with the trainer's error, not a metric outcome.
        out.printf(
            Locale.ROOT,
            "| %s | %s | training fails | %s | – | – | – | – |%n",
            change.name(),
            change.regression() ? "regression" : "benign",
            failure(failed));
        continue;
      }
      double drop = baseFull - full;
      Flags flags = new Flags(metrics);
      List<String> deltas = new ArrayList<>();
      for (int s = 0; s < seeds; s++) {
        long t0 = System.nanoTime();
        ModelEvaluation e =
            sample(
                file,
                change.trainer().make(data.header()),
                change.excluded(),
                42 + s,
                fraction,
                metrics);
        long t1 = System.nanoTime();
        ComparisonReport fixed =
            BaselineComparison.compare(
                e,
                baselines.get(s),
                ComparisonOptions.defaults(null).withMode(ToleranceMode.FIXED));
        long t2 = System.nanoTime();
        ComparisonReport stat =
            BaselineComparison.compare(
                e, baselines.get(s), ComparisonOptions.defaults(baselineRows.get(s)));
        long t3 = System.nanoTime();
        runMillis.add((t1 - t0) / 1_000_000);
        fixedMicros.add((t2 - t1) / 1_000);
        statMicros.add((t3 - t2) / 1_000);
        flags.add(fixed, stat);
        List<String> perMetric = new ArrayList<>();
        for (String m : metrics) {
          perMetric.add(
              String.format(
                  Locale.ROOT,
                  "%+.3f",
                  e.metric(m).orElse(Double.NaN)
                      - Objects.requireNonNull(
                              baselines.get(s).metrics().get(m),
                              () -> "the baseline has no metric " + m)
                          .value()));
        }
        deltas.add(String.join(" ", perMetric));
      }
      results.add(new Result(change, drop, flags, seeds));
      out.printf(
          Locale.ROOT,
          "| %s | %s | %+.4f | %s | %d/%d | %d/%d | %s | %s |%n",
          change.name(),
          change.regression()
              ? (drop >= MATERIAL ? "regression (material)" : "regression (minor)")
              : "benign",
          -drop,
          String.join("; ", deltas),
          flags.aucFixed,
          seeds,
          flags.aucStat,
          seeds,
          flags.describe(true, seeds),
          flags.describe(false, seeds));
    }
    out.println();
    summary(out, results, runMillis, fixedMicros, statMicros, n, seeds, fraction, metrics);
  }

  /** The metrics judged by default: AUC and two proper scoring rules of the probabilities. */
  static final List<String> JUDGED = List.of("auc", "logLoss", "brierScore");

  private static List<String> list(String commaSeparated) {
    List<String> items = new ArrayList<>();
    for (String item : commaSeparated.split(",")) {
      if (!item.isBlank()) {
        items.add(item.strip());
      }
    }
    return items;
  }

  static List<Change> selected(List<Change> changes, List<String> only) {
    if (only.isEmpty()) {
      return changes;
    }
    List<Change> kept = new ArrayList<>();
    for (Change c : changes) {
      String name = c.name().toLowerCase(Locale.ROOT);
      boolean keep = false;
      for (String o : only) {
        String want = o.toLowerCase(Locale.ROOT);
        keep |=
            want.equals("benign")
                ? !c.regression()
                : want.equals("regression") ? c.regression() : name.contains(want);
      }
      if (keep) {
        kept.add(c);
      }
    }
    return kept;
  }

  private static String failure(RuntimeException e) {
    String message = String.valueOf(e.getMessage()).replace('|', '/').replace('\n', ' ');
    return message.length() > 80 ? message.substring(0, 80) + "…" : message;
  }

  /** Flags of one change over its seeds: AUC alone and any judged metric, per mode. */
  static final class Flags {
    private final List<String> metrics;
    int aucFixed;
    int aucStat;
    int anyFixed;
    int anyStat;
    private final Map<String, Integer> byMetricFixed = new LinkedHashMap<>();
    private final Map<String, Integer> byMetricStat = new LinkedHashMap<>();

    Flags(List<String> metrics) {
      this.metrics = metrics;
    }

    void add(ComparisonReport fixed, ComparisonReport stat) {
      aucFixed += regressed(fixed, "auc") ? 1 : 0;
      aucStat += regressed(stat, "auc") ? 1 : 0;
      boolean f = false;
      boolean s = false;
      for (String m : metrics) {
        if (regressed(fixed, m)) {
          byMetricFixed.merge(m, 1, Integer::sum);
          f = true;
        }
        if (regressed(stat, m)) {
          byMetricStat.merge(m, 1, Integer::sum);
          s = true;
        }
      }
      anyFixed += f ? 1 : 0;
      anyStat += s ? 1 : 0;
    }

    String describe(boolean fixed, int seeds) {
      Map<String, Integer> by = fixed ? byMetricFixed : byMetricStat;
      String count = "%d/%d".formatted(fixed ? anyFixed : anyStat, seeds);
      if (by.isEmpty()) {
        return count;
      }
      List<String> parts = new ArrayList<>();
      by.forEach((m, k) -> parts.add(m + " " + k));
      return count + " (" + String.join(", ", parts) + ")";
    }
  }

  record Result(Change change, double drop, Flags flags, int checks) {}

  private static boolean regressed(ComparisonReport report, String metric) {
    return report.outcome(metric).map(o -> o.kind() == MetricOutcome.Kind.REGRESSED).orElse(false);
  }

  private static void summary(
      PrintStream out,
      List<Result> results,
      List<Long> runMillis,
      List<Long> fixedMicros,
      List<Long> statMicros,
      int n,
      int seeds,
      double fraction,
      List<String> metrics) {
    // Per kind (material, minor, benign): checks, then flags of AUC fixed/stat, any fixed/stat.
    int[][] counts = new int[3][5];
    int[] changes = new int[3];
    for (Result r : results) {
      int kind = !r.change().regression() ? 2 : r.drop() >= MATERIAL ? 0 : 1;
      changes[kind]++;
      counts[kind][0] += r.checks();
      counts[kind][1] += r.flags().aucFixed;
      counts[kind][2] += r.flags().aucStat;
      counts[kind][3] += r.flags().anyFixed;
      counts[kind][4] += r.flags().anyStat;
    }
    out.printf(
        Locale.ROOT,
        "%d rows, %.0f%% stratified sample (%d seeds per change); judged: %s; material ="
            + " full-data AUC drop ≥ %.2f%n%n",
        n,
        fraction * 100,
        seeds,
        String.join(", ", metrics),
        MATERIAL);
    out.println(
        "| mode | material regressions flagged | minor regressions flagged | benign changes flagged"
            + " | comparison time per check |");
    out.println("|---|---|---|---|---|");
    String[] modes = {
      "fixed tolerance, AUC only",
      "statistical, AUC only",
      "fixed tolerance, " + String.join(" + ", metrics),
      "statistical, " + String.join(" + ", metrics)
    };
    for (int m = 0; m < 4; m++) {
      out.printf(
          Locale.ROOT,
          "| %s | %s (%d changes) | %s (%d changes) | %s (%d changes) | %.2f ms |%n",
          modes[m],
          share(counts[0][m + 1], counts[0][0]),
          changes[0],
          share(counts[1][m + 1], counts[1][0]),
          changes[1],
          share(counts[2][m + 1], counts[2][0]),
          changes[2],
          median(m % 2 == 0 ? fixedMicros : statMicros) / 1000.0);
    }
    out.printf(
        Locale.ROOT,
        "%nsample, train and evaluate per check (the same for both modes): median %d ms%n",
        (long) median(runMillis));
  }

  private static String share(int flagged, int checks) {
    return checks == 0
        ? "n/a"
        : String.format(Locale.ROOT, "%.1f%% (%d/%d)", 100.0 * flagged / checks, flagged, checks);
  }

  private static double median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.isEmpty() ? 0 : sorted.get(sorted.size() / 2);
  }

  private static ModelEvaluation sample(
      Path file,
      Trainer<Label> trainer,
      List<String> excluded,
      long seed,
      double fraction,
      List<String> metrics) {
    return SampleTraining.run(
        TrainingSpec.classification(trainer)
            .data(Dataset.csv(file))
            .label("churned")
            .rowKey("customer_id")
            .exclude(excluded.toArray(String[]::new))
            .sampleFraction(fraction)
            .stratified()
            .testFraction(0.3)
            .seed(seed)
            .metrics(metrics.toArray(String[]::new))
            .build());
  }

  private static double fullDataAuc(
      Path file, Trainer<Label> trainer, List<String> excluded, Map<String, String> truth) {
    ModelEvaluation full =
        SampleTraining.run(
            TrainingSpec.classification(trainer)
                .data(Dataset.csv(file))
                .label("churned")
                .rowKey("customer_id")
                .exclude(excluded.toArray(String[]::new))
                .sampleFraction(0.5)
                .testFraction(0.4)
                .seed(1)
                .metrics("auc")
                .build());
    return full.rows().withTruths(truth).metric("auc");
  }

  // ---- the changes ----

  static List<Change> changes() {
    List<Change> c = new ArrayList<>();
    // Regressions, graded.
    c.add(reg("feature dropped: contract", d -> d, BASE, "contract"));
    c.add(reg("feature dropped: tenure_months", d -> d, BASE, "tenure_months"));
    c.add(reg("feature dropped: support_calls", d -> d, BASE, "support_calls"));
    c.add(reg("feature dropped: payment_method", d -> d, BASE, "payment_method"));
    c.add(
        reg(
            "features dropped: contract, tenure, total",
            d -> d,
            BASE,
            "contract",
            "tenure_months",
            "total_charges"));
    c.add(reg("feature shuffled: contract", d -> shuffle(d, "contract", 1), BASE));
    c.add(reg("feature shuffled: support_calls", d -> shuffle(d, "support_calls", 2), BASE));
    c.add(reg("feature shuffled: monthly_charges", d -> shuffle(d, "monthly_charges", 3), BASE));
    c.add(reg("label noise 10%", d -> labelNoise(d, 0.10, 4), BASE));
    c.add(reg("label noise 25%", d -> labelNoise(d, 0.25, 5), BASE));
    c.add(reg("label noise 40%", d -> labelNoise(d, 0.40, 6), BASE));
    c.add(reg("churners' labels lost (30% of yes → no)", d -> oneSidedNoise(d, 0.3, 7), BASE));
    c.add(reg("scaling step removed", d -> d, logistic(1.0, 5, 12345L, false)));
    c.add(
        reg(
            "encoding broken: contract yearly/two-year merged into monthly",
            d -> mapColumn(d, "contract", v -> "monthly"),
            BASE));
    c.add(
        reg(
            "encoding broken: contract null for half the rows",
            d -> nullHalf(d, "contract", 8),
            BASE));
    c.add(reg("unit bug: tenure in days for half the rows", d -> tenureDays(d, 9), BASE));
    c.add(reg("training data truncated to 10%", d -> truncate(d, 0.10), BASE));
    c.add(
        reg(
            "training data truncated to newest customers (tenure < 12)",
            d -> filter(d, r -> Integer.parseInt(r[d.column("tenure_months")]) < 12),
            BASE));
    c.add(
        reg("worse hyper-parameters: learning rate 0.01", d -> d, logistic(0.01, 5, 12345L, true)));
    c.add(
        reg(
            "worse hyper-parameters: 1 epoch at learning rate 0.05",
            d -> d,
            logistic(0.05, 1, 12345L, true)));
    c.add(
        reg(
            "trainer swapped: plain SGD at learning rate 5 (diverges)",
            d -> d,
            cols ->
                new LinearSGDTrainer(
                    new LogMulticlass(),
                    org.tribuo.math.optimisers.SGD.getSimpleSGD(5.0),
                    5,
                    10_000_000,
                    1,
                    12345L)));
    c.add(
        reg(
            "leakage fix removed the wrong columns (tenure, monthly charges)",
            d -> d,
            BASE,
            "tenure_months",
            "monthly_charges"));
    c.add(reg("join duplicates churners 3×", d -> duplicate(d, 3), BASE));
    c.add(
        reg(
            "join drops customers with support calls",
            d -> filter(d, r -> r[d.column("support_calls")].equals("0")),
            BASE));
    // Benign changes.
    c.add(benign("row order shuffled", d -> shuffleRows(d, 11), BASE));
    c.add(benign("row order reversed", RegressionCatchRateBenchmark::reverse, BASE));
    c.add(
        benign(
            "irrelevant numeric column added",
            d ->
                d.addColumn(
                    "noise",
                    r -> Double.toString(new SplittableRandom(r[0].hashCode()).nextDouble())),
            BASE));
    c.add(
        benign(
            "irrelevant categorical column added",
            d -> d.addColumn("noise_segment", r -> "S" + Math.floorMod(r[0].hashCode(), 7)),
            BASE));
    c.add(benign("constant column added", d -> d.addColumn("source", r -> "crm"), BASE));
    c.add(benign("duplicate column added (age2 = age)", d -> d.addColumn("age2", r -> r[1]), BASE));
    c.add(
        benign(
            "category renamed: monthly → month-to-month",
            d -> mapColumn(d, "contract", v -> v.equals("monthly") ? "month-to-month" : v),
            BASE));
    c.add(
        benign(
            "payment methods upper-cased",
            d -> mapColumn(d, "payment_method", v -> v.toUpperCase(Locale.ROOT)),
            BASE));
    c.add(
        benign(
            "charges in cents (scaled, then standardized)",
            d ->
                mapColumn(
                    d,
                    "monthly_charges",
                    v -> String.format(Locale.ROOT, "%.0f", Double.parseDouble(v) * 100)),
            BASE));
    c.add(benign("age written as decimal", d -> mapColumn(d, "age", v -> v + ".0"), BASE));
    c.add(
        benign(
            "boolean written as 1/0",
            d -> mapColumn(d, "senior", v -> v.equals("true") ? "1" : "0"),
            BASE));
    c.add(benign("trainer seed 999", d -> d, logistic(1.0, 5, 999L, true)));
    c.add(benign("trainer seed 2026", d -> d, logistic(1.0, 5, 2026L, true)));
    c.add(benign("trainer seed 7", d -> d, logistic(1.0, 5, 7L, true)));
    c.add(benign("epochs 5 → 6", d -> d, logistic(1.0, 6, 12345L, true)));
    c.add(benign("epochs 5 → 8", d -> d, logistic(1.0, 8, 12345L, true)));
    c.add(benign("learning rate 1.0 → 0.8", d -> d, logistic(0.8, 5, 12345L, true)));
    c.add(benign("learning rate 1.0 → 1.2", d -> d, logistic(1.2, 5, 12345L, true)));
    c.add(benign("1% new customers appended", d -> appendCustomers(d, 0.01), BASE));
    c.add(
        benign(
            "1% of customers removed",
            d -> filter(d, r -> Math.floorMod(r[0].hashCode(), 100) != 0), BASE));
    c.add(benign("region column dropped (weak feature)", d -> d, BASE, "region"));
    c.add(benign("columns reordered", RegressionCatchRateBenchmark::reorder, BASE));
    return c;
  }

  private static Change reg(
      String name, UnaryOperator<CatchRateData> d, TrainerFactory t, String... excluded) {
    return new Change(name, true, d, t, List.of(excluded));
  }

  private static Change benign(
      String name, UnaryOperator<CatchRateData> d, TrainerFactory t, String... excluded) {
    return new Change(name, false, d, t, List.of(excluded));
  }

  private static CatchRateData shuffle(CatchRateData d, String column, long seed) {
    int c = d.column(column);
    List<String> values = new ArrayList<>(d.rows().size());
    d.rows().forEach(r -> values.add(r[c]));
    Collections.shuffle(values, new Random(seed));
    int[] i = {0};
    return d.mapRows(
        r -> {
          r[c] = values.get(i[0]++);
          return r;
        });
  }

  private static CatchRateData labelNoise(CatchRateData d, double share, long seed) {
    int c = d.column("churned");
    SplittableRandom random = new SplittableRandom(seed);
    return d.mapRows(
        r -> {
          if (random.nextDouble() < share) {
            r[c] = r[c].equals("yes") ? "no" : "yes";
          }
          return r;
        });
  }

  private static CatchRateData oneSidedNoise(CatchRateData d, double share, long seed) {
    int c = d.column("churned");
    SplittableRandom random = new SplittableRandom(seed);
    return d.mapRows(
        r -> {
          if (r[c].equals("yes") && random.nextDouble() < share) {
            r[c] = "no";
          }
          return r;
        });
  }

  private static CatchRateData mapColumn(CatchRateData d, String column, UnaryOperator<String> f) {
    int c = d.column(column);
    return d.mapRows(
        r -> {
          r[c] = f.apply(r[c]);
          return r;
        });
  }

  private static CatchRateData nullHalf(CatchRateData d, String column, long seed) {
    int c = d.column(column);
    SplittableRandom random = new SplittableRandom(seed);
    return d.mapRows(
        r -> {
          if (random.nextBoolean()) {
            r[c] = "";
          }
          return r;
        });
  }

  private static CatchRateData tenureDays(CatchRateData d, long seed) {
    int c = d.column("tenure_months");
    SplittableRandom random = new SplittableRandom(seed);
    return d.mapRows(
        r -> {
          if (random.nextBoolean()) {
            r[c] = Integer.toString(Integer.parseInt(r[c]) * 30);
          }
          return r;
        });
  }

  private static CatchRateData truncate(CatchRateData d, double share) {
    return d.withRows(new ArrayList<>(d.rows().subList(0, (int) (d.rows().size() * share))));
  }

  private static CatchRateData filter(
      CatchRateData d, java.util.function.Predicate<String[]> keep) {
    return d.withRows(d.rows().stream().filter(keep).toList());
  }

  private static CatchRateData duplicate(CatchRateData d, int times) {
    int c = d.column("churned");
    List<String[]> rows = new ArrayList<>();
    for (String[] r : d.rows()) {
      int copies = r[c].equals("yes") ? times : 1;
      for (int k = 0; k < copies; k++) {
        rows.add(r);
      }
    }
    return d.withRows(rows);
  }

  private static CatchRateData shuffleRows(CatchRateData d, long seed) {
    List<String[]> rows = new ArrayList<>(d.rows());
    Collections.shuffle(rows, new Random(seed));
    return d.withRows(rows);
  }

  private static CatchRateData reverse(CatchRateData d) {
    List<String[]> rows = new ArrayList<>(d.rows());
    Collections.reverse(rows);
    return d.withRows(rows);
  }

  private static CatchRateData appendCustomers(CatchRateData d, double share) {
    CatchRateData extra = CatchRateData.generate((int) (d.rows().size() * share), 99);
    List<String[]> rows = new ArrayList<>(d.rows());
    for (String[] r : extra.rows()) {
      String[] copy = r.clone();
      copy[0] = "N" + copy[0];
      rows.add(copy);
    }
    return d.withRows(rows);
  }

  private static CatchRateData reorder(CatchRateData d) {
    List<String> header = new ArrayList<>(d.header());
    Collections.reverse(header);
    int width = header.size();
    List<String[]> rows = new ArrayList<>(d.rows().size());
    for (String[] r : d.rows()) {
      String[] copy = new String[width];
      for (int i = 0; i < width; i++) {
        copy[i] = r[width - 1 - i];
      }
      rows.add(copy);
    }
    return new CatchRateData(header, rows);
  }
}
