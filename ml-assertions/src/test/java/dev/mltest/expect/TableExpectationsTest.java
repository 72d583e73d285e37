package dev.mltest.expect;

import static dev.mltest.expect.Evaluations.evaluate;
import static dev.mltest.expect.Evaluations.evaluateAllowingEmpty;
import static dev.mltest.expect.Evaluations.generated;
import static dev.mltest.expect.ExpectationResult.Status.ERROR;
import static dev.mltest.expect.ExpectationResult.Status.FAILED;
import static dev.mltest.expect.ExpectationResult.Status.PASSED;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.data.ColumnType;
import dev.mltest.data.Dataset;
import dev.mltest.data.InMemoryTable;
import dev.mltest.data.ValueSample;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Semantics of the table-level entries: size, schema, completeness and uniqueness. */
class TableExpectationsTest {
  /** Four customers; one null in each of segment, income and signup. */
  static final InMemoryTable CUSTOMERS =
      Dataset.table("customers")
          .column("id", ColumnType.INTEGER)
          .column("segment", ColumnType.STRING)
          .column("income", ColumnType.DECIMAL)
          .column("signup", ColumnType.DATE)
          .row(1, "retail", 100.0, LocalDate.of(2024, 1, 1))
          .row(2, "retail", null, LocalDate.of(2024, 2, 1))
          .row(3, "business", 300.0, null)
          .row(4, null, 400.0, LocalDate.of(2024, 4, 1))
          .build();

  static final InMemoryTable EMPTY = Evaluations.emptyLike(CUSTOMERS);

  @Nested
  class RowCount {
    @Test
    void passesWithinBounds() {
      ExpectationResult r = evaluate(CUSTOMERS, "rowCount", Map.of("min", 1, "max", 4));
      assertThat(r.status()).isEqualTo(PASSED);
      assertThat(r.observedValue()).isEqualTo(4L);
      assertThat(r.message()).isEqualTo("row count is 4 (expected [1, 4])");
    }

    @Test
    void failsOutsideBoundsAndCountsRowsWithNulls() {
      ExpectationResult r = evaluate(CUSTOMERS, "rowCount", Map.of("min", 5));
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat(r.observedValue()).isEqualTo(4L);
      assertThat(r.counts()).isNull();
      assertThat(r.mostly()).isNull();
      assertThat(r.message()).isEqualTo("row count is 4 (expected ≥ 5)");
    }

    @Test
    void exactCountWithEqualBounds() {
      assertThat(evaluate(CUSTOMERS, "rowCount", Map.of("min", 4, "max", 4)).status())
          .isEqualTo(PASSED);
      assertThat(evaluate(CUSTOMERS, "rowCount", Map.of("min", 3, "max", 3)).message())
          .isEqualTo("row count is 4 (expected [3, 3])");
    }

    @Test
    void whereCountsOnlyMatchingRows() {
      ExpectationResult r =
          evaluate(CUSTOMERS, "rowCount", Map.of("max", 2, "where", "segment = 'retail'"));
      assertThat(r.status()).isEqualTo(PASSED);
      assertThat(r.observedValue()).isEqualTo(2L);
    }

    @Test
    void judgesAnEmptyDatasetItself() {
      ExpectationResult zeroAllowed = evaluate(EMPTY, "rowCount", Map.of("max", 0));
      assertThat(zeroAllowed.status()).isEqualTo(PASSED);
      assertThat(zeroAllowed.message()).isEqualTo("row count is 0 (expected ≤ 0)");
      ExpectationResult atLeastOne = evaluate(EMPTY, "rowCount", Map.of("min", 1));
      assertThat(atLeastOne.status()).isEqualTo(FAILED);
      assertThat(atLeastOne.message()).isEqualTo("row count is 0 (expected ≥ 1)");
    }

    @Test
    void badWhereIsAnErrorOfThisExpectationOnly() {
      List<ExpectationResult> results =
          evaluate(
              CUSTOMERS,
              false,
              ExpectationSpec.of("rowCount", Map.of("min", 1, "where", "segmnt = 'retail'")),
              ExpectationSpec.of("rowCount", Map.of("min", 1)));
      assertThat(results.get(0).status()).isEqualTo(ERROR);
      assertThat(results.get(0).message())
          .startsWith("cannot evaluate rowCount: ")
          .contains("segmnt")
          .endsWith("(check the expression and 'where: segmnt = 'retail'')");
      assertThat(results.get(1).status()).isEqualTo(PASSED);
    }
  }

