package dev.mltest.expect;

import static dev.mltest.expect.Evaluations.column;
import static dev.mltest.expect.Evaluations.evaluate;
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
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Semantics of the per-row value entries: ranges, lengths, sets, patterns, formats. */
class ValueExpectationsTest {

  @Nested
  class Between {
    final InMemoryTable scores = column("x", ColumnType.DECIMAL, 1.0, 5.0, 10.0, null, 11.0);

    @Test
    void boundsAreInclusiveAndNullsAreNotJudged() {
      ExpectationResult r = evaluate(scores, "between", Map.of("column", "x", "min", 1, "max", 10));
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat(r.counts()).isEqualTo(new Counts(5, 1, 1));
      assertThat(r.observedValue()).isEqualTo(0.25);
      assertThat(r.mostly()).isEqualTo(1.0);
      assertThat(r.samples()).containsExactly(new ValueSample("11.0", 1, 5, null));
      assertThat(r.message())
          .isEqualTo(
              "x: 25% of 4 non-null values are outside [1, 10] (mostly 1 allows none);"
                  + " e.g. 11 (row 5)");
      assertThat(evaluate(scores, "between", Map.of("column", "x", "min", 1, "max", 11)).status())
          .isEqualTo(PASSED);
    }

    @Test
    void strictBoundsExcludeTheEnds() {
      ExpectationResult r =
          evaluate(
              scores,
              "between",
              Map.of("column", "x", "min", 1, "max", 11, "strictMin", true, "strictMax", true));
      assertThat(r.counts()).isEqualTo(new Counts(5, 1, 2));
      assertThat(r.message()).startsWith("x: 50% of 4 non-null values are outside (1, 11) ");
    }

    @Test
    void oneSidedBounds() {
      assertThat(evaluate(scores, "between", Map.of("column", "x", "min", 5)).message())
          .startsWith("x: 25% of 4 non-null values are not ≥ 5 ");
      assertThat(
              evaluate(scores, "between", Map.of("column", "x", "max", 5, "strictMax", true))
                  .message())
          .startsWith("x: 75% of 4 non-null values are not < 5 ");
    }

    @Test
    void nanFailsAnyBound() {
      InMemoryTable nan = column("x", ColumnType.DECIMAL, 1.0, Double.NaN);
      for (Map<String, Object> bounds :
          List.<Map<String, Object>>of(
              Map.of("column", "x", "min", 0),
              Map.of("column", "x", "max", 10),
              Map.of("column", "x", "min", 0, "max", 10))) {
        ExpectationResult r = evaluate(nan, "between", bounds);
        assertThat(r.counts()).as(bounds.toString()).isEqualTo(new Counts(2, 0, 1));
        assertThat(r.samples()).containsExactly(new ValueSample("nan", 1, 2, null));
      }
    }

    @Test
    void nanReadFromCsvFails(@TempDir Path dir) throws IOException {
      Path csv = dir.resolve("x.csv");
      Files.writeString(csv, "x\n0.5\nnan\n\n2.5\n");
      ExpectationResult r = evaluate(Dataset.csv(csv), "between", Map.of("column", "x", "min", 0));
      assertThat(r.counts()).isEqualTo(new Counts(4, 1, 1));
    }

    @Test
    void datesCompareAsDates() {
      InMemoryTable days =
          column(
              "d",
              ColumnType.DATE,
              LocalDate.of(2024, 1, 1),
              LocalDate.of(2024, 12, 31),
              LocalDate.of(2025, 1, 1),
              null);
      ExpectationResult r =
          evaluate(
              days, "between", Map.of("column", "d", "min", "2024-01-01", "max", "2024-12-31"));
      assertThat(r.counts()).isEqualTo(new Counts(4, 1, 1));
      assertThat(r.samples()).containsExactly(new ValueSample("2025-01-01", 1, 3, null));
      assertThat(r.message())
          .isEqualTo(
              "d: 33.3% of 3 non-null values are outside ['2024-01-01', '2024-12-31']"
                  + " (mostly 1 allows none); e.g. 2025-01-01 (row 3)");
      ExpectationResult javaDates =
          evaluate(
              days,
              "between",
              Map.of(
                  "column",
                  "d",
                  "min",
                  LocalDate.of(2024, 1, 1),
                  "max",
                  LocalDate.of(2024, 12, 31)));
      assertThat(javaDates.counts()).isEqualTo(r.counts());
      assertThat(javaDates.message())
          .startsWith("d: 33.3% of 3 non-null values are outside [2024-01-01, 2024-12-31] ");
    }

