package dev.mltest.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * A churn table with the structure of real subscription data: correlated columns (total charges are
 * tenure times monthly charges plus noise; fiber internet costs more), skewed counts (support
 * calls), missing values (no total charges for customers in their first month), categorical columns
 * with main effects and an interaction (monthly contracts with fiber churn most), a weak regional
 * effect, and about a quarter churners. Deterministic for a seed.
 *
 * @param header column names
 * @param rows values as CSV text, {@code ""} for missing
 */
record CatchRateData(List<String> header, List<String[]> rows) {
  static final List<String> COLUMNS =
      List.of(
          "customer_id",
          "age",
          "senior",
          "tenure_months",
          "monthly_charges",
          "total_charges",
          "contract",
          "internet",
          "payment_method",
          "support_calls",
          "region",
          "churned");

  static CatchRateData generate(int n, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    String[] contracts = {"monthly", "yearly", "two-year"};
    String[] internet = {"none", "dsl", "fiber"};
    String[] payments = {"card", "bank", "check", "wallet"};
    List<String[]> rows = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      int age = 18 + (int) Math.min(70, Math.abs(random.nextGaussian() * 15 + 27));
      boolean senior = age >= 65;
      String contract = contracts[pick(random, 0.55, 0.25)];
      int tenure =
          (int)
              Math.min(
                  72,
                  Math.floor(
                      -Math.log(1 - random.nextDouble()) * (contract.equals("monthly") ? 14 : 34)));
      String net = internet[pick(random, 0.2, 0.4)];
      double monthly =
          18 + (net.equals("fiber") ? 55 : net.equals("dsl") ? 30 : 0) + random.nextDouble() * 35;
      String total =
          tenure == 0
              ? ""
              : String.format(
                  Locale.ROOT, "%.2f", tenure * monthly * (0.95 + 0.1 * random.nextDouble()));
      String payment = payments[pick3(random)];
      int calls = poisson(random, 0.8 + (net.equals("fiber") ? 0.7 : 0));
      int region = random.nextInt(10);
      double logit =
          -1.6
              + (contract.equals("monthly") ? 1.5 : contract.equals("yearly") ? 0.2 : -0.9)
              - 0.045 * tenure
              + 0.018 * (monthly - 60)
              + 0.32 * calls
              + (net.equals("fiber") && contract.equals("monthly") ? 0.7 : 0)
              + (payment.equals("check") ? 0.45 : 0)
              + (senior ? 0.35 : 0)
              + 0.04 * (region - 4.5)
              + random.nextGaussian() * 0.3;
      boolean churned = random.nextDouble() < 1 / (1 + Math.exp(-logit));
      rows.add(
          new String[] {
            "C" + (1_000_000 + i),
            Integer.toString(age),
            Boolean.toString(senior),
            Integer.toString(tenure),
            String.format(Locale.ROOT, "%.2f", monthly),
            total,
            contract,
            net,
            payment,
            Integer.toString(calls),
            "R" + region,
            churned ? "yes" : "no"
          });
    }
    return new CatchRateData(COLUMNS, rows);
  }

  private static int pick(SplittableRandom random, double first, double second) {
    double u = random.nextDouble();
    return u < first ? 0 : u < first + second ? 1 : 2;
  }

  private static int pick3(SplittableRandom random) {
    double u = random.nextDouble();
    return u < 0.4 ? 0 : u < 0.7 ? 1 : u < 0.85 ? 2 : 3;
  }

  private static int poisson(SplittableRandom random, double mean) {
    double l = Math.exp(-mean);
    int k = 0;
    double p = 1;
    do {
      k++;
      p *= random.nextDouble();
    } while (p > l);
    return k - 1;
  }

  int column(String name) {
    int i = header.indexOf(name);
    if (i < 0) {
      throw new IllegalArgumentException("no column " + name);
    }
    return i;
  }

  /** A copy with each row passed through {@code change} (rows are copied first). */
  CatchRateData mapRows(java.util.function.UnaryOperator<String[]> change) {
    List<String[]> out = new ArrayList<>(rows.size());
    for (String[] row : rows) {
      out.add(change.apply(row.clone()));
    }
    return new CatchRateData(header, out);
  }

  CatchRateData withRows(List<String[]> newRows) {
    return new CatchRateData(header, newRows);
  }

  /** A copy with one more column, filled per row. */
  CatchRateData addColumn(String name, java.util.function.Function<String[], String> value) {
    List<String> h = new ArrayList<>(header);
    h.add(name);
    List<String[]> out = new ArrayList<>(rows.size());
    for (String[] row : rows) {
      String[] r = java.util.Arrays.copyOf(row, row.length + 1);
      r[row.length] = value.apply(row);
      out.add(r);
    }
    return new CatchRateData(h, out);
  }

  Path write(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(String.join(",", header));
      out.write('\n');
      for (String[] row : rows) {
        out.write(String.join(",", row));
        out.write('\n');
      }
    }
    return file;
  }
}