  @Nested
  class Columns {
    @Test
    void passesForTheSameSetInAnyOrder() {
      ExpectationResult r =
          evaluate(
              CUSTOMERS, "columns", Map.of("names", List.of("income", "id", "segment", "signup")));
      assertThat(r.status()).isEqualTo(PASSED);
      assertThat(r.observedValue()).isEqualTo(List.of("id", "segment", "income", "signup"));
    }

    @Test
    void missingColumnFailsWithAHint() {
      ExpectationResult r =
          evaluate(CUSTOMERS, "columns", Map.of("names", List.of("id", "incme", "region")));
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat(r.message())
          .isEqualTo(
              "columns [id, segment, income, signup] do not match [id, incme, region]:"
                  + " missing [incme (did you mean 'income'?), region]");
    }

    @Test
    void extraColumnsFailOnlyWhenNotAllowed() {
      Map<String, Object> subset = Map.of("names", List.of("id", "income"));
      assertThat(evaluate(CUSTOMERS, "columns", subset).status()).isEqualTo(PASSED);
      ExpectationResult strict =
          evaluate(
              CUSTOMERS, "columns", Map.of("names", List.of("id", "income"), "allowExtra", false));
      assertThat(strict.status()).isEqualTo(FAILED);
      assertThat(strict.message()).endsWith(": unexpected [segment, signup]");
    }

    @Test
    void orderedChecksTheOrderOfTheListedColumns() {
      assertThat(
              evaluate(
                      CUSTOMERS,
                      "columns",
                      Map.of("names", List.of("id", "income"), "ordered", true))
                  .status())
          .isEqualTo(PASSED);
      ExpectationResult r =
          evaluate(CUSTOMERS, "columns", Map.of("names", List.of("income", "id"), "ordered", true));
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat(r.message()).endsWith(": order is [id, income], expected [income, id]");
    }

    @Test
    void isCaseSensitive() {
      assertThat(evaluate(CUSTOMERS, "columns", Map.of("names", List.of("ID"))).message())
          .endsWith("missing [ID (did you mean 'id'?)]");
    }

    @Test
    void judgesTheSchemaOfAnEmptyDataset() {
      assertThat(evaluate(EMPTY, "columns", Map.of("names", List.of("id"))).status())
          .isEqualTo(PASSED);
    }
  }

  @Nested
  class ColumnExists {
    @Test
    void passesForAnExistingColumn() {
      ExpectationResult r = evaluate(CUSTOMERS, "columnExists", Map.of("column", "income"));
      assertThat(r.status()).isEqualTo(PASSED);
      assertThat(r.observedValue()).isEqualTo(true);
      assertThat(r.message()).isEqualTo("column 'income' exists");
    }

    @Test
    void missingColumnIsAFailureNotAnError() {
      ExpectationResult r = evaluate(CUSTOMERS, "columnExists", Map.of("column", "Income"));
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat(r.observedValue()).isEqualTo(false);
      assertThat(r.message())
          .isEqualTo(
              "column 'Income' does not exist; did you mean 'income'?;"
                  + " columns: [id, segment, income, signup]");
    }

    @Test
    void judgesTheSchemaOfAnEmptyDataset() {
      assertThat(evaluate(EMPTY, "columnExists", Map.of("column", "id")).status())
          .isEqualTo(PASSED);
    }
  }

  @Nested
  class ColumnTypeEntry {
    @Test
    void passesForEachLogicalType() {
      InMemoryTable all =
          Dataset.table("types")
              .column("b", ColumnType.BOOLEAN)
              .column("i", ColumnType.INTEGER)
              .column("d", ColumnType.DECIMAL)
              .column("s", ColumnType.STRING)
              .column("day", ColumnType.DATE)
              .column("ts", ColumnType.TIMESTAMP)
              .build();
      Map<String, String> expected =
          Map.of(
              "b",
              "boolean",
              "i",
              "integer",
              "d",
              "decimal",
              "s",
              "string",
              "day",
              "date",
              "ts",
              "timestamp");
      expected.forEach(
          (column, type) -> {
            ExpectationResult r =
                evaluate(all, "columnType", Map.of("column", column, "type", type));
            assertThat(r.status()).as(column).isEqualTo(PASSED);
            assertThat(r.observedValue()).isEqualTo(type);
          });
    }

