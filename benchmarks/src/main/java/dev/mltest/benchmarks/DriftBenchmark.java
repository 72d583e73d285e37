package dev.mltest.benchmarks;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.drift.ColumnOutcome;
import dev.mltest.drift.DatasetComparison;
import dev.mltest.drift.DriftConfig;
import dev.mltest.drift.DriftReport;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Times the default drift comparison of 10 numeric and 5 categorical columns, reference vs current,
 * and prints one markdown row per file format, plus each column's method and score so that {@code
 * benchmarks/scipy/drift_reference.py} can be checked against them on the same files.
 *
 * <pre>
 * mvn -q -pl benchmarks -am package -DskipTests &amp;&amp; mvn -q -pl benchmarks exec:exec@drift -Dbench.rows=1000000
 * python3 benchmarks/scipy/drift_reference.py benchmarks/target/bench-data 1000000
 * </pre>
 */
public final class DriftBenchmark {
  private DriftBenchmark() {}

  static final String SELECT =
      """
      SELECT
        {shift} + 100 + 15 * sqrt(-2 * ln(0.000001 + (hash(i, 1) % 1000000) / 1000000.0)) * cos(6.283185307179586 * (hash(i, 2) % 1000000) / 1000000.0) AS n0,
        exp(9 + {shift} / 100.0 + (hash(i, 3) % 10000) / 4000.0) AS n1,
        (hash(i, 4) % 100000) / 1000.0 AS n2,
        CAST(hash(i, 5) % 80 AS INTEGER) + 18 AS n3,
        CAST(hash(i, 6) % 5 AS INTEGER) AS n4,
        CASE WHEN hash(i, 7) % 20 = 0 THEN NULL ELSE (hash(i, 8) % 5000) / 10.0 END AS n5,
        (hash(i, 9) % 1000) * (1 + {shift} / 1000.0) AS n6,
        CAST(hash(i, 10) % 400 AS INTEGER) AS n7,
        (hash(i, 11) % 1000000) / 1000000.0 AS n8,
        CAST(hash(i, 12) % 3 AS INTEGER) * 10 AS n9,
        ['retail', 'business', 'enterprise'][1 + hash(i, 13) % 3] AS c0,
        'country-' || (hash(i, 14) % {levels}) AS c1,
        ['a', 'b'][1 + hash(i, 15) % 2] AS c2,
        'plan-' || (hash(i, 16) % 12) AS c3,
        'channel-' || (hash(i, 17) % 7) AS c4
      FROM range({start}, {start} + {rows}) t(i)
      """;

  public static void main(String[] args) throws Exception {
    Map<String, String> options = Options.parse(args);
    long rows = Long.parseLong(options.getOrDefault("rows", "1000000"));
    int repeats = Integer.parseInt(options.getOrDefault("repeats", "3"));
    Path dir = Path.of(options.getOrDefault("dir", "target/bench-data"));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Path[] reference = write(dir, "drift-reference-" + rows, rows, 0, 0, 50);
    Path[] current = write(dir, "drift-current-" + rows, rows, 10_000_000L, 20, 55);
    out.println("| figure | MLTest (s) |");
    out.println("|---|---|");
    DriftReport last = null;
    for (int f = 0; f < 2; f++) {
      Path ref = reference[f];
      Path cur = current[f];
      DriftReport[] holder = new DriftReport[1];
      double seconds =
          SuiteValidationBenchmark.median(
              repeats,
              () -> {
                try (DataBackend backend = DataBackend.duckDb();
                    BoundTable r = backend.open(Dataset.file(ref));
                    BoundTable c = backend.open(Dataset.file(cur))) {
                  holder[0] = DatasetComparison.compare(r, c, DriftConfig.evidently());
                }
                return 0;
              });
      last = holder[0];
      out.printf(
          Locale.ROOT,
          "| drift, %s, %,d vs %,d rows, 10 numeric + 5 categorical columns, default methods | %.3f |%n",
          f == 0 ? "csv" : "parquet",
          rows,
          rows,
          seconds);
    }
    out.println();
    out.println("| column | method | score |");
    out.println("|---|---|---|");
    for (ColumnOutcome outcome : Objects.requireNonNull(last, "both formats ran").columns()) {
      if (outcome instanceof ColumnOutcome.Compared c) {
        out.printf(
            Locale.ROOT,
            "| %s | %s | %.12g |%n",
            c.column(),
            c.result().method().key(),
            c.result().score());
      } else if (outcome instanceof ColumnOutcome.Failed f) {
        out.printf(Locale.ROOT, "| %s | error | %s |%n", outcome.column(), f.reason());
      }
    }
  }

  private static Path[] write(Path dir, String name, long rows, long start, int shift, int levels)
      throws Exception {
    Files.createDirectories(dir);
    Path csv = dir.resolve(name + ".csv");
    Path parquet = dir.resolve(name + ".parquet");
    if (!Files.exists(csv) || !Files.exists(parquet)) {
      String select =
          SELECT
              .replace("{shift}", Integer.toString(shift))
              .replace("{levels}", Integer.toString(levels))
              .replace("{start}", Long.toString(start))
              .replace("{rows}", Long.toString(rows))
              .replaceAll("hash\\(i, (\\d+)\\) % (\\d+)", "CAST(hash(i, $1) % $2 AS BIGINT)");
      try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
          Statement s = c.createStatement()) {
        s.execute("COPY (" + select + ") TO '" + csv + "' (HEADER, DELIMITER ',')");
        s.execute("COPY (" + select + ") TO '" + parquet + "' (FORMAT PARQUET)");
      }
    }
    return new Path[] {csv, parquet};
  }
}
