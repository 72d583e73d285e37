package dev.mltest.expect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluatorSmokeTest {
  @TempDir Path dir;

  @Test
  void evaluatesASuiteAndExplainsFailures() throws IOException {
    StringBuilder csv = new StringBuilder("id,income,segment\n");
    for (int i = 1; i <= 100; i++) {
      double income = i == 17 ? -10 : (i == 80 ? 2.3e9 : i * 1000);
      csv.append(i)
          .append(',')
          .append(income)
          .append(',')
          .append(i % 2 == 0 ? "retail" : "biz")
          .append('\n');
    }
    Path file = dir.resolve("c.csv");
    Files.writeString(file, csv);
    List<ExpectationSpec> specs =
        List.of(
            ExpectationSpec.of("rowCount", Map.of("min", 10)),
            ExpectationSpec.of(
                "between", Map.of("column", "income", "min", 0, "max", 1e7, "mostly", 0.99)),
            ExpectationSpec.of(
                "inSet", Map.of("column", "segment", "values", List.of("retail", "biz"))),
            ExpectationSpec.of("notNull", Map.of("column", "incme")),
            ExpectationSpec.of("unique", Map.of("columns", "id")));
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable table = backend.open(Dataset.csv(file))) {
      List<ExpectationResult> results = Evaluator.evaluate(table, specs, false);
      assertThat(results)
          .extracting(ExpectationResult::status)
          .containsExactly(
              ExpectationResult.Status.PASSED,
              ExpectationResult.Status.FAILED,
              ExpectationResult.Status.PASSED,
              ExpectationResult.Status.ERROR,
              ExpectationResult.Status.PASSED);
      assertThat(results.get(1).message())
          .isEqualTo(
              "income: 2% of 100 non-null values are outside [0, 1e7] (mostly 0.99 allows 1%); e.g. -10 (row 17), 2.3e9 (row 80)");
      assertThat(results.get(3).message())
          .contains("unknown column 'incme'")
          .contains("did you mean 'income'?");
    }
  }

  @Test
  void emptyFileReportsNoRowsRatherThanItsGuessedColumnTypes() throws IOException {
    Path file = dir.resolve("empty.csv");
    Files.writeString(file, "id,income\n");
    List<ExpectationSpec> specs =
        List.of(ExpectationSpec.of("between", Map.of("column", "income", "min", 0)));
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable table = backend.open(Dataset.csv(file))) {
      ExpectationResult notAllowed = Evaluator.evaluate(table, specs, false).get(0);
      ExpectationResult allowed = Evaluator.evaluate(table, specs, true).get(0);

      assertThat(notAllowed.status()).isEqualTo(ExpectationResult.Status.FAILED);
      assertThat(notAllowed.message()).startsWith("dataset 'empty.csv' has no rows");
      assertThat(allowed.status()).isEqualTo(ExpectationResult.Status.ERROR);
      assertThat(allowed.message())
          .endsWith(
              "but 'income' is string (VARCHAR) (the dataset has no rows to infer column"
                  + " types from); DuckDB's CSV reader detected VARCHAR for 'income'; to read it"
                  + " as another type, set it in the dataset's options, e.g. options: {types:"
                  + " {income: DOUBLE}}");
    }
  }
}