    @Test
    void timestampsCompareAsTimestamps() {
      InMemoryTable times =
          column(
              "t",
              ColumnType.TIMESTAMP,
              LocalDateTime.of(2024, 1, 1, 0, 0),
              LocalDateTime.of(2024, 1, 1, 23, 59, 59),
              LocalDateTime.of(2024, 1, 2, 0, 0, 1));
      ExpectationResult dayOnly =
          evaluate(times, "between", Map.of("column", "t", "max", "2024-01-02"));
      assertThat(dayOnly.counts()).isEqualTo(new Counts(3, 0, 1));
      assertThat(dayOnly.samples())
          .containsExactly(new ValueSample("2024-01-02 00:00:01", 1, 3, null));
      ExpectationResult withTime =
          evaluate(
              times,
              "between",
              Map.of(
                  "column",
                  "t",
                  "min",
                  "2024-01-01 12:00:00",
                  "max",
                  LocalDateTime.of(2024, 1, 3, 0, 0)));
      assertThat(withTime.counts()).isEqualTo(new Counts(3, 0, 1));
      assertThat(withTime.samples())
          .containsExactly(new ValueSample("2024-01-01 00:00:00", 1, 1, null));
    }

    @Test
    void whereRestrictsTheRowsJudged() {
      ExpectationResult r =
          evaluate(
              scores, "between", Map.of("column", "x", "min", 1, "max", 10, "where", "x < 11"));
      assertThat(r.status()).isEqualTo(PASSED);
      assertThat(r.counts()).isEqualTo(new Counts(3, 0, 0));
    }

    @Test
    void stringColumnIsAnError() {
      InMemoryTable names = column("name", ColumnType.STRING, "ann");
      ExpectationResult r = evaluate(names, "between", Map.of("column", "name", "min", 0));
      assertThat(r.status()).isEqualTo(ERROR);
      assertThat(r.message())
          .isEqualTo(
              "'between' needs a numeric, date or timestamp column, but 'name' is string (VARCHAR)");
    }

    @Test
    void boundOfTheWrongTypeIsAnError() {
      InMemoryTable days = column("d", ColumnType.DATE, LocalDate.of(2024, 1, 1));
      ExpectationResult number = evaluate(days, "between", Map.of("column", "d", "min", 5));
      assertThat(number.status()).isEqualTo(ERROR);
      assertThat(number.message())
          .isEqualTo(
              "'min' is compared with column 'd' of type date (DATE), so it must be an ISO date"
                  + " such as 2024-01-31; found 5");
      ExpectationResult text = evaluate(scores, "between", Map.of("column", "x", "max", "ten"));
      assertThat(text.message())
          .isEqualTo(
              "'max' is compared with column 'x' of type decimal (DOUBLE), so it must be a number;"
                  + " found 'ten'");
    }
  }

  @Nested
  class LengthBetween {
    final InMemoryTable codes = column("code", ColumnType.STRING, "ab", "abc", "abcd", null, "");

    @Test
    void judgesLengthsOfNonNullValues() {
      ExpectationResult r =
          evaluate(codes, "lengthBetween", Map.of("column", "code", "min", 2, "max", 3));
      assertThat(r.counts()).isEqualTo(new Counts(5, 1, 2));
      assertThat(r.samples())
          .containsExactly(
              new ValueSample("'abcd'", 1, 3, null), new ValueSample("''", 1, 5, null));
      assertThat(r.message())
          .isEqualTo(
              "code: 50% of 4 non-null values have a length outside [2, 3] (mostly 1 allows none);"
                  + " e.g. 'abcd' (row 3), '' (row 5)");
    }

    @Test
    void exactLengthAndOneSidedBounds() {
      assertThat(
              evaluate(codes, "lengthBetween", Map.of("column", "code", "min", 2, "max", 2))
                  .counts())
          .isEqualTo(new Counts(5, 1, 3));
      assertThat(evaluate(codes, "lengthBetween", Map.of("column", "code", "min", 1)).counts())
          .isEqualTo(new Counts(5, 1, 1));
    }

