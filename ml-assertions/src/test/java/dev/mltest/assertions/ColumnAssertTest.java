package dev.mltest.assertions;

import static dev.mltest.assertions.MlAssertions.assertThat;
import static dev.mltest.assertions.MlAssertions.mostly;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mltest.data.ColumnType;
import dev.mltest.data.ComparisonOperator;
import dev.mltest.data.Dataset;
import dev.mltest.data.InMemoryTable;
import dev.mltest.data.ValueFormat;
import dev.mltest.expect.InvalidExpectationException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;

class ColumnAssertTest {
  static final InMemoryTable PEOPLE =
      Dataset.table("people")
          .column("id", ColumnType.INTEGER)
          .column("email", ColumnType.STRING)
          .column("age", ColumnType.INTEGER)
          .column("seg", ColumnType.STRING)
          .column("joined", ColumnType.DATE)
          .column("left_on", ColumnType.DATE)
          .row(1, "ann@example.com", 34, "a", LocalDate.of(2024, 1, 10), LocalDate.of(2024, 3, 1))
          .row(2, "bob@example.com", 51, "b", LocalDate.of(2024, 2, 1), null)
          .row(3, "cid@example.org", 29, "a", LocalDate.of(2024, 2, 20), LocalDate.of(2024, 2, 21))
          .row(4, null, 40, "c", LocalDate.of(2024, 3, 5), LocalDate.of(2024, 3, 4))
          .build();

  /** 100 rows of which the first {@code bad} have x = 5, outside [0, 1]. */
  static InMemoryTable shares(int bad) {
    InMemoryTable.Builder b = Dataset.table("shares").column("x", ColumnType.DECIMAL);
    for (int i = 0; i < 100; i++) {
      b.row(i < bad ? 5.0 : i / 100.0);
    }
    return b.build();
  }

  @Test
  void passingChainsAcrossColumns() {
    ColumnAssert id = assertThat(PEOPLE).column("id");
    assertThat(id.exists().hasType(ColumnType.INTEGER).isNotNull().isUnique()).isSameAs(id);
    assertThat(PEOPLE)
        .column("age")
        .hasValuesBetween(18, 65)
        .hasMinBetween(18, null)
        .hasMaxBetween(null, 65)
        .hasMeanBetween(38, 39)
        .hasStdevBetween(9, 10)
        .hasQuantileBetween(0.5, 35, 38)
        .column("seg")
        .hasValuesIn("a", "b", "c")
        .hasValuesIn(List.of("a", "b", "c"))
        .hasNoValuesIn("", "n/a")
        .hasLengthBetween(1, 1)
        .matches("^[a-c]$")
        .hasDistinctCountBetween(3, 3)
        .hasDistinctValues("a", "b", "c")
        .hasDistinctValuesWithin("a", "b", "c", "d")
        .hasDistinctValuesIncluding("a")
        .column("email")
        .hasFormat(ValueFormat.EMAIL)
        .hasNullRatioAtMost(0.25)
        .isNotNull(mostly(0.75));
  }

  @Test
  void valuesBetweenFailureShowsOffendingValues() {
    assertThatThrownBy(() -> assertThat(PEOPLE).column("age").hasValuesBetween(30, 50))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessage(
            "dataset 'people': age: 50% of 4 non-null values are outside [30, 50]"
                + " (mostly 1 allows none); e.g. 51 (row 2), 29 (row 3)");
  }

  @Test
  void mostlyOverloadPassesAtTheExactShare() {
    assertThat(shares(5)).column("x").hasValuesBetween(0, 1, mostly(0.95));
    assertThatThrownBy(() -> assertThat(shares(6)).column("x").hasValuesBetween(0, 1, mostly(0.95)))
        .hasMessage(
            "dataset 'shares': x: 6% of 100 non-null values are outside [0, 1]"
                + " (mostly 0.95 allows 5%); e.g. 5 (6 rows, first row 1)");
    assertThatThrownBy(() -> mostly(1.5))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("mostly must be from 0 to 1, found 1.5");
  }

  @Test
  void datesAsBounds() {
    assertThat(PEOPLE)
        .column("joined")
        .hasValuesBetween(LocalDate.of(2024, 1, 1), "2024-12-31")
        .hasMaxBetween(null, LocalDate.of(2024, 3, 31));
    assertThatThrownBy(
            () -> assertThat(PEOPLE).column("joined").hasMinBetween(LocalDate.of(2024, 2, 1), null))
        .hasMessage("dataset 'people': minimum of joined is 2024-01-10 (expected ≥ 2024-02-01)");
  }

