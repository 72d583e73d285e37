package dev.mltest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataBackend;
import dev.mltest.data.FileDataset;
import dev.mltest.expect.Evaluator;
import dev.mltest.expect.ExpectationResult;
import dev.mltest.expect.ExpectationSpec;
import dev.mltest.expect.TextComparedColumns;
import java.util.List;
import org.assertj.core.api.SoftAssertions;

/** Evaluates the same specs on DuckDB and Spark and compares every result. */
final class ParityAssertions {
  /** Relative tolerance for floating-point observed values: sums in another order. */
  static final double TOLERANCE = 1e-9;

  private ParityAssertions() {}

  static List<ExpectationResult> evaluate(
      DataBackend backend, FileDataset dataset, List<ExpectationSpec> specs) {
    try (BoundTable table = TextComparedColumns.open(backend, dataset, specs)) {
      return Evaluator.evaluate(table, specs, false);
    }
  }

  static void assertSameResults(FileDataset dataset, List<ExpectationSpec> specs) {
    assertSameResults(SharedSpark.backend(), dataset, specs);
  }

  /** The specs' results on {@code spark} equal DuckDB's. */
  static void assertSameResults(
      DataBackend sparkBackend, FileDataset dataset, List<ExpectationSpec> specs) {
    List<ExpectationResult> duck;
    try (DataBackend duckDb = DataBackend.duckDb()) {
      duck = evaluate(duckDb, dataset, specs);
    }
    List<ExpectationResult> spark = evaluate(sparkBackend, dataset, specs);
    assertThat(spark).hasSameSizeAs(duck);
    SoftAssertions soft = new SoftAssertions();
    for (int i = 0; i < duck.size(); i++) {
      ExpectationResult d = duck.get(i);
      ExpectationResult s = spark.get(i);
      String what = d.name() + " (" + d.key() + ")";
      soft.assertThat(s.status()).as(what + " status; spark: " + s.message()).isEqualTo(d.status());
      soft.assertThat(same(s.observedValue(), d.observedValue()))
          .as(what + " observed value: spark %s, duckdb %s", s.observedValue(), d.observedValue())
          .isTrue();
      soft.assertThat(s.counts()).as(what + " counts").isEqualTo(d.counts());
      soft.assertThat(s.samples()).as(what + " samples").isEqualTo(d.samples());
    }
    soft.assertAll();
  }

  static boolean same(Object a, Object b) {
    if (a instanceof Number x
        && b instanceof Number y
        && (a instanceof Double || b instanceof Double)) {
      double p = x.doubleValue();
      double q = y.doubleValue();
      return p == q
          || Double.isNaN(p) && Double.isNaN(q)
          || Math.abs(p - q) <= TOLERANCE * Math.max(Math.abs(p), Math.abs(q));
    }
    if (a instanceof List<?> l && b instanceof List<?> m) {
      if (l.size() != m.size()) {
        return false;
      }
      for (int i = 0; i < l.size(); i++) {
        if (!same(l.get(i), m.get(i))) {
          return false;
        }
      }
      return true;
    }
    return java.util.Objects.equals(a, b);
  }
}
