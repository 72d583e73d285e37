package dev.mltest.benchmarks;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Writes a deterministic synthetic table of 12 mixed-type columns with nulls, as CSV and Parquet.
 * Values derive from hashes of the row number, so every run produces the same files.
 */
final class SyntheticData {
  private SyntheticData() {}

  static final String SELECT =
      """
      SELECT
        i AS id,
        CASE WHEN CAST(hash(i, 1) % 50 AS BIGINT) = 0 THEN NULL ELSE 18 + CAST(hash(i, 2) % 80 AS BIGINT) END AS age,
        CASE WHEN CAST(hash(i, 3) % 20 AS BIGINT) = 0 THEN NULL
             WHEN CAST(hash(i, 4) % 1000 AS BIGINT) = 0 THEN -5.0
             ELSE round(exp(9 + (CAST(hash(i, 5) % 10000 AS BIGINT)) / 4000.0), 2) END AS income,
        ['retail', 'business', 'enterprise', 'public'][1 + CAST(hash(i, 6) % 4 AS BIGINT)] AS segment,
        CASE WHEN CAST(hash(i, 7) % 500 AS BIGINT) = 0 THEN 'broken-address' ELSE 'user' || i || '@example.com' END AS email,
        ['DE', 'FR', 'US', 'GB', 'NL', 'ES'][1 + CAST(hash(i, 8) % 6 AS BIGINT)] AS country,
        DATE '2020-01-01' + CAST(CAST(hash(i, 9) % 1500 AS BIGINT) AS INTEGER) AS start_date,
        DATE '2020-01-01' + CAST(CAST(hash(i, 9) % 1500 AS BIGINT) + CAST(hash(i, 10) % 400 AS BIGINT) AS INTEGER) AS end_date,
        (CAST(hash(i, 11) % 100000 AS BIGINT)) / 100000.0 AS score,
        CAST(hash(i, 12) % 2 AS BIGINT) = 0 AS active,
        CASE WHEN CAST(hash(i, 13) % 10 AS BIGINT) = 0 THEN NULL ELSE (CAST(hash(i, 14) % 5000 AS BIGINT)) / 10.0 END AS balance,
        'note-' || (CAST(hash(i, 15) % 1000 AS BIGINT)) AS note
      FROM range(1, {rows} + 1) t(i)
      """;

  /** Writes {@code rows.csv} and {@code rows.parquet} into the folder unless they already exist. */
  static Path[] write(Path dir, long rows) throws SQLException, java.io.IOException {
    Files.createDirectories(dir);
    Path csv = dir.resolve("rows-" + rows + ".csv");
    Path parquet = dir.resolve("rows-" + rows + ".parquet");
    if (!Files.exists(csv) || !Files.exists(parquet)) {
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
          Statement s = c.createStatement()) {
        String select = SELECT.replace("{rows}", Long.toString(rows));
        s.execute("COPY (" + select + ") TO '" + csv + "' (HEADER, DELIMITER ',')");
        s.execute("COPY (" + select + ") TO '" + parquet + "' (FORMAT PARQUET)");
      }
    }
    return new Path[] {csv, parquet};
  }
}
