package dev.mltest.assertions;

import static dev.mltest.assertions.MlAssertions.assertThat;
import static dev.mltest.assertions.MlAssertions.mostly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mltest.data.ColumnType;
import dev.mltest.data.DataAccessException;
import dev.mltest.data.Dataset;
import dev.mltest.data.InMemoryTable;
import dev.mltest.expect.InvalidExpectationException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;

class DatasetAssertTest {
  static final InMemoryTable CUSTOMERS =
      Dataset.table("customers")
          .column("id", ColumnType.INTEGER)
          .column("segment", ColumnType.STRING)
          .column("income", ColumnType.DECIMAL)
          .row(1, "retail", 100.0)
          .row(2, "retail", null)
          .row(3, "business", 300.0)
          .row(3, "business", 300.0)
          .build();

  static final InMemoryTable EMPTY =
      Dataset.table("empty").column("id", ColumnType.INTEGER).build();

  @Test
  void passingAssertionsChainOnTheSameObject() {
    DatasetAssert start = assertThat(CUSTOMERS);
    DatasetAssert end =
        start
            .hasRowCount(4)
            .hasRowCountBetween(1, 10)
            .isNotEmpty()
            .hasColumns("income", "id")
            .hasExactlyColumns("id", "segment", "income")
            .allRowsSatisfy("id > 0");
    assertThat(end).isSameAs(start);
  }

  @Test
  void rowCountFailureCarriesExpectedAndActual() {
    AssertionFailedError e =
        catchThrowableOfType(
            AssertionFailedError.class, () -> assertThat(CUSTOMERS).hasRowCount(5));
    assertThat(e).hasMessage("dataset 'customers': row count is 4 (expected [5, 5])");
    assertThat(e.getExpected().getEphemeralValue()).isEqualTo(5L);
    assertThat(e.getActual().getEphemeralValue()).isEqualTo(4L);
    AssertionFailedError between =
        catchThrowableOfType(
            AssertionFailedError.class, () -> assertThat(CUSTOMERS).hasRowCountBetween(5, 10));
    assertThat(between.getExpected().getEphemeralValue()).isEqualTo("[5, 10]");
  }

