package dev.mltest.benchmarks;

import dev.mltest.drift.CategoricalSample;
import dev.mltest.drift.ColumnDrift;
import dev.mltest.drift.ColumnDriftResult;
import dev.mltest.drift.ColumnVerdict;
import dev.mltest.drift.DatasetDriftRule;
import dev.mltest.drift.DriftConfig;
import dev.mltest.drift.DriftInputException;
import dev.mltest.drift.NumericSample;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * How often drift decisions are right: (a) the share of columns flagged when nothing drifted
 * (random splits of one dataset, real and generated, 200 to 1,000,000 rows a side), (b) the share
 * of planted shifts detected, by kind and size, for (c) MLTest's default rule and the Evidently
 * preset side by side. Writes {@code docs/drift-decisions.md}.
 *
 * <pre>
 * mvn -B -q -pl benchmarks -am install -DskipTests &amp;&amp; mvn -B -q -pl benchmarks exec:exec@drift-decisions
 * </pre>
 */
public final class DriftDecisionBenchmark {
  private static final Path SKLEARN_DATA =
      Path.of("/usr/lib/python3/dist-packages/sklearn/datasets/data");

  private static final DriftConfig DEFAULT = DriftConfig.defaults();
  private static final DriftConfig EVIDENTLY = DriftConfig.evidently();