  @Test
  void aggregateFailuresCarryExpectedAndActual() {
    AssertionFailedError mean =
        catchThrowableOfType(
            AssertionFailedError.class,
            () -> assertThat(PEOPLE).column("age").hasMeanBetween(40, 50));
    assertThat(mean).hasMessage("dataset 'people': mean of age is 38.5 (expected [40, 50])");
    assertThat(mean.getExpected().getEphemeralValue()).isEqualTo("[40, 50]");
    assertThat(mean.getActual().getEphemeralValue()).isEqualTo(38.5);
    AssertionFailedError type =
        catchThrowableOfType(
            AssertionFailedError.class,
            () -> assertThat(PEOPLE).column("age").hasType(ColumnType.DECIMAL));
    assertThat(type.getExpected().getEphemeralValue()).isEqualTo("decimal");
    assertThat(type.getActual().getEphemeralValue()).isEqualTo("integer");
  }

  @Test
  void setsAndPatternsFail() {
    assertThatThrownBy(() -> assertThat(PEOPLE).column("seg").hasValuesIn("a", "b"))
        .hasMessageEndingWith("are not in ['a', 'b'] (mostly 1 allows none); e.g. 'c' (row 4)");
    assertThatThrownBy(() -> assertThat(PEOPLE).column("seg").hasDistinctValuesIncluding("d"))
        .hasMessage(
            "dataset 'people': seg: distinct values must be a superset of ['d']; missing ['d']");
    assertThatThrownBy(() -> assertThat(PEOPLE).column("email").matches("\\.com$"))
        .hasMessageEndingWith(
            "do not match /\\.com$/ (mostly 1 allows none); e.g. 'cid@example.org' (row 3)");
    assertThat(PEOPLE).column("email").matches("\\.com$", mostly(0.6));
    assertThatThrownBy(() -> assertThat(PEOPLE).column("email").isNotNull())
        .hasMessage(
            "dataset 'people': email: 25% of 4 rows are null (mostly 1 allows none);"
                + " e.g. null (row 4)");
    assertThatThrownBy(() -> assertThat(PEOPLE).column("seg").isUnique())
        .hasMessageStartingWith("dataset 'people': seg: 50% of 4 non-null values are not unique");
  }

  @Test
  void datePatternAndFormats() {
    InMemoryTable days =
        Dataset.table("d").column("d", ColumnType.STRING).row("31/01/2024").build();
    assertThat(days).column("d").hasDatePattern("%d/%m/%Y");
    assertThatThrownBy(() -> assertThat(days).column("d").hasFormat(ValueFormat.ISO_DATE))
        .hasMessageContaining("are not isoDate values");
    assertThatThrownBy(() -> assertThat(days).column("d").hasFormat(ValueFormat.DATE_PATTERN))
        .isInstanceOf(InvalidExpectationException.class)
        .hasMessage("'pattern': format datePattern needs 'pattern', e.g. pattern: \"%d/%m/%Y\"");
  }

  @Test
  void comparisonWithAnotherColumn() {
    assertThatThrownBy(
            () ->
                assertThat(PEOPLE)
                    .column("left_on")
                    .satisfiesComparison(ComparisonOperator.GE, "joined"))
        .hasMessage(
            "dataset 'people': left_on, joined: 33.3% of 3 non-null values break left_on >="
                + " joined (mostly 1 allows none); e.g. left_on=2024-03-04, joined=2024-03-05"
                + " (row 4)");
    assertThat(PEOPLE)
        .where("id < 4")
        .column("left_on")
        .satisfiesComparison(ComparisonOperator.GT, "joined");
  }

  @Test
  void satisfiesFillsInTheColumn() {
    assertThat(PEOPLE)
        .column("email")
        .satisfies("format", Map.of("format", "email", "mostly", 0.9))
        .column("id")
        .satisfies("unique", Map.of())
        .satisfies("primaryKey", Map.of());
    assertThatThrownBy(
            () -> assertThat(PEOPLE).column("seg").satisfies("lengthBetween", Map.of("min", 2)))
        .isInstanceOf(AssertionFailedError.class)
        .hasMessageStartingWith("dataset 'people': seg: 100% of 4 non-null values have a length");
  }

  @Test
  void boundsNeedAtLeastOneEnd() {
    assertThatThrownBy(() -> assertThat(PEOPLE).column("age").hasValuesBetween(null, null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("give a lower bound, an upper bound or both");
  }

  @Test
  void nullInAValueListIsAParameterError() {
    assertThatThrownBy(() -> assertThat(PEOPLE).column("seg").hasValuesIn("a", null))
        .isInstanceOf(InvalidExpectationException.class)
        .hasMessage("'values': a value list cannot hold null; nulls are never in a set");
  }
}
