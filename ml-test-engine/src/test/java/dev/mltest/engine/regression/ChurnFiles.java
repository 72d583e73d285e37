package dev.mltest.engine.regression;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.SplittableRandom;

/** A deterministic synthetic churn table for engine tests. */
final class ChurnFiles {
  private ChurnFiles() {}

  static Path write(Path file, int rows) throws IOException {
    SplittableRandom random = new SplittableRandom(11);
    String[] contracts = {"monthly", "yearly", "two-year"};
    try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write("customer_id,age,tenure_months,monthly_charges,contract,support_calls,churned\n");
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
                + (contract.equals("monthly") ? 1.2 : 0)
                + random.nextGaussian() * 0.8;
        out.write(
            String.format(
                Locale.ROOT,
                "%d,%d,%d,%.2f,%s,%d,%s%n",
                i,
                age,
                tenure,
                charges,
                contract,
                calls,
                logit > 0 ? "yes" : "no"));
      }
    }
    return file;
  }
}
