package dev.mltest.benchmarks;

import dev.mltest.expect.ExpectationSpec;
import java.util.List;
import java.util.Map;

/**
 * The 15-expectation suite of the validation benchmark, and the one hand-written DuckDB query that
 * computes the same aggregates: the practical floor for a suite's cost.
 */
final class BenchmarkSuite {
  private BenchmarkSuite() {}

  static List<ExpectationSpec> expectations() {
    return List.of(
        ExpectationSpec.of("rowCount", Map.of("min", 1)),
        ExpectationSpec.of("notNull", Map.of("column", "id")),
        ExpectationSpec.of("nullRatio", Map.of("column", "income", "max", 0.2)),
        ExpectationSpec.of(
            "between", Map.of("column", "income", "min", 0, "max", 1e7, "mostly", 0.99)),
        ExpectationSpec.of(
            "between", Map.of("column", "age", "min", 0, "max", 120, "id", "age-range")),
        ExpectationSpec.of(
            "inSet",
            Map.of(
                "column",
                "segment",
                "values",
                List.of("retail", "business", "enterprise", "public"))),
        ExpectationSpec.of(
            "matchesRegex", Map.of("column", "email", "regex", "^[^@]+@[^@]+$", "mostly", 0.99)),
        ExpectationSpec.of("lengthBetween", Map.of("column", "country", "min", 2, "max", 2)),
        ExpectationSpec.of("meanBetween", Map.of("column", "income", "min", 1, "max", 1e6)),
        ExpectationSpec.of("stdevBetween", Map.of("column", "income", "min", 0, "max", 1e6)),
        ExpectationSpec.of("minBetween", Map.of("column", "age", "min", 0, "max", 30)),
        ExpectationSpec.of("distinctCount", Map.of("column", "segment", "min", 2, "max", 10)),
        ExpectationSpec.of(
            "quantilesBetween",
            Map.of(
                "column",
                "score",
                "quantiles",
                List.of(Map.of("quantile", 0.5, "min", 0.4, "max", 0.6)))),
        ExpectationSpec.of(
            "compareColumns", Map.of("left", "end_date", "operator", "ge", "right", "start_date")),
        ExpectationSpec.of("unique", Map.of("columns", List.of("id"))));
  }

  /** The same aggregates, written by hand as one query over {@code src}. */
  static final String HAND_WRITTEN =
      """
      SELECT
        count(*),
        count(*) FILTER (WHERE id IS NULL),
        count(*) FILTER (WHERE income IS NULL),
        count(*) FILTER (WHERE income IS NOT NULL AND NOT (income >= 0 AND income <= 1e7)),
        count(*) FILTER (WHERE age IS NOT NULL AND NOT (age >= 0 AND age <= 120)),
        count(*) FILTER (WHERE segment IS NOT NULL AND segment NOT IN ('retail', 'business', 'enterprise', 'public')),
        count(*) FILTER (WHERE email IS NOT NULL AND NOT regexp_matches(email, '^[^@]+@[^@]+$')),
        count(*) FILTER (WHERE country IS NOT NULL AND NOT (length(country) BETWEEN 2 AND 2)),
        avg(income),
        stddev_samp(income),
        min(age),
        count(DISTINCT segment),
        quantile_cont(score, 0.5),
        count(*) FILTER (WHERE end_date IS NOT NULL AND start_date IS NOT NULL AND NOT (end_date >= start_date)),
        count(*) FILTER (WHERE age IS NULL),
        count(*) FILTER (WHERE email IS NULL),
        (SELECT coalesce(sum(n), 0) FROM (SELECT count(*) AS n FROM %1$s WHERE id IS NOT NULL GROUP BY id HAVING count(*) > 1))
      FROM %1$s
      """;
}
