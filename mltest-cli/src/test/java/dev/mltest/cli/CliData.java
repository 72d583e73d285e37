package dev.mltest.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/** Seeded customer batches for the command-line tests. */
final class CliData {
  private static final String[] PLAN = {"basic", "plus", "pro"};

  private CliData() {}

  static Path customers(Path dir, String name, long seed, int rows) throws IOException {
    return customers(dir, name, seed, rows, 0);
  }

  /** A batch; {@code shift} moves the spend distribution by that many dollars. */
  static Path customers(Path dir, String name, long seed, int rows, double shift)
      throws IOException {
    Random random = new Random(seed);
    StringBuilder csv = new StringBuilder("customer_id,plan,age,spend\n");
    for (int i = 0; i < rows; i++) {
      csv.append(
          String.format(
              Locale.ROOT,
              "C%06d,%s,%d,%.2f%n",
              seed * 100_000 + i,
              PLAN[random.nextInt(3)],
              18 + random.nextInt(60),
              50 + shift + 12 * random.nextGaussian()));
    }
    return Files.writeString(dir.resolve(name), csv);
  }
}