    @Test
    void nonStringColumnsAreRefusedNamingTheirType() {
      InMemoryTable zips = column("zip", ColumnType.INTEGER, 12345, 1234, 123456);
      ExpectationResult r =
          evaluate(zips, "lengthBetween", Map.of("column", "zip", "min", 5, "max", 5));
      assertThat(r.status()).isEqualTo(ERROR);
      assertThat(r.message())
          .isEqualTo("'lengthBetween' needs a string column, but 'zip' is integer (BIGINT)");
    }

    @Test
    void whereRestrictsTheRowsJudged() {
      assertThat(
              evaluate(
                      codes,
                      "lengthBetween",
                      Map.of("column", "code", "max", 3, "where", "code <> 'abcd'"))
                  .status())
          .isEqualTo(PASSED);
    }
  }

  @Nested
  class InSet {
    final InMemoryTable segments = column("seg", ColumnType.STRING, "a", "b", "c", null, "c");

    @Test
    void valuesOutsideTheSetFailAndNullsAreNotJudged() {
      ExpectationResult r =
          evaluate(segments, "inSet", Map.of("column", "seg", "values", List.of("a", "b")));
      assertThat(r.status()).isEqualTo(FAILED);
      assertThat(r.counts()).isEqualTo(new Counts(5, 1, 2));
      assertThat(r.samples()).containsExactly(new ValueSample("'c'", 2, 3, null));
      assertThat(r.message())
          .isEqualTo(
              "seg: 50% of 4 non-null values are not in ['a', 'b'] (mostly 1 allows none);"
                  + " e.g. 'c' (2 rows, first row 3)");
    }

    @Test
    void comparisonIsExactAndCaseSensitive() {
      assertThat(
              evaluate(segments, "inSet", Map.of("column", "seg", "values", List.of("A", "b", "c")))
                  .counts())
          .isEqualTo(new Counts(5, 1, 1));
    }

    @Test
    void numbersDatesAndBooleansAreConvertedToTheColumnType() {
      InMemoryTable numbers = column("n", ColumnType.DECIMAL, 1.0, 2.5, 3.0);
      assertThat(
              evaluate(numbers, "inSet", Map.of("column", "n", "values", List.of(1, 2.5))).counts())
          .isEqualTo(new Counts(3, 0, 1));
      InMemoryTable days =
          column("d", ColumnType.DATE, LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 2));
      assertThat(
              evaluate(days, "inSet", Map.of("column", "d", "values", List.of("2024-01-01")))
                  .samples())
          .containsExactly(new ValueSample("2024-01-02", 1, 2, null));
      InMemoryTable flags = column("f", ColumnType.BOOLEAN, true, false, true);
      assertThat(evaluate(flags, "inSet", Map.of("column", "f", "values", List.of(true))).counts())
          .isEqualTo(new Counts(3, 0, 1));
    }

    @Test
    void valueThatCannotBeConvertedIsAnError() {
      InMemoryTable numbers = column("n", ColumnType.INTEGER, 1);
      ExpectationResult r =
          evaluate(numbers, "inSet", Map.of("column", "n", "values", List.of(1, "two")));
      assertThat(r.status()).isEqualTo(ERROR);
      assertThat(r.message())
          .isEqualTo(
              "'values' is compared with column 'n' of type integer (BIGINT), so it must be a"
                  + " number; found 'two'");
    }

