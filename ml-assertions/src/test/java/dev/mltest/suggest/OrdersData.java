package dev.mltest.suggest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Random;

/** A seeded, realistic orders table: a key, a code, an enumeration, amounts, counts, emails. */
final class OrdersData {
  private static final String[] STATUS = {"new", "paid", "shipped", "returned"};

  private OrdersData() {}

  static Path write(Path dir, String name, long seed, int rows, int firstId) throws IOException {
    Random random = new Random(seed);
    StringBuilder csv =
        new StringBuilder("order_id,sku,status,amount,items,priority,email,ordered_on\n");
    for (int i = 0; i < rows; i++) {
      int id = firstId + i;
      String sku = "SK-%04d".formatted(random.nextInt(10_000));
      String status = STATUS[Math.min(3, (int) Math.abs(random.nextGaussian() * 1.2))];
      double amount = Math.exp(3.5 + 0.6 * random.nextGaussian());
      int items = 1 + (int) Math.floor(-Math.log(1 - random.nextDouble()) * 2);
      int priority = 1 + random.nextInt(3);
      String email =
          random.nextInt(50) == 0 ? "" : "user" + random.nextInt(100_000) + "@shop.example";
      String day = "2026-%02d-%02d".formatted(1 + random.nextInt(12), 1 + random.nextInt(28));
      csv.append(
          String.format(
              Locale.ROOT,
              "%d,%s,%s,%.2f,%d,%d,%s,%s%n",
              id,
              sku,
              status,
              amount,
              items,
              priority,
              email,
              day));
    }
    Path file = dir.resolve(name);
    Files.writeString(file, csv);
    return file;
  }
}
