package dev.mltest.regression;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/** Writes a deterministic synthetic churn table: customers, usage and whether they left. */
final class ChurnData {
  private ChurnData() {}

  static Path write(Path file, int rows, long seed) throws IOException {
    SplittableRandom random = new SplittableRandom(seed);
    String[] contracts = {"monthly", "yearly", "two-year"};
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(
          "customer_id,age,tenure_months,monthly_charges,contract,support_calls,spend,churned\n");
      for (int i = 1; i <= rows; i++) {
        int age = 18 + random.nextInt(60);
        int tenure = random.nextInt(72);
        double charges = 20 + random.nextDouble() * 100;
        String contract = contracts[random.nextInt(3)];
        int calls = random.nextInt(8);
        double logit =
            -1.0
                + 0.35 * calls
                - 0.04 * tenure
                + 0.015 * (charges - 60)
                + (contract.equals("monthly") ? 1.2 : contract.equals("yearly") ? 0 : -1.0)
                + random.nextGaussian() * 0.8;
        boolean churned = logit > 0;
        double spend = charges * tenure * (1 + random.nextGaussian() * 0.05) + age * 3;
        out.write(
            String.format(
                Locale.ROOT,
                "%d,%d,%d,%.2f,%s,%d,%.2f,%s%n",
                i,
                age,
                tenure,
                charges,
                contract,
                calls,
                spend,
                churned ? "yes" : "no"));
      }
    }
    return file;
  }
}