    @Test
    void whereRestrictsTheRowsJudged() {
      assertThat(
              evaluate(
                      segments,
                      "inSet",
                      Map.of("column", "seg", "values", List.of("a", "b"), "where", "seg < 'c'"))
                  .status())
          .isEqualTo(PASSED);
    }
  }

  @Nested
  class NotInSet {
    final InMemoryTable countries = column("c", ColumnType.STRING, "FR", "", "N/A", null, "DE");

    @Test
    void forbiddenValuesFail() {
      ExpectationResult r =
          evaluate(countries, "notInSet", Map.of("column", "c", "values", List.of("", "N/A")));
      assertThat(r.counts()).isEqualTo(new Counts(5, 1, 2));
      assertThat(r.message())
          .isEqualTo(
              "c: 50% of 4 non-null values are in ['', 'N/A'] (mostly 1 allows none);"
                  + " e.g. '' (row 2), 'N/A' (row 3)");
    }

    @Test
    void passesWhenNoValueIsForbidden() {
      ExpectationResult r =
          evaluate(countries, "notInSet", Map.of("column", "c", "values", List.of("??")));
      assertThat(r.status()).isEqualTo(PASSED);
      assertThat(r.counts()).isEqualTo(new Counts(5, 1, 0));
    }

    @Test
    void numbersAreConverted() {
      InMemoryTable codes = column("n", ColumnType.INTEGER, -1, 0, 7);
      assertThat(
              evaluate(codes, "notInSet", Map.of("column", "n", "values", List.of(-1, 0))).counts())
          .isEqualTo(new Counts(3, 0, 2));
    }

    @Test
    void whereRestrictsTheRowsJudged() {
      assertThat(
              evaluate(
                      countries,
                      "notInSet",
                      Map.of("column", "c", "values", List.of("", "N/A"), "where", "length(c) = 2"))
                  .status())
          .isEqualTo(PASSED);
    }
  }

  @Nested
  class MatchesRegex {
    final InMemoryTable postcodes =
        column("pc", ColumnType.STRING, "12345", "1234", "A12345", null, "123456");

    @Test
    void unanchoredRegexMatchesAnywhere() {
      ExpectationResult r =
          evaluate(postcodes, "matchesRegex", Map.of("column", "pc", "regex", "[0-9]{5}"));
      assertThat(r.counts()).isEqualTo(new Counts(5, 1, 1));
      assertThat(r.samples()).containsExactly(new ValueSample("'1234'", 1, 2, null));
    }

    @Test
    void anchoredRegexMatchesTheWholeValue() {
      ExpectationResult r =
          evaluate(postcodes, "matchesRegex", Map.of("column", "pc", "regex", "^[0-9]{5}$"));
      assertThat(r.counts()).isEqualTo(new Counts(5, 1, 3));
      assertThat(r.message())
          .isEqualTo(
              "pc: 75% of 4 non-null values do not match /^[0-9]{5}$/ (mostly 1 allows none);"
                  + " e.g. '1234' (row 2), 'A12345' (row 3), '123456' (row 5)");
    }

    @Test
    void numbersAreMatchedInTheirTextForm() {
      InMemoryTable ids = column("id", ColumnType.INTEGER, 100, 2000);
      assertThat(
              evaluate(ids, "matchesRegex", Map.of("column", "id", "regex", "^[0-9]{3}$")).counts())
          .isEqualTo(new Counts(2, 0, 1));
    }

    @Test
    void whereRestrictsTheRowsJudged() {
      assertThat(
              evaluate(
                      postcodes,
                      "matchesRegex",
                      Map.of("column", "pc", "regex", "^[0-9]+$", "where", "pc NOT LIKE 'A%'"))
                  .status())
          .isEqualTo(PASSED);
    }
  }

  @Nested
  class Format {
    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(
        delimiter = '|',
        value = {
          "email       | ann@example.com                      | true",
          "email       | ann.oneil+tag@mail.example.co.uk     | true",
          "email       | ann@example                          | false",
          "email       | ann@                                 | false",
          "url         | https://example.com/a?b=c            | true",
          "url         | ftp://files.example.com              | true",
          "url         | example.com                          | false",
          "uuid        | 123e4567-e89b-12d3-a456-426614174000 | true",
          "uuid        | 123e4567-e89b-12d3-a456              | false",
          "isoDate     | 2024-02-29                           | true",
          "isoDate     | 2023-02-29                           | false",
          "isoDate     | 2024-1-5                             | false",
          "isoDateTime | 2024-01-02T10:00:00Z                 | true",
          "isoDateTime | 2024-01-02 10:00                     | true",
          "isoDateTime | 2024-01-02T10:00:00.123+02:00        | true",
          "isoDateTime | 2024-01-02                           | false",
          "json        | '{\"a\": [1, 2]}'                    | true",
          "json        | '{a: 1}'                             | false",
        })
    void recognisesEachFormat(String format, String value, boolean valid) {
      InMemoryTable table = column("v", ColumnType.STRING, value);
      ExpectationResult r = evaluate(table, "format", Map.of("column", "v", "format", format));
      assertThat(r.status()).isEqualTo(valid ? PASSED : FAILED);
      assertThat(r.counts()).isEqualTo(new Counts(1, 0, valid ? 0 : 1));
    }

    @Test
    void datePatternUsesStrftime() {
      InMemoryTable days =
          column("d", ColumnType.STRING, "31/01/2024", "2024-01-31", "31/02/2024", null);
      ExpectationResult r =
          evaluate(
              days,
              "format",
              Map.of("column", "d", "format", "datePattern", "pattern", "%d/%m/%Y"));
      assertThat(r.counts()).isEqualTo(new Counts(4, 1, 2));
      assertThat(r.message())
          .isEqualTo(
              "d: 66.7% of 3 non-null values are not dates of pattern %d/%m/%Y (mostly 1 allows"
                  + " none); e.g. '2024-01-31' (row 2), '31/02/2024' (row 3)");
    }

    @Test
    void nonStringColumnsAreRefusedNamingTheirType() {
      // An integer is valid JSON text, so judging the text would pass it: the type is refused.
      InMemoryTable counts = column("n", ColumnType.INTEGER, 1L, 2L);
      ExpectationResult json = evaluate(counts, "format", Map.of("column", "n", "format", "json"));
      assertThat(json.status()).isEqualTo(ERROR);
      assertThat(json.message())
          .isEqualTo("'format' needs a string column, but 'n' is integer (BIGINT)");
      InMemoryTable days = column("d", ColumnType.DATE, LocalDate.of(2024, 1, 31));
      assertThat(evaluate(days, "format", Map.of("column", "d", "format", "email")).message())
          .isEqualTo("'format' needs a string column, but 'd' is date (DATE)");
      assertThat(evaluate(days, "format", Map.of("column", "d", "format", "isoDateTime")).message())
          .isEqualTo("'format' needs a string or timestamp column, but 'd' is date (DATE)");
    }

    @Test
    void dateAndTimestampColumnsAreIsoByConstruction() {
      InMemoryTable days = column("d", ColumnType.DATE, LocalDate.of(2024, 1, 31));
      assertThat(evaluate(days, "format", Map.of("column", "d", "format", "isoDate")).status())
          .isEqualTo(PASSED);
      InMemoryTable times =
          column("t", ColumnType.TIMESTAMP, LocalDateTime.of(2024, 1, 31, 10, 0, 5));
      assertThat(evaluate(times, "format", Map.of("column", "t", "format", "isoDateTime")).status())
          .isEqualTo(PASSED);
    }

    /**
     * Each specifier DuckDB documents runs in DuckDB itself, so validation refuses no valid one.
     */
    @Test
    void everyDocumentedSpecifierRunsInDuckDb() {
      InMemoryTable text = column("t", ColumnType.STRING, "x");
      for (String specifier : DatePattern.SPECIFIERS) {
        ExpectationResult r =
            evaluate(
                text,
                "format",
                Map.of("column", "t", "format", "datePattern", "pattern", "<" + specifier + ">"));
        assertThat(r.status()).as(specifier).isIn(PASSED, FAILED);
      }
    }

    @Test
    void failureNamesTheFormat() {
      InMemoryTable emails = column("e", ColumnType.STRING, "ann@example.com", "bob");
      assertThat(evaluate(emails, "format", Map.of("column", "e", "format", "email")).message())
          .isEqualTo(
              "e: 50% of 2 non-null values are not email values (mostly 1 allows none);"
                  + " e.g. 'bob' (row 2)");
    }
  }

  @Nested
  class CompareColumns {
    final InMemoryTable stays =
        Dataset.table("stays")
            .column("start", ColumnType.DATE)
            .column("end", ColumnType.DATE)
            .row(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 1, 3))
            .row(LocalDate.of(2024, 1, 5), LocalDate.of(2024, 1, 5))
            .row(LocalDate.of(2024, 1, 9), LocalDate.of(2024, 1, 8))
            .row(null, LocalDate.of(2024, 1, 8))
            .row(LocalDate.of(2024, 1, 9), null)
            .build();

    @Test
    void judgesRowsWhereBothColumnsAreNonNull() {
      ExpectationResult r =
          evaluate(
              stays, "compareColumns", Map.of("left", "end", "operator", "ge", "right", "start"));
      assertThat(r.counts()).isEqualTo(new Counts(5, 2, 1));
      assertThat(r.samples())
          .containsExactly(new ValueSample("end=2024-01-08, start=2024-01-09", 1, 3, null));
      assertThat(r.message())
          .isEqualTo(
              "end, start: 33.3% of 3 non-null values break end >= start (mostly 1 allows none);"
                  + " e.g. end=2024-01-08, start=2024-01-09 (row 3)");
    }

    @ParameterizedTest
    @CsvSource({"gt, 2", "ge, 1", "lt, 2", "le, 1", "eq, 2", "ne, 1"})
    void eachOperator(String operator, long unexpected) {
      ExpectationResult r =
          evaluate(
              stays,
              "compareColumns",
              Map.of("left", "end", "operator", operator, "right", "start"));
      assertThat(r.counts()).isEqualTo(new Counts(5, 2, unexpected));
    }

    @Test
    void booleanColumnIsAnError() {
      InMemoryTable flags =
          Dataset.table("f")
              .column("a", ColumnType.BOOLEAN)
              .column("b", ColumnType.BOOLEAN)
              .row(true, false)
              .build();
      ExpectationResult r =
          evaluate(flags, "compareColumns", Map.of("left", "a", "operator", "lt", "right", "b"));
      assertThat(r.status()).isEqualTo(ERROR);
      assertThat(r.message())
          .isEqualTo(
              "'compareColumns' needs a numeric, date, timestamp or string column, but 'a' is"
                  + " boolean (BOOLEAN)");
    }

    @Test
    void unknownRightColumnIsAnError() {
      ExpectationResult r =
          evaluate(
              stays, "compareColumns", Map.of("left", "end", "operator", "ge", "right", "strat"));
      assertThat(r.status()).isEqualTo(ERROR);
      assertThat(r.message())
          .isEqualTo(
              "unknown column 'strat' in compareColumns[end,strat]; did you mean 'start'?;"
                  + " columns: start, end");
    }

    @Test
    void whereRestrictsTheRowsJudged() {
      assertThat(
              evaluate(
                      stays,
                      "compareColumns",
                      Map.of(
                          "left",
                          "end",
                          "operator",
                          "ge",
                          "right",
                          "start",
                          "where",
                          "start < DATE '2024-01-06'"))
                  .counts())
          .isEqualTo(new Counts(2, 0, 0));
    }
  }

  @Nested
  class RowPredicate {
    final InMemoryTable invoices =
        Dataset.table("invoices")
            .column("net", ColumnType.DECIMAL)
            .column("tax", ColumnType.DECIMAL)
            .column("total", ColumnType.DECIMAL)
            .row(100.0, 20.0, 120.0)
            .row(50.0, 10.0, 60.004)
            .row(10.0, 2.0, 13.0)
            .row(10.0, null, 10.0)
            .build();

    @Test
    void falseAndNullBothFailOverAllRows() {
      ExpectationResult r =
          evaluate(
              invoices, "rowPredicate", Map.of("expression", "abs(total - (net + tax)) < 0.01"));
      assertThat(r.counts()).isEqualTo(new Counts(4, 0, 2));
      assertThat(r.observedValue()).isEqualTo(0.5);
      assertThat(r.samples())
          .containsExactly(
              new ValueSample("net=10.0, tax=2.0, total=13.0", 1, 3, null),
              new ValueSample("net=10.0, tax=null, total=10.0", 1, 4, null));
      assertThat(r.message())
          .isEqualTo(
              "rowPredicate: 50% of 4 rows break `abs(total - (net + tax)) < 0.01` (mostly 1 allows"
                  + " none); e.g. net=10.0, tax=2.0, total=13.0 (row 3), net=10.0, tax=null,"
                  + " total=10.0 (row 4)");
    }

    @Test
    void idNamesTheResult() {
      ExpectationResult r =
          evaluate(
              invoices, "rowPredicate", Map.of("id", "total-is-sum", "expression", "total >= net"));
      assertThat(r.name()).isEqualTo("total-is-sum");
      assertThat(r.status()).isEqualTo(PASSED);
      assertThat(r.message())
          .isEqualTo("total-is-sum: 0% of 4 rows break `total >= net` (mostly 1 allows none)");
    }

    @Test
    void whereRestrictsTheRowsJudged() {
      assertThat(
              evaluate(
                      invoices,
                      "rowPredicate",
                      Map.of(
                          "expression",
                          "net + tax = total",
                          "where",
                          "tax IS NOT NULL AND net > 10"))
                  .counts())
          .isEqualTo(new Counts(2, 0, 1));
    }

    @Test
    void badExpressionIsAnError() {
      ExpectationResult r = evaluate(invoices, "rowPredicate", Map.of("expression", "gross > 0"));
      assertThat(r.status()).isEqualTo(ERROR);
      assertThat(r.message()).startsWith("cannot evaluate rowPredicate: ").contains("gross");
    }
  }
}