  private DriftDecisionBenchmark() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = Options.parse(args);
    Path output = Path.of(options.getOrDefault("output", "../docs/drift-decisions.md"));
    double scale = Double.parseDouble(options.getOrDefault("scale", "1"));
    PrintStream log = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    long started = System.nanoTime();
    if (options.containsKey("shifts")) {
      // A quick rerun of some planted-shift rows (e.g. --shifts=MISSING): printed, no file written.
      List<Shift> shifts =
          Stream.of(options.get("shifts").split(","))
              .map(String::strip)
              .map(Shift::valueOf)
              .toList();
      detection(log, scale, shifts);
      log.printf(Locale.ROOT, "run time: %.0f s%n", (System.nanoTime() - started) / 1e9);
      return;
    }
    StringBuilder md = new StringBuilder();
    header(md);
    md.append(noDrift(log, scale));
    md.append(detection(log, scale, List.of(Shift.values())));
    md.append(roles(log));
    md.append(
        String.format(
            Locale.ROOT,
            "%nRun time: %.0f s on %d cores (the machine was shared with other builds).%n",
            (System.nanoTime() - started) / 1e9,
            Runtime.getRuntime().availableProcessors()));
    Files.createDirectories(output.toAbsolutePath().getParent());
    Files.writeString(output, md);
    log.println("wrote " + output.toAbsolutePath().normalize());
  }

  // ---------------------------------------------------------------------------------------
  // (a) No drift: random splits of one dataset
  // ---------------------------------------------------------------------------------------

  private static String noDrift(PrintStream log, double scale) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("## (a) No drift: random splits of the same data\n\n")
        .append(
            "Each repetition draws two disjoint random halves of a real dataset (as shipped in ")
        .append("Debian's `python3-sklearn`), or two samples of one generated table, and judges ")
        .append("every column. *Columns flagged* is the share of column decisions that said ")
        .append(
            "drift (target: at most 5% at the default α = 0.05); *suites flagged* is the share ")
        .append("of repetitions in which at least one column said drift.\n\n")
        .append("| data | rows a side | columns | repetitions | default rule: columns flagged |")
        .append(" suites flagged | Evidently preset: columns flagged | suites flagged |\n")
        .append("|---|---:|---:|---:|---:|---:|---:|---:|\n");
    for (String name : List.of("breast_cancer", "wine_data", "iris")) {
      Path file = SKLEARN_DATA.resolve(name + ".csv");
      if (!Files.exists(file)) {
        md.append(
            "| %s | – | – | – | not installed here (`apt-get install python3-sklearn`) | | | |\n"
                .formatted(name));
        continue;
      }
      RealTable table = RealTable.read(file);
      md.append(
          row(
              log,
              name + " (real, halves)",
              table.rows() / 2,
              reps(200, scale),
              seed -> table.split(seed)));
      for (int n : new int[] {20_000, 100_000}) {
        if (!name.equals("breast_cancer")) {
          continue;
        }
        md.append(
            row(
                log,
                name + " (real, resampled with replacement)",
                n,
                reps(n >= 100_000 ? 4 : 20, scale),
                seed -> table.bootstrap(n, seed)));
      }
    }
    for (int n : new int[] {200, 1_000, 20_000, 100_000, 1_000_000}) {
      int reps = reps(n <= 1_000 ? 200 : n <= 20_000 ? 30 : n <= 100_000 ? 8 : 2, scale);
      md.append(row(log, "generated: 9 mixed columns", n, reps, seed -> Generated.pair(n, seed)));
    }
    md.append('\n');
    return md.toString();
  }

  private interface PairSource {
    List<Column[]> pair(long seed);
  }

  private static String row(PrintStream log, String data, int rows, int reps, PairSource source) {
    long[] flagged = new long[2];
    long[] suites = new long[2];
    long decisions = 0;
    int columns = 0;
    for (int r = 0; r < reps; r++) {
      List<Column[]> pair = source.pair(1_000 + r);
      columns = pair.size();
      int i = 0;
      for (DriftConfig config : List.of(DEFAULT, EVIDENTLY)) {
        int drifted = drifted(pair, config).size();
        flagged[i] += drifted;
        suites[i] += drifted > 0 ? 1 : 0;
        i++;
      }
      decisions += columns;
    }
    String line =
        String.format(
            Locale.ROOT,
            "| %s | %,d | %d | %d | %s | %s | %s | %s |%n",
            data,
            rows,
            columns,
            reps,
            pct(flagged[0], decisions),
            pct(suites[0], reps),
            pct(flagged[1], decisions),
            pct(suites[1], reps));
    log.print(line);
    return line;
  }

  /** The columns judged drifted under a configuration, after its correction across columns. */
  static List<String> drifted(List<Column[]> pair, DriftConfig config) {
    List<ColumnDriftResult> results = new ArrayList<>();
    for (Column[] sides : pair) {
      results.add(sides[0].compare(sides[1], config));
    }
    List<String> out = new ArrayList<>();
    for (ColumnVerdict v : DatasetDriftRule.of(config).judge(results).columns()) {
      if (v.drifted()) {
        out.add(v.result().column());
      }
    }
    return out;
  }

  // ---------------------------------------------------------------------------------------
  // (b) Planted shifts
  // ---------------------------------------------------------------------------------------

  private static String detection(PrintStream log, double scale, List<Shift> shifts) {
    StringBuilder md = new StringBuilder();
    md.append("## (b, c) Planted shifts: share detected, default rule | Evidently preset\n\n")
        .append("One column, reference and current drawn independently, the current one shifted. ")
        .append("Each cell is *default rule / Evidently preset* over the repetitions (1,000 rows: ")
        .append(reps(100, scale))
        .append("; 20,000: ")
        .append(reps(30, scale))
        .append("; 100,000: ")
        .append(reps(8, scale))
        .append("; 1,000,000: ")
        .append(reps(2, scale))
        .append("). A single column is judged without correction; in a suite of k columns the ")
        .append("default rule's Benjamini-Hochberg step asks for a smaller p-value, which matters ")
        .append("only at the smallest sizes.\n\n")
        .append("| shift | size | 1,000 rows | 20,000 rows | 100,000 rows | 1,000,000 rows |\n")
        .append("|---|---|---|---|---|---|\n");
    int[] sizes = {1_000, 20_000, 100_000, 1_000_000};
    for (Shift shift : shifts) {
      for (double size : shift.sizes) {
        StringBuilder line = new StringBuilder();
        line.append("| ")
            .append(shift.label)
            .append(" | ")
            .append(shift.describe(size))
            .append(" |");
        for (int n : sizes) {
          int reps = reps(n <= 1_000 ? 100 : n <= 20_000 ? 30 : n <= 100_000 ? 8 : 2, scale);
          int[] hits = new int[2];
          for (int r = 0; r < reps; r++) {
            Column[] sides = shift.pair(n, size, 7_000 + r);
            List<Column[]> pair = List.<Column[]>of(sides);
            hits[0] += drifted(pair, DEFAULT).isEmpty() ? 0 : 1;
            hits[1] += drifted(pair, EVIDENTLY).isEmpty() ? 0 : 1;
          }
          line.append(' ')
              .append(pct(hits[0], reps))
              .append(" / ")
              .append(pct(hits[1], reps))
              .append(" |");
        }
        line.append('\n');
        log.print(line);
        md.append(line);
      }
    }
    md.append('\n');
    return md.toString();
  }

  /** Kinds of planted shift, with graded sizes. */
  enum Shift {
    LOCATION("location: normal, mean + δ·σ", new double[] {0, 0.05, 0.1, 0.2, 0.5}),
    SCALE("scale: normal, σ × (1 + s)", new double[] {0.05, 0.1, 0.25, 0.5}),
    TAIL("tail: a share t of values moved 3σ + Exp(σ) up", new double[] {0.01, 0.02, 0.05, 0.1}),
    INCOME("lognormal income (σ_log = 0.6) × (1 + s)", new double[] {0.02, 0.05, 0.1, 0.2}),
    MIX("category mix: 20% → 20% − m, 5% → 5% + m", new double[] {0.01, 0.02, 0.05, 0.1}),
    ISSUE_MIX("category mix of the issue: 20% → 14%, 5% → 10%", new double[] {0.06}),
    NEW_CATEGORY(
        "new category with a share c of the current rows", new double[] {0.005, 0.01, 0.02, 0.05}),
    MISSING(
        "missingness: null share 2% → 2% + d (non-null values equal)",
        new double[] {0, 0.01, 0.03, 0.05, 0.1, 0.28});

    final String label;
    final double[] sizes;

    Shift(String label, double[] sizes) {
      this.label = label;
      this.sizes = sizes;
    }

    String describe(double size) {
      return switch (this) {
        case LOCATION -> "δ = " + size;
        case SCALE, INCOME -> "s = " + pctOf(size);
        case TAIL -> "t = " + pctOf(size);
        case MIX -> "m = " + pctOf(size);
        case ISSUE_MIX -> "–";
        case NEW_CATEGORY -> "c = " + pctOf(size);
        case MISSING -> "d = " + pctOf(size);
      };
    }

    Column[] pair(int n, double size, long seed) {
      SplittableRandom a = new SplittableRandom(seed);
      SplittableRandom b = new SplittableRandom(seed * 31 + 17);
      return switch (this) {
        case LOCATION -> numeric(n, a, b, (r, cur) -> r.nextGaussianValue() + (cur ? size : 0));
        case SCALE -> numeric(n, a, b, (r, cur) -> r.nextGaussianValue() * (cur ? 1 + size : 1));
        case TAIL ->
            numeric(
                n,
                a,
                b,
                (r, cur) -> {
                  double v = r.nextGaussianValue();
                  return cur && r.nextDouble() < size ? v + 3 - Math.log(1 - r.nextDouble()) : v;
                });
        case INCOME ->
            numeric(
                n,
                a,
                b,
                (r, cur) -> Math.exp(10.5 + 0.6 * r.nextGaussianValue()) * (cur ? 1 + size : 1));
        case MIX -> mix(n, a, b, size, size);
        case ISSUE_MIX -> mix(n, a, b, 0.06, 0.05);
        case NEW_CATEGORY -> {
          double[] base = {0.4, 0.3, 0.2, 0.1};
          double[] cur = {
            0.4 * (1 - size), 0.3 * (1 - size), 0.2 * (1 - size), 0.1 * (1 - size), size
          };
          yield new Column[] {
            Column.categories("segment", n, base, a), Column.categories("segment", n, cur, b)
          };
        }
        case MISSING ->
            numeric(
                n,
                a,
                b,
                (r, cur) ->
                    r.nextDouble() < 0.02 + (cur ? size : 0) ? Double.NaN : r.nextGaussianValue());
      };
    }
  }

  interface Draw {
    double next(Rng random, boolean current);
  }

  /** A SplittableRandom with Gaussian draws (Java 17's nextGaussian is on RandomGenerator). */
  record Rng(SplittableRandom random) {
    double nextGaussianValue() {
      return random.nextGaussian();
    }

    double nextDouble() {
      return random.nextDouble();
    }
  }

  private static Column[] numeric(int n, SplittableRandom a, SplittableRandom b, Draw draw) {
    double[] ref = new double[n];
    double[] cur = new double[n];
    Rng ra = new Rng(a);
    Rng rb = new Rng(b);
    for (int i = 0; i < n; i++) {
      ref[i] = draw.next(ra, false);
      cur[i] = draw.next(rb, true);
    }
    return new Column[] {Column.numbers("x", ref), Column.numbers("x", cur)};
  }

  private static Column[] mix(
      int n, SplittableRandom a, SplittableRandom b, double down, double up) {
    double[] base = {0.20, 0.05, 0.15, 0.15, 0.10, 0.10, 0.10, 0.15};
    double[] cur = base.clone();
    cur[0] -= down;
    cur[1] += up;
    double rest = (down - up) / (base.length - 2);
    for (int i = 2; i < cur.length; i++) {
      cur[i] += rest;
    }
    return new Column[] {
      Column.categories("segment", n, base, a), Column.categories("segment", n, cur, b)
    };
  }

  // ---------------------------------------------------------------------------------------
  // Column roles: what the issue's e-mail and id columns do
  // ---------------------------------------------------------------------------------------

  private static String roles(PrintStream log) {
    StringBuilder md = new StringBuilder();
    md.append("## Keys and near-unique text\n\n")
        .append("10,000 rows a side, no drift in the population. Under the default set these ")
        .append("columns are left out with a note (`ColumnRoles`); the table shows what each rule ")
        .append("decides when they are forced in (`include`).\n\n")
        .append("| column | default rule, forced in | Evidently preset |\n|---|---|---|\n");
    int n = 10_000;
    String[] ref = new String[n];
    String[] cur = new String[n];
    double[] refIds = new double[n];
    double[] curIds = new double[n];
    for (int i = 0; i < n; i++) {
      ref[i] = "user" + i + "@example.com";
      cur[i] = "user" + (n + i) + "@example.com";
      refIds[i] = i;
      curIds[i] = n + i;
    }
    for (Column[] pair :
        List.of(
            new Column[] {Column.strings("email", ref), Column.strings("email", cur)},
            new Column[] {
              Column.numbers("customer_id", refIds), Column.numbers("customer_id", curIds)
            })) {
      String line =
          "| %s | %s | %s |%n"
              .formatted(
                  pair[0].name(),
                  describe(pair[0].compare(pair[1], DEFAULT)),
                  describe(pair[0].compare(pair[1], EVIDENTLY)));
      log.print(line);
      md.append(line);
    }
    return md.toString();
  }

  private static String describe(ColumnDriftResult r) {
    return "%s (%s %.3g%s)"
        .formatted(
            r.drifted() ? "drift" : "no drift",
            r.method().key(),
            r.score(),
            r.effect() == null
                ? ""
                : ", %s %.3g".formatted(r.effect().measure().displayName(), r.effect().value()));
  }

  // ---------------------------------------------------------------------------------------
  // Data
  // ---------------------------------------------------------------------------------------

  /** One side of one column; its sample is built (cleaned, sorted or counted) once. */
  static final class Column {
    private final String name;
    private final double @Nullable [] numbers;
    private final String @Nullable [] labels;
    private @Nullable NumericSample numeric;
    private @Nullable CategoricalSample categorical;

    private Column(String name, double @Nullable [] numbers, String @Nullable [] labels) {
      this.name = name;
      this.numbers = numbers;
      this.labels = labels;
    }

    String name() {
      return name;
    }

    static Column numbers(String name, double[] values) {
      return new Column(name, values, null);
    }

    static Column strings(String name, String[] values) {
      return new Column(name, null, values);
    }

    static Column categories(String name, int n, double[] shares, SplittableRandom random) {
      String[] values = new String[n];
      for (int i = 0; i < n; i++) {
        double u = random.nextDouble();
        int k = 0;
        while (k < shares.length - 1 && u >= shares[k]) {
          u -= shares[k];
          k++;
        }
        values[i] = "cat" + k;
      }
      return strings(name, values);
    }

    private NumericSample numeric() {
      if (numeric == null) {
        numeric = NumericSample.of(Objects.requireNonNull(numbers, "a numeric column"));
      }
      return numeric;
    }

    private CategoricalSample categorical() {
      if (categorical == null) {
        categorical = CategoricalSample.of(Objects.requireNonNull(labels, "a text column"));
      }
      return categorical;
    }

    ColumnDriftResult compare(Column current, DriftConfig config) {
      try {
        if (numbers != null) {
          return ColumnDrift.numeric(name, numeric(), current.numeric(), config);
        }
        return ColumnDrift.categorical(name, categorical(), current.categorical(), config);
      } catch (DriftInputException e) {
        throw new IllegalStateException(name + ": " + e.getMessage(), e);
      }
    }
  }

  /** A real dataset: numeric feature columns and an integer class column. */
  record RealTable(List<double[]> columns, int rows) {
    static RealTable read(Path file) throws IOException {
      List<String> lines = Files.readAllLines(file);
      int rows = lines.size() - 1;
      int width = lines.get(1).split(",").length;
      List<double[]> columns = new ArrayList<>();
      for (int c = 0; c < width; c++) {
        columns.add(new double[rows]);
      }
      for (int r = 0; r < rows; r++) {
        String[] cells = lines.get(r + 1).split(",");
        for (int c = 0; c < width; c++) {
          columns.get(c)[r] = Double.parseDouble(cells[c]);
        }
      }
      return new RealTable(columns, rows);
    }

    List<Column[]> split(long seed) {
      int[] order = permutation(rows, new SplittableRandom(seed));
      int half = rows / 2;
      List<Column[]> out = new ArrayList<>();
      for (int c = 0; c < columns.size(); c++) {
        double[] values = columns.get(c);
        double[] a = new double[half];
        double[] b = new double[half];
        for (int i = 0; i < half; i++) {
          a[i] = values[order[i]];
          b[i] = values[order[half + i]];
        }
        out.add(new Column[] {Column.numbers("c" + c, a), Column.numbers("c" + c, b)});
      }
      return out;
    }

    List<Column[]> bootstrap(int n, long seed) {
      SplittableRandom random = new SplittableRandom(seed);
      List<Column[]> out = new ArrayList<>();
      int[] ra = new int[n];
      int[] rb = new int[n];
      for (int i = 0; i < n; i++) {
        ra[i] = random.nextInt(rows);
        rb[i] = random.nextInt(rows);
      }
      for (int c = 0; c < columns.size(); c++) {
        double[] values = columns.get(c);
        double[] a = new double[n];
        double[] b = new double[n];
        for (int i = 0; i < n; i++) {
          a[i] = values[ra[i]];
          b[i] = values[rb[i]];
        }
        out.add(new Column[] {Column.numbers("c" + c, a), Column.numbers("c" + c, b)});
      }
      return out;
    }

    private static int[] permutation(int n, SplittableRandom random) {
      int[] order = new int[n];
      for (int i = 0; i < n; i++) {
        order[i] = i;
      }
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int t = order[i];
        order[i] = order[j];
        order[j] = t;
      }
      return order;
    }
  }

  /** A generated table of 9 mixed columns, both sides from one distribution. */
  static final class Generated {
    private Generated() {}

    static List<Column[]> pair(int n, long seed) {
      SplittableRandom a = new SplittableRandom(seed);
      SplittableRandom b = new SplittableRandom(seed ^ 0x5DEECE66DL);
      List<Column[]> out = new ArrayList<>();
      out.add(both("normal", n, a, b, r -> 100 + 15 * r.nextGaussian()));
      out.add(both("income", n, a, b, r -> Math.exp(10.5 + 0.6 * r.nextGaussian())));
      out.add(both("age", n, a, b, r -> 18 + r.nextInt(70)));
      out.add(both("uniform", n, a, b, SplittableRandom::nextDouble));
      out.add(both("visits", n, a, b, r -> Math.floor(-3 * Math.log(1 - r.nextDouble()))));
      out.add(both("flag", n, a, b, r -> r.nextDouble() < 0.3 ? 1 : 0));
      out.add(
          both("with_nulls", n, a, b, r -> r.nextDouble() < 0.1 ? Double.NaN : r.nextGaussian()));
      double[] plan = {0.4, 0.3, 0.2, 0.1};
      out.add(
          new Column[] {
            Column.categories("plan", n, plan, a), Column.categories("plan", n, plan, b)
          });
      double[] country = new double[40];
      double total = 0;
      for (int i = 0; i < country.length; i++) {
        country[i] = 1.0 / (i + 1);
        total += country[i];
      }
      for (int i = 0; i < country.length; i++) {
        country[i] /= total;
      }
      out.add(
          new Column[] {
            Column.categories("country", n, country, a), Column.categories("country", n, country, b)
          });
      return out;
    }

    interface Value {
      double next(SplittableRandom random);
    }

    private static Column[] both(
        String name, int n, SplittableRandom a, SplittableRandom b, Value v) {
      double[] x = new double[n];
      double[] y = new double[n];
      for (int i = 0; i < n; i++) {
        x[i] = v.next(a);
        y[i] = v.next(b);
      }
      return new Column[] {Column.numbers(name, x), Column.numbers(name, y)};
    }
  }

  // ---------------------------------------------------------------------------------------

  private static void header(StringBuilder md) {
    md.append("# Drift decisions: false alarms and detection\n\n")
        .append("Written by `DriftDecisionBenchmark` on ")
        .append(LocalDate.now())
        .append(" (part of the benchmark command; rerun it alone with\n")
        .append(
            "`mvn -B -q -pl benchmarks -am install -DskipTests && mvn -B -q -pl benchmarks exec:exec@drift-decisions`).\n\n")
        .append(
            "*Default rule*: a column drifts when its two-sample test rejects at α = 0.05 after ")
        .append("Benjamini-Hochberg across the suite's columns **and** the effect is material ")
        .append("(KS statistic D ≥ 0.05 for numbers; total variation distance ≥ 0.05 for ")
        .append("categories and numeric columns with at most 5 values). *Evidently preset*: ")
        .append("Evidently's rule (KS / chi-square goodness of fit / z at p < 0.05 up to 1,000 ")
        .append("reference rows, Wasserstein ≥ 0.1 / Jensen-Shannon ≥ 0.1 above), no correction. ")
        .append("See [drift](drift.md) for the rule and [drift statistics](drift-statistics.md) ")
        .append("for the formulas.\n\n");
  }

  private static int reps(int base, double scale) {
    return Math.max(1, (int) Math.round(base * scale));
  }

  private static String pct(long count, long total) {
    return String.format(Locale.ROOT, "%.1f%%", 100.0 * count / total);
  }

  private static String pctOf(double share) {
    double p = share * 100;
    return (p == Math.rint(p)
            ? String.format(Locale.ROOT, "%.0f", p)
            : String.format(Locale.ROOT, "%.1f", p))
        + "%";
  }
}
