package dev.mltest.expect;

import static dev.mltest.expect.Evaluations.evaluate;
import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.data.Dataset;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The same suite judged on a Parquet and a JSON-lines file gives the same results. */
class FileDatasetExpectationsTest {
  private static final String ROWS =
      "SELECT * FROM (VALUES"
          + " (1, 'retail', 10.5, DATE '2024-01-02'),"
          + " (2, 'retail', NULL, DATE '2024-02-03'),"
          + " (3, 'business', 30.0, NULL),"
          + " (3, 'staff', -1.0, DATE '2025-06-30'))"
          + " t(id, segment, income, signup)";

  @TempDir Path dir;

  /** Parquet keeps the SQL types of the values; JSON lines are read back as BIGINT and DOUBLE. */
  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {"parquet | INTEGER | DECIMAL(3,1)", "jsonl | BIGINT | DOUBLE"})
  void judgesAFileOfEachFormat(String format, String idType, String incomeType)
      throws SQLException {
    Path file = dir.resolve("customers." + format);
    write(file, format.equals("parquet") ? "(FORMAT PARQUET)" : "(FORMAT JSON)");
    Dataset dataset = Dataset.file(file);
    List<ExpectationResult> results =
        evaluate(
            dataset,
            false,
            ExpectationSpec.of("rowCount", Map.of("min", 4, "max", 4)),
            ExpectationSpec.of("columnType", Map.of("column", "id", "type", "integer")),
            ExpectationSpec.of("columnType", Map.of("column", "income", "type", "decimal")),
            ExpectationSpec.of("columnType", Map.of("column", "signup", "type", "date")),
            ExpectationSpec.of("notNull", Map.of("column", "income")),
            ExpectationSpec.of("unique", Map.of("columns", "id")),
            ExpectationSpec.of("between", Map.of("column", "income", "min", 0)),
            ExpectationSpec.of(
                "between", Map.of("column", "signup", "min", "2024-01-01", "max", "2024-12-31")),
            ExpectationSpec.of(
                "inSet", Map.of("column", "segment", "values", List.of("retail", "business"))),
            ExpectationSpec.of(
                "meanBetween", Map.of("column", "income", "min", 13.1, "max", 13.2)));
    assertThat(results)
        .extracting(ExpectationResult::message)
        .containsExactly(
            "row count is 4 (expected [4, 4])",
            "column 'id' is integer (" + idType + "), expected integer",
            "column 'income' is decimal (" + incomeType + "), expected decimal",
            "column 'signup' is date (DATE), expected date",
            "income: 25% of 4 rows are null (mostly 1 allows none); e.g. null (row 2)",
            "id: 50% of 4 non-null values are not unique (1 duplicated values; mostly 1 allows none);"
                + " e.g. 3 (2 rows, first row 3)",
            "income: 33.3% of 3 non-null values are not ≥ 0 (mostly 1 allows none);"
                + " e.g. -1 (row 4)",
            "signup: 33.3% of 3 non-null values are outside ['2024-01-01', '2024-12-31']"
                + " (mostly 1 allows none); e.g. 2025-06-30 (row 4)",
            "segment: 25% of 4 non-null values are not in ['retail', 'business']"
                + " (mostly 1 allows none); e.g. 'staff' (row 4)",
            "mean of income is 13.1667 (expected [13.1, 13.2])");
  }

  private static void write(Path file, String options) throws SQLException {
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:");
        Statement statement = connection.createStatement()) {
      statement.execute(
          "COPY (" + ROWS + ") TO '" + file.toString().replace("'", "''") + "' " + options);
    }
  }
}