    @Test
    void failsNamingTheActualAndNativeType() {
      ExpectationResult r =
          evaluate(CUSTOMERS, "columnType", Map.of("column", "income", "type", "integer"));
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat(r.observedValue()).isEqualTo("decimal");
      assertThat(r.message()).isEqualTo("column 'income' is decimal (DOUBLE), expected integer");
    }

    @Test
    void readsTypesInferredFromCsv(@TempDir Path dir) throws IOException {
      Path csv = dir.resolve("typed.csv");
      Files.writeString(
          csv, "id,score,day,at,name\n1,0.5,2024-01-02,2024-01-02 10:00:00,ann\n2,1.5,,,\n");
      Map<String, String> expected =
          Map.of(
              "id",
              "integer",
              "score",
              "decimal",
              "day",
              "date",
              "at",
              "timestamp",
              "name",
              "string");
      expected.forEach(
          (column, type) ->
              assertThat(
                      evaluate(
                              Dataset.csv(csv),
                              "columnType",
                              Map.of("column", column, "type", type))
                          .message())
                  .startsWith("column '%s' is %s (".formatted(column, type)));
    }

    @Test
    void unknownColumnIsAnError() {
      ExpectationResult r =
          evaluate(CUSTOMERS, "columnType", Map.of("column", "signupp", "type", "date"));
      assertThat(r.status()).isEqualTo(ERROR);
      assertThat(r.observedValue()).isNull();
      assertThat(r.message())
          .isEqualTo(
              "unknown column 'signupp' in columnType[signupp]; did you mean 'signup'?;"
                  + " columns: id, segment, income, signup");
    }
  }

  @Nested
  class NotNull {
    @Test
    void passesWithoutNulls() {
      ExpectationResult r = evaluate(CUSTOMERS, "notNull", Map.of("column", "id"));
      assertThat(r.status()).isEqualTo(PASSED);
      assertThat(r.counts()).isEqualTo(new Counts(4, 0, 0));
      assertThat(r.observedValue()).isEqualTo(0.0);
      assertThat(r.mostly()).isEqualTo(1.0);
      assertThat(r.message()).isEqualTo("id: 0% of 4 rows are null (mostly 1 allows none)");
    }

    @Test
    void failsOnANullAndShowsItsRowAndKey() {
      ExpectationResult r =
          evaluate(CUSTOMERS, "notNull", Map.of("column", "segment", "keyColumns", "id"));
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat(r.counts()).isEqualTo(new Counts(4, 0, 1));
      assertThat(r.observedValue()).isEqualTo(0.25);
      assertThat(r.samples()).containsExactly(new ValueSample("null", 1, 4, "id=4"));
      assertThat(r.message())
          .isEqualTo("segment: 25% of 4 rows are null (mostly 1 allows none); e.g. null (id=4)");
    }

    @Test
    void mostlyIsTakenOverAllRowsAtTheExactBoundary() {
      InMemoryTable fiveNulls = generated("x", ColumnType.INTEGER, 100, i -> i < 5 ? null : i);
      InMemoryTable sixNulls = generated("x", ColumnType.INTEGER, 100, i -> i < 6 ? null : i);
      ExpectationResult pass =
          evaluate(fiveNulls, "notNull", Map.of("column", "x", "mostly", 0.95));
      assertThat(pass.status()).isEqualTo(PASSED);
      assertThat(pass.counts()).isEqualTo(new Counts(100, 0, 5));
      ExpectationResult fail = evaluate(sixNulls, "notNull", Map.of("column", "x", "mostly", 0.95));
      assertThat(fail.status()).isEqualTo(FAILED);
      assertThat(fail.message())
          .startsWith(
              "x: 6% of 100 rows are null (mostly 0.95 allows 5%); e.g. null (6 rows, first row 1)");
    }

    @Test
    void nanIsNotNull() {
      InMemoryTable nan = Evaluations.column("x", ColumnType.DECIMAL, Double.NaN, 1.0);
      assertThat(evaluate(nan, "notNull", Map.of("column", "x")).status()).isEqualTo(PASSED);
    }

