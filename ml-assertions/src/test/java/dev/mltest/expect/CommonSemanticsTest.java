package dev.mltest.expect;

import static dev.mltest.expect.Evaluations.evaluate;
import static dev.mltest.expect.Evaluations.evaluateAllowingEmpty;
import static dev.mltest.expect.ExpectationResult.Status.ERROR;
import static dev.mltest.expect.ExpectationResult.Status.FAILED;
import static dev.mltest.expect.ExpectationResult.Status.PASSED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.data.ColumnType;
import dev.mltest.data.Dataset;
import dev.mltest.data.InMemoryTable;
import dev.mltest.expect.ExpectationResult.Status;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Rules every catalog entry follows: empty data, unknown columns, and for per-row entries the exact
 * {@code mostly} boundary. Each entry has one case, so a new entry without one fails {@link
 * #everyCatalogEntryHasACase()}.
 */
class CommonSemanticsTest {

  /**
   * One entry used against {@link #table(int)}.
   *
   * @param options valid options that pass on a table without bad rows
   * @param misspelt the same with a column name misspelt
   * @param nearest the column the misspelt name should be corrected to, or null when the name is
   *     inside an SQL expression
   * @param emptyAllowed the status on an empty table when empty data is allowed
   */
  record Case(
      String key,
      Map<String, Object> options,
      Map<String, Object> misspelt,
      @Nullable String nearest,
      Status emptyAllowed) {
    @Override
    public String toString() {
      return key + options;
    }
  }

  static List<Case> cases() {
    return List.of(
        new Case(
            "rowCount", Map.of("min", 0), Map.of("min", 0, "where", "amout > 0"), null, PASSED),
        new Case(
            "columns",
            Map.of("names", List.of("amount")),
            Map.of("names", List.of("amout")),
            "amount",
            PASSED),
        new Case(
            "columnCount",
            Map.of("min", 12, "max", 12),
            Map.of("min", 12, "max", 12, "keyColumns", "amout"),
            "amount",
            PASSED),
        new Case(
            "columnExists",
            Map.of("column", "amount"),
            Map.of("column", "amout"),
            "amount",
            PASSED),
        new Case(
            "columnType",
            Map.of("column", "amount", "type", "integer"),
            Map.of("column", "amout", "type", "integer"),
            "amount",
            PASSED),
        new Case("notNull", Map.of("column", "maybe"), Map.of("column", "mabye"), "maybe", PASSED),
        new Case(
            "nullRatio",
            Map.of("column", "maybe", "max", 0.1),
            Map.of("column", "mabye", "max", 0.1),
            "maybe",
            FAILED),
        new Case("unique", Map.of("columns", "code"), Map.of("columns", "cdoe"), "code", PASSED),
        new Case(
            "primaryKey",
            Map.of("columns", "row_id"),
            Map.of("columns", "rowid"),
            "row_id",
            PASSED),
        new Case(
            "distinctCount",
            Map.of("column", "amount", "max", 2),
            Map.of("column", "amout", "max", 2),
            "amount",
            PASSED),
        new Case("duplicateRows", Map.of(), Map.of("columns", "amout"), "amount", PASSED),
        new Case(
            "between",
            Map.of("column", "amount", "min", 0, "max", 10),
            Map.of("column", "amout", "min", 0, "max", 10),
            "amount",
            PASSED),
        new Case(
            "lengthBetween",
            Map.of("column", "label", "max", 2),
            Map.of("column", "lable", "max", 2),
            "label",
            PASSED),
        new Case(
            "inSet",
            Map.of("column", "amount", "values", List.of(5)),
            Map.of("column", "amout", "values", List.of(5)),
            "amount",
            PASSED),
        new Case(
            "notInSet",
            Map.of("column", "amount", "values", List.of(50)),
            Map.of("column", "amout", "values", List.of(50)),
            "amount",
            PASSED),
        new Case(
            "matchesRegex",
            Map.of("column", "label", "regex", "^ok$"),
            Map.of("column", "lable", "regex", "^ok$"),
            "label",
            PASSED),
        new Case(
            "notMatchesRegex",
            Map.of("column", "label", "regex", "!"),
            Map.of("column", "lable", "regex", "!"),
            "label",
            PASSED),
        new Case(
            "format",
            Map.of("column", "day_text", "format", "isoDate"),
            Map.of("column", "day_txt", "format", "isoDate"),
            "day_text",
            PASSED),
        new Case(
            "compareColumns",
            Map.of("left", "high", "operator", "gt", "right", "low"),
            Map.of("left", "high", "operator", "gt", "right", "lwo"),
            "low",
            PASSED),
        new Case(
            "rowPredicate",
            Map.of("expression", "amount < 10"),
            Map.of("expression", "amout < 10"),
            null,
            PASSED),
        new Case(
            "matchesAnyRegex",
            Map.of("column", "label", "regexes", List.of("^ok$", "^no$")),
            Map.of("column", "lable", "regexes", List.of("^ok$", "^no$")),
            "label",
            PASSED),
        new Case(
            "matchesAllRegex",
            Map.of("column", "label", "regexes", List.of("^o", "k$")),
            Map.of("column", "lable", "regexes", List.of("^o", "k$")),
            "label",
            PASSED),
        new Case(
            "like",
            Map.of("column", "label", "likePatterns", List.of("o%")),
            Map.of("column", "lable", "likePatterns", List.of("o%")),
            "label",
            PASSED),
        new Case(
            "notLike",
            Map.of("column", "label", "likePatterns", List.of("%!%")),
            Map.of("column", "lable", "likePatterns", List.of("%!%")),
            "label",
            PASSED),
        new Case(
            "matchesJsonSchema",
            Map.of(
                "column",
                "payload",
                "schema",
                Map.of("properties", Map.of("n", Map.of("minimum", 0)))),
            Map.of(
                "column",
                "paylaod",
                "schema",
                Map.of("properties", Map.of("n", Map.of("minimum", 0)))),
            "payload",
            PASSED),
        new Case(
            "minBetween",
            Map.of("column", "day", "min", "2024-01-01"),
            Map.of("column", "days", "min", "2024-01-01"),
            "day",
            FAILED),
        new Case(
            "maxBetween",
            Map.of("column", "amount", "max", 5),
            Map.of("column", "amout", "max", 5),
            "amount",
            FAILED),
        new Case(
            "meanBetween",
            Map.of("column", "amount", "max", 5),
            Map.of("column", "amout", "max", 5),
            "amount",
            FAILED),
        new Case(
            "stdevBetween",
            Map.of("column", "amount", "max", 1),
            Map.of("column", "amout", "max", 1),
            "amount",
            FAILED),
        new Case(
            "quantilesBetween",
            Map.of("column", "amount", "quantiles", List.of(Map.of("quantile", 0.5, "max", 5))),
            Map.of("column", "amout", "quantiles", List.of(Map.of("quantile", 0.5, "max", 5))),
            "amount",
            FAILED),
        new Case(
            "meanAbsoluteError",
            Map.of("prediction", "low", "label", "high", "max", 1000),
            Map.of("prediction", "lwo", "label", "high", "max", 1000),
            "low",
            FAILED),
        new Case(
            "distinctValues",
            Map.of("column", "label", "values", List.of("ok"), "mode", "subset"),
            Map.of("column", "lable", "values", List.of("ok"), "mode", "subset"),
            "label",
            PASSED),
        new Case(
            "sumBetween",
            Map.of("column", "amount", "max", 500),
            Map.of("column", "amout", "max", 500),
            "amount",
            FAILED),
        new Case(
            "uniqueProportion",
            Map.of("column", "code", "min", 1),
            Map.of("column", "cdoe", "min", 1),
            "code",
            FAILED),
        new Case(
            "mostCommonValueIn",
            Map.of("column", "amount", "values", List.of(5)),
            Map.of("column", "amout", "values", List.of(5)),
            "amount",
            FAILED),
        // Good rows all hold 5 (standard deviation 0, no outliers); bad rows' 50 has z above 3.
        new Case(
            "zScoreOutliers",
            Map.of("column", "amount", "k", 3),
            Map.of("column", "amout", "k", 3),
            "amount",
            PASSED),
        new Case(
            "distributionMatches",
            Map.of("column", "label", "categories", Map.of("ok", 1.0)),
            Map.of("column", "lable", "categories", Map.of("ok", 1.0)),
            "label",
            FAILED),
        new Case(
            "increasing", Map.of("column", "rising"), Map.of("column", "risng"), "rising", PASSED),
        new Case(
            "decreasing",
            Map.of("column", "falling"),
            Map.of("column", "fallng"),
            "falling",
            PASSED),
        // Without a metrics repository there is no history: 'pass' makes that a pass.
        new Case(
            "change",
            Map.of("metric", "mean", "column", "amount", "max", 1, "insufficientHistory", "pass"),
            Map.of("metric", "mean", "column", "amout", "max", 1, "insufficientHistory", "pass"),
            "amount",
            FAILED),
        new Case(
            "anomaly",
            Map.of(
                "metric",
                "nullRatio",
                "column",
                "maybe",
                "strategy",
                "batchNormal",
                "insufficientHistory",
                "pass"),
            Map.of(
                "metric",
                "nullRatio",
                "column",
                "mabye",
                "strategy",
                "batchNormal",
                "insufficientHistory",
                "pass"),
            "maybe",
            FAILED));
  }

  /**
   * 100 rows whose first {@code bad} rows break every case: {@code amount} is 50 instead of 5,
   * {@code label} is {@code bad!} instead of {@code ok}, {@code day_text} is not a date, {@code
   * high} is below {@code low}, {@code maybe} is null, {@code code} repeats -1, and {@code rising}
   * / {@code falling} break their order once per bad row.
   */
  static InMemoryTable table(int bad) {
    InMemoryTable.Builder b =
        Dataset.table("data")
            .column("row_id", ColumnType.INTEGER)
            .column("amount", ColumnType.INTEGER)
            .column("label", ColumnType.STRING)
            .column("day_text", ColumnType.STRING)
            .column("day", ColumnType.DATE)
            .column("low", ColumnType.INTEGER)
            .column("high", ColumnType.INTEGER)
            .column("maybe", ColumnType.INTEGER)
            .column("code", ColumnType.INTEGER)
            .column("rising", ColumnType.INTEGER)
            .column("falling", ColumnType.INTEGER)
            .column("payload", ColumnType.STRING);
    for (int i = 0; i < 100; i++) {
      boolean isBad = i < bad;
      b.row(
          i,
          isBad ? 50 : 5,
          isBad ? "bad!" : "ok",
          isBad ? "2024-13-01" : "2024-01-01",
          LocalDate.of(2024, 1, 1).plusDays(i),
          1,
          isBad ? 0 : 2,
          isBad ? null : i,
          isBad ? -1 : i,
          // Bad rows count down from 1000, so each of them, and the first good row, breaks.
          isBad ? 1000 - i : i,
          isBad ? i - 1000 : -i,
          isBad ? "{\"n\": -1}" : "{\"n\": 1}");
    }
    return b.build();
  }

  static Stream<Case> rowCases() {
    return cases().stream()
        .filter(c -> Catalog.standard().find(c.key()).orElseThrow().takesMostly());
  }

  @Test
  void everyCatalogEntryHasACase() {
    assertThat(cases()).extracting(Case::key).containsExactlyElementsOf(Catalog.standard().keys());
  }

  @ParameterizedTest
  @MethodSource("cases")
  void passesOnGoodData(Case c) {
    ExpectationResult r = evaluate(table(0), c.key(), c.options());
    assertThat(r.status()).as(r.message()).isEqualTo(PASSED);
  }

  @ParameterizedTest
  @MethodSource("cases")
  void emptyDataFailsUnlessAllowedExceptForSchemaAndRowCount(Case c) {
    InMemoryTable empty = Evaluations.emptyLike(table(0));
    ExpectationSpec spec = ExpectationSpec.of(c.key(), c.options());
    ExpectationResult strict = evaluate(empty, c.key(), c.options());
    boolean judgesTheTableItself =
        spec.type().kind() == ExpectationKind.SCHEMA || c.key().equals("rowCount");
    if (judgesTheTableItself) {
      assertThat(strict.status()).isEqualTo(PASSED);
    } else {
      assertThat(strict.status()).isEqualTo(FAILED);
      assertThat(strict.message())
          .isEqualTo(
              "dataset 'empty' has no rows, so %s cannot be judged (set 'allowEmpty: true' on the"
                      .formatted(spec.name())
                  + " suite if empty data is valid)");
    }
    ExpectationResult allowed = evaluateAllowingEmpty(empty, c.key(), c.options());
    assertThat(allowed.status()).as(allowed.message()).isEqualTo(c.emptyAllowed());
    if (spec.type().takesMostly()) {
      assertThat(allowed.counts()).isEqualTo(new Counts(0, 0, 0));
    }
  }

  @ParameterizedTest
  @MethodSource("cases")
  void misspeltColumnIsReportedWithTheNearestName(Case c) {
    ExpectationResult r = evaluate(table(0), c.key(), c.misspelt());
    if (c.nearest() == null) {
      // Names inside SQL expressions are resolved by the backend, whose message names the column.
      assertThat(r.status()).isEqualTo(ERROR);
      assertThat(r.message())
          .startsWith("cannot evaluate %s: ".formatted(r.name()))
          .contains("amout");
      return;
    }
    String hint = "did you mean '%s'?".formatted(c.nearest());
    if (c.key().equals("columns") || c.key().equals("columnExists")) {
      // Whether a column exists is what these judge, so a missing one is a failure.
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat(r.message()).contains(hint);
    } else {
      String misspelt =
          c.misspelt().values().stream()
              .filter(v -> v instanceof String && !c.options().containsValue(v))
              .map(String.class::cast)
              .findFirst()
              .orElseThrow();
      assertThat(r.status()).isEqualTo(ERROR);
      assertThat(r.observedValue()).isNull();
      assertThat(r.message())
          .isEqualTo(
              "unknown column '%s' in %s; %s; columns: row_id, amount, label, day_text, day, low,"
                      .formatted(misspelt, r.name(), hint)
                  + " high, maybe, code, rising, falling, payload");
    }
  }

  @ParameterizedTest
  @MethodSource("rowCases")
  void mostlyPassesAtExactlyItsShareAndFailsOneRowBelow(Case c) {
    Map<String, Object> options = new HashMap<>(c.options());
    options.put("mostly", 0.95);
    ExpectationResult atShare = evaluate(table(5), c.key(), options);
    assertThat(atShare.status()).as(atShare.message()).isEqualTo(PASSED);
    assertThat(atShare.counts()).isEqualTo(new Counts(100, 0, 5));
    assertThat(atShare.mostly()).isEqualTo(0.95);
    ExpectationResult below = evaluate(table(6), c.key(), options);
    assertThat(below.status()).isEqualTo(FAILED);
    assertThat(below.counts()).isEqualTo(new Counts(100, 0, 6));
    assertThat(below.message()).contains("6% of 100 ").contains("mostly 0.95 allows 5%)");
  }
}
