package dev.mltest.benchmarks;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/** Writes a deterministic synthetic telecom churn table (the examples' shape) of any size. */
final class ChurnBenchmarkData {
  private static final String[] CONTRACTS = {"month-to-month", "one-year", "two-year"};
  private static final String[] INTERNET = {"dsl", "fiber", "none"};
  private static final String[] PAYMENT = {
    "electronic-check", "mailed-check", "bank-transfer", "credit-card"
  };

  private ChurnBenchmarkData() {}

  /** Writes the file unless it already exists with the requested rows. */
  static Path write(Path dir, long rows) throws IOException {
    Files.createDirectories(dir);
    Path file = dir.resolve("churn-%d.csv".formatted(rows));
    if (Files.exists(file)) {
      return file;
    }
    Path partial = dir.resolve(file.getFileName() + ".partial");
    SplittableRandom random = new SplittableRandom(2024);
    try (BufferedWriter out = Files.newBufferedWriter(partial, StandardCharsets.UTF_8)) {
      out.write(
          "customer_id,senior,dependents,tenure_months,contract,internet_service,payment_method,"
              + "monthly_charges,total_charges,support_tickets,churned\n");
      for (long i = 1; i <= rows; i++) {
        boolean senior = random.nextDouble() < 0.16;
        boolean dependents = random.nextDouble() < 0.3;
        String contract = CONTRACTS[pick(random, 0.55, 0.21)];
        double scale = contract.equals("month-to-month") ? 14 : 40;
        int tenure = (int) Math.min(72, Math.round(-Math.log(1 - random.nextDouble()) * scale));
        String internet = INTERNET[pick(random, 0.34, 0.44)];
        String payment = PAYMENT[random.nextInt(PAYMENT.length)];
        double base = internet.equals("fiber") ? 80 : internet.equals("dsl") ? 55 : 22;
        double charges = base + random.nextGaussian() * 8;
        double total = charges * Math.max(1, tenure) * (0.97 + random.nextDouble() * 0.06);
        int tickets = (int) Math.round(Math.abs(random.nextGaussian()) * 1.3);
        double logit =
            -1.2
                + (contract.equals("month-to-month")
                    ? 1.3
                    : contract.equals("one-year") ? -0.3 : -1.6)
                - 0.035 * tenure
                + (internet.equals("fiber") ? 0.6 : internet.equals("none") ? -0.7 : 0)
                + (payment.equals("electronic-check") ? 0.45 : 0)
                + (senior ? 0.3 : 0)
                - (dependents ? 0.25 : 0)
                + 0.28 * tickets
                + 0.01 * (charges - 60);
        boolean churned = random.nextDouble() < 1 / (1 + Math.exp(-logit));
        out.write(
            String.format(
                Locale.ROOT,
                "C%07d,%b,%b,%d,%s,%s,%s,%.2f,%.2f,%d,%s%n",
                i,
                senior,
                dependents,
                tenure,
                contract,
                internet,
                payment,
                charges,
                total,
                tickets,
                churned ? "yes" : "no"));
      }
    }
    Files.move(partial, file);
    return file;
  }

  private static int pick(SplittableRandom random, double first, double second) {
    double u = random.nextDouble();
    return u < first ? 0 : u < first + second ? 1 : 2;
  }
}