    @Test
    void whereRestrictsTheRowsJudged() {
      ExpectationResult r =
          evaluate(CUSTOMERS, "notNull", Map.of("column", "segment", "where", "id <= 3"));
      assertThat(r.status()).isEqualTo(PASSED);
      assertThat(r.counts()).isEqualTo(new Counts(3, 0, 0));
    }

    @Test
    void emptyDatasetFailsUnlessAllowed() {
      ExpectationResult strict = evaluate(EMPTY, "notNull", Map.of("column", "id"));
      assertThat(strict.status()).isEqualTo(FAILED);
      assertThat(strict.message())
          .isEqualTo(
              "dataset 'empty' has no rows, so notNull[id] cannot be judged"
                  + " (set 'allowEmpty: true' on the suite if empty data is valid)");
      ExpectationResult allowed = evaluateAllowingEmpty(EMPTY, "notNull", Map.of("column", "id"));
      assertThat(allowed.status()).isEqualTo(PASSED);
      assertThat(allowed.counts()).isEqualTo(new Counts(0, 0, 0));
      assertThat(allowed.message()).isEqualTo("id: no rows to check (0 rows considered)");
    }

    @Test
    void unknownColumnIsAnError() {
      ExpectationResult r = evaluate(CUSTOMERS, "notNull", Map.of("column", "segmnet"));
      assertThat(r.status()).isEqualTo(ERROR);
      assertThat(r.message())
          .isEqualTo(
              "unknown column 'segmnet' in notNull[segmnet]; did you mean 'segment'?;"
                  + " columns: id, segment, income, signup");
    }

    @Test
    void unknownKeyColumnIsAnError() {
      ExpectationResult r =
          evaluate(CUSTOMERS, "notNull", Map.of("column", "segment", "keyColumns", "ident"));
      assertThat(r.status()).isEqualTo(ERROR);
      assertThat(r.message()).startsWith("unknown column 'ident' in notNull[segment]");
    }
  }

  @Nested
  class NullRatio {
    @Test
    void observesNullsOverAllRows() {
      ExpectationResult r =
          evaluate(CUSTOMERS, "nullRatio", Map.of("column", "income", "max", 0.25));
      assertThat(r.status()).isEqualTo(PASSED);
      assertThat(r.observedValue()).isEqualTo(0.25);
      assertThat(r.counts()).isNull();
      assertThat(r.message()).isEqualTo("null ratio of income is 0.25 (expected ≤ 0.25)");
    }

    @Test
    void failsAboveMaxOrBelowMin() {
      assertThat(evaluate(CUSTOMERS, "nullRatio", Map.of("column", "income", "max", 0.2)).message())
          .isEqualTo("null ratio of income is 0.25 (expected ≤ 0.2)");
      ExpectationResult r = evaluate(CUSTOMERS, "nullRatio", Map.of("column", "id", "min", 0.1));
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat(r.observedValue()).isEqualTo(0.0);
    }

    @Test
    void whereChangesTheDenominator() {
      ExpectationResult r =
          evaluate(
              CUSTOMERS, "nullRatio", Map.of("column", "income", "max", 0.4, "where", "id <= 2"));
      assertThat(r.observedValue()).isEqualTo(0.5);
      assertThat(r.status()).isEqualTo(FAILED);
    }

    @Test
    void emptyDatasetHasNoRatioEvenWhenAllowed() {
      assertThat(evaluate(EMPTY, "nullRatio", Map.of("column", "id", "max", 0.1)).message())
          .startsWith("dataset 'empty' has no rows, so nullRatio[id] cannot be judged");
      ExpectationResult allowed =
          evaluateAllowingEmpty(EMPTY, "nullRatio", Map.of("column", "id", "max", 0.1));
      assertThat(allowed.status()).isEqualTo(FAILED);
      assertThat(allowed.message())
          .isEqualTo("null ratio of id: there is nothing to measure (no rows)");
    }

    @Test
    void unknownColumnIsAnError() {
      ExpectationResult r = evaluate(CUSTOMERS, "nullRatio", Map.of("column", "incme", "max", 0.1));
      assertThat(r.status()).isEqualTo(ERROR);
      assertThat(r.message()).contains("unknown column 'incme'").contains("did you mean 'income'?");
    }
  }
}