  @Test
  void emptyDataset() {
    assertThatThrownBy(() -> assertThat(EMPTY).isNotEmpty())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage("dataset 'empty': row count is 0 (expected ≥ 1)");
    assertThat(EMPTY).hasRowCount(0).hasColumns("id");
    assertThatThrownBy(() -> assertThat(EMPTY).column("id").isNotNull())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            "dataset 'empty': dataset 'empty' has no rows, so notNull[id] cannot be judged"
                + " (set 'allowEmpty: true' on the suite if empty data is valid)");
    assertThat(EMPTY).allowingEmpty().column("id").isNotNull().isUnique();
  }

  @Test
  void columnsFailureComparesTheNames() {
    AssertionFailedError e =
        catchThrowableOfType(
            AssertionFailedError.class, () -> assertThat(CUSTOMERS).hasColumns("id", "incme"));
    assertThat(e)
        .hasMessage(
            "dataset 'customers': columns [id, segment, income] do not match [id, incme]:"
                + " missing [incme (did you mean 'income'?)]");
    assertThat(e.getExpected().getEphemeralValue()).isEqualTo(List.of("id", "incme"));
    assertThat(e.getActual().getEphemeralValue()).isEqualTo(List.of("id", "segment", "income"));
    assertThatThrownBy(() -> assertThat(CUSTOMERS).hasExactlyColumns("id", "income"))
        .hasMessageEndingWith("unexpected [segment]");
  }

  @Test
  void duplicatesAndPrimaryKeys() {
    assertThatThrownBy(() -> assertThat(CUSTOMERS).hasNoDuplicateRows())
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            "dataset 'customers': all columns: 1 surplus duplicate rows in 1 duplicated groups,"
                + " of 4 rows (at most 0 allowed); e.g. id=3, segment='business', income=300.0"
                + " (2 rows, first row 3)");
    assertThatThrownBy(() -> assertThat(CUSTOMERS).hasPrimaryKey("id"))
        .hasMessageStartingWith(
            "dataset 'customers': id: 0 rows have a null key and 2 rows share 1 duplicated keys");
    assertThat(CUSTOMERS).where("id < 3").hasPrimaryKey("id").hasNoDuplicateRows();
  }

  @Test
  void rowPredicateWithAndWithoutMostly() {
    assertThatThrownBy(() -> assertThat(CUSTOMERS).allRowsSatisfy("income > 150"))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith(
            "dataset 'customers': rowPredicate: 50% of 4 rows break `income > 150` (mostly 1"
                + " allows none); e.g.");
    assertThat(CUSTOMERS).allRowsSatisfy("income > 150", mostly(0.5));
  }

  @Test
  void whereAppliesToTheRestOfTheChainAndNarrows() {
    assertThat(CUSTOMERS).where("segment = 'retail'").hasRowCount(2).where("id = 1").hasRowCount(1);
    assertThatThrownBy(() -> assertThat(CUSTOMERS).where("segment = 'retail'").hasRowCount(3))
        .hasMessage(
            "dataset 'customers' where segment = 'retail': row count is 2 (expected [3, 3])");
    // A where of the assertion itself is combined with the chain's.
    assertThat(CUSTOMERS)
        .where("segment = 'business'")
        .satisfies("rowCount", Map.of("min", 2, "max", 2, "where", "id = 3"))
        .satisfies("rowCount", Map.of("max", 0, "where", "id = 1"));
  }

  @Test
  void satisfiesRunsAnyCatalogEntry() {
    assertThat(CUSTOMERS)
        .satisfies("matchesRegex", Map.of("column", "segment", "regex", "^[a-z]+$"))
        .satisfies("distinctCount", Map.of("column", "segment", "min", 2, "max", 2));
    assertThatThrownBy(
            () ->
                assertThat(CUSTOMERS)
                    .satisfies("inSet", Map.of("column", "segment", "values", List.of("retail"))))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            "dataset 'customers': segment: 50% of 4 non-null values are not in ['retail']"
                + " (mostly 1 allows none); e.g. 'business' (2 rows, first row 3)");
  }

  @Test
  void wrongParametersAreRejectedBeforeReadingData() {
    assertThatThrownBy(() -> assertThat(CUSTOMERS).satisfies("notNul", Map.of("column", "id")))
        .isInstanceOf(InvalidExpectationException.class)
        .hasMessage("'expect': unknown expectation 'notNul'; did you mean 'notNull'?");
  }

  @Test
  void aCheckThatCannotRunIsNotAnAssertionFailure() {
    DataCheckException unknown =
        catchThrowableOfType(
            DataCheckException.class, () -> assertThat(CUSTOMERS).column("incme").isNotNull());
    assertThat(unknown)
        .isNotInstanceOf(AssertionError.class)
        .hasMessage(
            "cannot check dataset 'customers': unknown column 'incme' in notNull[incme];"
                + " did you mean 'income'?; columns: id, segment, income");
    assertThatThrownBy(() -> assertThat(CUSTOMERS).where("segmnt = 'x'").hasRowCount(1))
        .isInstanceOf(DataCheckException.class)
        .hasMessageStartingWith("cannot check dataset 'customers' where segmnt = 'x': ")
        .hasMessageContaining("segmnt");
    assertThatThrownBy(() -> assertThat(CUSTOMERS).column("segment").hasValuesBetween(0, 1))
        .isInstanceOf(DataCheckException.class)
        .hasMessageEndingWith(
            "'between' needs a numeric, date or timestamp column, but 'segment' is string"
                + " (VARCHAR)");
  }

  @Test
  void unreadableDataIsADataAccessException(@TempDir Path dir) {
    assertThatThrownBy(() -> assertThat(Dataset.csv(dir.resolve("missing.csv"))).hasRowCount(1))
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("missing.csv");
  }

  @Test
  void descriptionAndOverridingMessage() {
    assertThatThrownBy(() -> assertThat(CUSTOMERS).as("raw customers").hasRowCount(1))
        .hasMessage("[raw customers] dataset 'customers': row count is 4 (expected [1, 1])");
    assertThatThrownBy(
            () -> assertThat(CUSTOMERS).as("raw").column("income").hasValuesBetween(0, 100))
        .hasMessageStartingWith("[raw] dataset 'customers': income: ");
    assertThatThrownBy(() -> assertThat(CUSTOMERS).withFailMessage("too few").hasRowCount(9))
        .hasMessage("too few");
  }

  @Test
  void warningsDoNotFail() {
    assertThat(CUSTOMERS).satisfies("rowCount", Map.of("min", 100, "severity", "warn"));
  }

  @Test
  void readsFiles(@TempDir Path dir) throws IOException {
    Path csv = dir.resolve("customers.csv");
    StringBuilder text = new StringBuilder("id,income,segment\n");
    for (int i = 1; i <= 40; i++) {
      text.append(i).append(',').append(i == 7 ? "" : i * 1000).append(",a\n");
    }
    Files.writeString(csv, text);
    assertThat(Dataset.csv(csv))
        .hasRowCountBetween(1, 100)
        .hasColumns("id", "income")
        .column("income")
        .hasNullRatioAtMost(0.05)
        .hasValuesBetween(0, 1e7);
    AssertionFailedError e =
        catchThrowableOfType(
            AssertionFailedError.class,
            () -> assertThat(Dataset.csv(csv)).column("income").hasNullRatioAtMost(0.01));
    assertThat(e)
        .hasMessage("dataset 'customers.csv': null ratio of income is 0.025 (expected ≤ 0.01)");
    assertThat(e.getExpected().getEphemeralValue()).isEqualTo("≤ 0.01");
    assertThat(e.getActual().getEphemeralValue()).isEqualTo(0.025);
  }
}
