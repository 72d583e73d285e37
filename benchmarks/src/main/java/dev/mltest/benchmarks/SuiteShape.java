package dev.mltest.benchmarks;

import dev.mltest.expect.ExpectationSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A suite of a given shape, the deterministic data it runs over, and one hand-written DuckDB query
 * computing the same results: the floor each shape is measured against.
 *
 * @param key the name used on the command line and in file names
 * @param data the DuckDB query producing the rows; {@code {rows}} stands for the row count
 * @param expectations the suite
 * @param handWritten the reference query; {@code %1$s} stands for the table function reading the
 *     file
 */
record SuiteShape(
    String key,
    String description,
    String data,
    List<ExpectationSpec> expectations,
    String handWritten) {

  /** The data of the credit shapes: 10 columns, nulls in three of them, unique ids. */
  private static final String CREDIT_DATA =
      """
      SELECT
        i AS id,
        CASE WHEN CAST(hash(i, 1) % 50 AS BIGINT) = 0 THEN NULL ELSE 18 + CAST(hash(i, 2) % 80 AS BIGINT) END AS age,
        CASE WHEN CAST(hash(i, 3) % 20 AS BIGINT) = 0 THEN NULL
             ELSE round(exp(9 + CAST(hash(i, 4) % 10000 AS BIGINT) / 4000.0), 2) END AS income,
        1000 * (1 + CAST(hash(i, 5) % 50 AS BIGINT)) AS credit_limit,
        CASE WHEN CAST(hash(i, 6) % 10 AS BIGINT) = 0 THEN NULL ELSE CAST(hash(i, 7) % 500000 AS BIGINT) / 10.0 END AS balance,
        ['A', 'B', 'C', 'D', 'E', 'F', 'G'][1 + CAST(hash(i, 8) % 7 AS BIGINT)] AS grade,
        ['car', 'home', 'education', 'business', 'medical', 'other'][1 + CAST(hash(i, 9) % 6 AS BIGINT)] AS purpose,
        CASE WHEN CAST(hash(i, 10) % 500 AS BIGINT) = 0 THEN 'broken-address' ELSE 'user' || i || '@example.com' END AS email,
        CAST(hash(i, 11) % 100000 AS BIGINT) / 100000.0 AS score,
        DATE '2015-01-01' + CAST(hash(i, 12) % 3000 AS INTEGER) AS opened
      FROM range(1, {rows} + 1) t(i)
      """;

  private static final List<Object> GRADES = List.of("A", "B", "C", "D", "E", "F", "G");
  private static final List<Object> PURPOSES =
      List.of("car", "home", "education", "business", "medical", "other");
  private static final String EMAIL = "^[^@]+@[^@]+\\.[a-z]+$";

  static List<SuiteShape> all() {
    return List.of(credit(), filtered(), wide());
  }

  static SuiteShape named(String key) {
    return all().stream()
        .filter(s -> s.key().equals(key))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("unknown shape: " + key));
  }

  /**
   * Issue 16's shape: row count, two not-null, uniqueness on the id, two ranges, two sets, an
   * e-mail regex with {@code mostly}, a mean, a standard deviation and an exact median.
   */
  static SuiteShape credit() {
    List<ExpectationSpec> specs =
        List.of(
            ExpectationSpec.of("rowCount", Map.of("min", 1)),
            ExpectationSpec.of("notNull", Map.of("column", "id")),
            ExpectationSpec.of("notNull", Map.of("column", "credit_limit")),
            ExpectationSpec.of("unique", Map.of("columns", List.of("id"))),
            ExpectationSpec.of("between", Map.of("column", "age", "min", 18, "max", 100)),
            ExpectationSpec.of("between", Map.of("column", "balance", "min", 0, "max", 1e6)),
            ExpectationSpec.of("inSet", Map.of("column", "grade", "values", GRADES)),
            ExpectationSpec.of("inSet", Map.of("column", "purpose", "values", PURPOSES)),
            ExpectationSpec.of(
                "matchesRegex", Map.of("column", "email", "regex", EMAIL, "mostly", 0.99)),
            ExpectationSpec.of("meanBetween", Map.of("column", "income", "min", 1, "max", 1e6)),
            ExpectationSpec.of("stdevBetween", Map.of("column", "income", "min", 0, "max", 1e6)),
            ExpectationSpec.of(
                "quantilesBetween",
                Map.of(
                    "column",
                    "score",
                    "quantiles",
                    List.of(Map.of("quantile", 0.5, "min", 0.4, "max", 0.6)))));
    String query =
        """
        SELECT
          count(*),
          count(*) FILTER (WHERE id IS NULL),
          count(*) FILTER (WHERE credit_limit IS NULL),
          count(id) - count(DISTINCT id),
          count(*) FILTER (WHERE NOT (age BETWEEN 18 AND 100)), count(age),
          count(*) FILTER (WHERE NOT (balance BETWEEN 0 AND 1e6)), count(balance),
          count(*) FILTER (WHERE grade NOT IN ('A', 'B', 'C', 'D', 'E', 'F', 'G')), count(grade),
          count(*) FILTER (WHERE purpose NOT IN ('car', 'home', 'education', 'business', 'medical', 'other')), count(purpose),
          count(*) FILTER (WHERE NOT regexp_matches(email, '^[^@]+@[^@]+\\.[a-z]+$')), count(email),
          avg(income),
          stddev_samp(income),
          quantile_cont(score, 0.5)
        FROM %1$s
        """;
    return new SuiteShape("credit", "credit, 10 columns, 12 checks", CREDIT_DATA, specs, query);
  }

  /** Checks of the credit data, each over the rows of its own {@code where} filter. */
  static SuiteShape filtered() {
    List<ExpectationSpec> specs =
        List.of(
            where("between", "purpose = 'car'", "column", "income", "min", 0, "max", 1e7),
            where("notNull", "grade IN ('A', 'B')", "column", "balance", "mostly", 0.8),
            where("meanBetween", "age >= 30", "column", "income", "min", 1, "max", 1e6),
            where("stdevBetween", "age < 30", "column", "income", "min", 0, "max", 1e6),
            where("between", "credit_limit > 10000", "column", "age", "min", 18, "max", 100),
            where("inSet", "balance > 1000", "column", "purpose", "values", PURPOSES),
            where("matchesRegex", "score > 0.5", "column", "email", "regex", EMAIL, "mostly", 0.99),
            where("unique", "grade = 'A'", "columns", List.of("id")));
    String query =
        """
        SELECT
          count(*) FILTER (WHERE purpose = 'car' AND NOT (income BETWEEN 0 AND 1e7)),
          count(income) FILTER (WHERE purpose = 'car'),
          count(*) FILTER (WHERE grade IN ('A', 'B') AND balance IS NULL),
          count(*) FILTER (WHERE grade IN ('A', 'B')),
          avg(income) FILTER (WHERE age >= 30),
          stddev_samp(income) FILTER (WHERE age < 30),
          count(*) FILTER (WHERE credit_limit > 10000 AND NOT (age BETWEEN 18 AND 100)),
          count(age) FILTER (WHERE credit_limit > 10000),
          count(*) FILTER (WHERE balance > 1000 AND purpose NOT IN ('car', 'home', 'education', 'business', 'medical', 'other')),
          count(purpose) FILTER (WHERE balance > 1000),
          count(*) FILTER (WHERE score > 0.5 AND NOT regexp_matches(email, '^[^@]+@[^@]+\\.[a-z]+$')),
          count(email) FILTER (WHERE score > 0.5),
          count(id) FILTER (WHERE grade = 'A') - count(DISTINCT id) FILTER (WHERE grade = 'A')
        FROM %1$s
        """;
    return new SuiteShape(
        "filtered", "credit, 8 checks with 8 where filters", CREDIT_DATA, specs, query);
  }

  private static ExpectationSpec where(String key, String where, Object... parameters) {
    Map<String, Object> options = new java.util.LinkedHashMap<>();
    for (int i = 0; i < parameters.length; i += 2) {
      options.put((String) parameters[i], parameters[i + 1]);
    }
    options.put("where", where);
    return ExpectationSpec.of(key, options);
  }

  /** 100 numeric and 100 text columns, two checks each. */
  static SuiteShape wide() {
    int half = 100;
    List<String> columns = new ArrayList<>();
    List<ExpectationSpec> specs = new ArrayList<>();
    List<String> aggregates = new ArrayList<>();
    List<Object> letters = List.of("a", "b", "c", "d");
    for (int k = 0; k < half; k++) {
      String n = "n%03d".formatted(k);
      columns.add(
          "CASE WHEN CAST(hash(i, %d) %% 20 AS BIGINT) = 0 THEN NULL ELSE CAST(hash(i, %d) %% 10000 AS BIGINT) / 100.0 END AS %s"
              .formatted(2 * k, 2 * k + 1, n));
      specs.add(ExpectationSpec.of("between", Map.of("column", n, "min", 0, "max", 100)));
      specs.add(ExpectationSpec.of("meanBetween", Map.of("column", n, "min", 0, "max", 100)));
      aggregates.add(
          "count(*) FILTER (WHERE NOT (%1$s BETWEEN 0 AND 100)), count(%1$s), avg(%1$s)"
              .formatted(n));
    }
    for (int k = 0; k < half; k++) {
      String t = "t%03d".formatted(k);
      columns.add(
          "CASE WHEN CAST(hash(i, %d) %% 50 AS BIGINT) = 0 THEN NULL ELSE ['a', 'b', 'c', 'd'][1 + CAST(hash(i, %d) %% 4 AS BIGINT)] END AS %s"
              .formatted(1000 + 2 * k, 1001 + 2 * k, t));
      specs.add(ExpectationSpec.of("inSet", Map.of("column", t, "values", letters)));
      specs.add(ExpectationSpec.of("notNull", Map.of("column", t, "mostly", 0.9)));
      aggregates.add(
          "count(*) FILTER (WHERE %1$s NOT IN ('a', 'b', 'c', 'd')), count(%1$s)".formatted(t));
    }
    String data = "SELECT " + String.join(",\n  ", columns) + "\nFROM range(1, {rows} + 1) t(i)";
    String query = "SELECT count(*),\n  " + String.join(",\n  ", aggregates) + "\nFROM %1$s";
    return new SuiteShape("wide", "wide, 200 columns, 400 checks", data, specs, query);
  }
}
