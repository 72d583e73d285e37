package dev.mltest.benchmarks;

import dev.mltest.data.BoundTable;
import dev.mltest.data.ColumnType;
import dev.mltest.data.DataBackend;
import dev.mltest.data.InMemoryTable;
import dev.mltest.expect.Evaluator;
import dev.mltest.expect.ExpectationResult;
import dev.mltest.generate.Contract;
import dev.mltest.generate.GeneratedTable;
import dev.mltest.generate.PropertyResult;
import dev.mltest.generate.PropertyRunner;
import dev.mltest.generate.PropertySettings;
import dev.mltest.generate.TableGenerator;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Tables generated and checked per second for a 10-column contract at 100 rows: generation alone,
 * generation with a property run by {@link PropertyRunner} (a trivial property that reads every
 * cell, so the figure is the framework's cost), and generation with a check by the suite's own
 * evaluator on DuckDB. Prints a markdown table.
 *
 * <pre>
 * mvn -q -pl benchmarks -am install -DskipTests &amp;&amp; mvn -q -pl benchmarks exec:exec@property
 * </pre>
 */
public final class PropertyGenerationBenchmark {
  private PropertyGenerationBenchmark() {}

  /** The contract: ten columns of every generated kind, exactly 100 rows per table. */
  static Contract contract(int rows) {
    return Contract.builder("payments")
        .column("id", ColumnType.INTEGER)
        .column("amount", ColumnType.DECIMAL)
        .column("currency", ColumnType.STRING)
        .column("country", ColumnType.STRING)
        .column("email", ColumnType.STRING)
        .column("booked", ColumnType.DATE)
        .column("settled", ColumnType.DATE)
        .column("quantity", ColumnType.INTEGER)
        .column("score", ColumnType.DECIMAL)
        .column("flagged", ColumnType.BOOLEAN)
        .expect("rowCount", Map.of("min", rows, "max", rows))
        .expect("primaryKey", Map.of("columns", List.of("id")))
        .expect("between", Map.of("column", "amount", "min", 0, "max", 1_000_000))
        .expect("nullRatio", Map.of("column", "amount", "max", 0.1))
        .expect(
            "inSet",
            Map.of("column", "currency", "values", List.of("EUR", "USD", "GBP", "JPY", "CHF")))
        .expect("notNull", Map.of("column", "currency"))
        .expect("matchesRegex", Map.of("column", "country", "regex", "^[A-Z]{2}$"))
        .expect("format", Map.of("column", "email", "format", "email"))
        .expect("between", Map.of("column", "booked", "min", "2020-01-01", "max", "2025-12-31"))
        .expect("compareColumns", Map.of("left", "settled", "operator", "ge", "right", "booked"))
        .expect("between", Map.of("column", "quantity", "min", 1, "max", 100))
        .expect("between", Map.of("column", "score", "min", 0, "max", 1))
        .expect("distinctCount", Map.of("column", "flagged", "min", 1, "max", 2))
        .build();
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    int rows = Integer.parseInt(options.getOrDefault("rows", "100"));
    int tables = Integer.parseInt(options.getOrDefault("tables", "2000"));
    int checked = Integer.parseInt(options.getOrDefault("checked", "200"));
    int repeats = Integer.parseInt(options.getOrDefault("repeats", "5"));
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    Contract contract = contract(rows);
    TableGenerator generator = contract.generator();

    double generate = median(repeats, () -> generateOnly(generator, tables, rows));
    double property = median(repeats, () -> withProperty(contract, tables, rows));
    double evaluated;
    try (DataBackend backend = DataBackend.duckDb()) {
      evaluated = median(repeats, () -> withEvaluator(contract, generator, backend, checked, rows));
    }
    out.printf(
        Locale.ROOT,
        "| figure (10 columns, %d rows per table, median of %d runs) | tables/s | ms per table |%n",
        rows,
        repeats);
    out.println("|---|---|---|");
    row(out, "generated (valid tables, TableGenerator)", tables, generate);
    row(
        out,
        "generated and checked by a property (PropertyRunner, no edge cases)",
        tables,
        property);
    row(out, "generated and checked by the suite evaluator (DuckDB)", checked, evaluated);
  }

  private static void row(PrintStream out, String name, int count, double seconds) {
    out.printf(
        Locale.ROOT, "| %s | %,.0f | %.3f |%n", name, count / seconds, 1000 * seconds / count);
  }

  private static double generateOnly(TableGenerator generator, int tables, int rows) {
    long cells = 0;
    for (int i = 0; i < tables; i++) {
      GeneratedTable t = generator.valid(i, rows);
      cells += t.table().rows().size();
    }
    return require(cells == (long) tables * rows, "every table has the contract's row count");
  }

  private static double withProperty(Contract contract, int tables, int rows) {
    long[] cells = {0};
    PropertyResult result =
        PropertyRunner.of(
                contract,
                PropertySettings.defaults()
                    .withTries(tables)
                    .withRows(rows)
                    .withSeed(1)
                    .withEdgeCases(false))
            .run(
                t -> {
                  for (List<Object> row : t.rows()) {
                    for (Object v : row) {
                      cells[0] += v == null ? 0 : 1;
                    }
                  }
                });
    return require(
        result instanceof PropertyResult.Passed && result.tries() == tables,
        "the property passes every try");
  }

  private static double withEvaluator(
      Contract contract, TableGenerator generator, DataBackend backend, int tables, int rows) {
    for (int i = 0; i < tables; i++) {
      InMemoryTable t = generator.valid(i, rows).table();
      try (BoundTable bound = backend.open(t)) {
        List<ExpectationResult> results = Evaluator.evaluate(bound, contract.expectations(), false);
        if (results.stream().anyMatch(r -> r.status() != ExpectationResult.Status.PASSED)) {
          throw new IllegalStateException("a generated table failed its contract: " + results);
        }
      }
    }
    return 0;
  }

  private static double require(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("benchmark broken: not " + what);
    }
    return 0;
  }

  /**
   * The median wall time in seconds of {@code repeats} runs after three warm-up runs: generation is
   * mostly small methods, which the JIT compiler needs a few thousand tables to settle.
   */
  private static double median(int repeats, SuiteValidationBenchmark.Run run) throws Exception {
    run.run();
    run.run();
    return SuiteValidationBenchmark.median(repeats, run);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new HashMap<>();
    for (String arg : args) {
      if (arg.startsWith("--") && arg.contains("=")) {
        options.put(arg.substring(2, arg.indexOf('=')), arg.substring(arg.indexOf('=') + 1));
      }
    }
    return options;
  }
}
