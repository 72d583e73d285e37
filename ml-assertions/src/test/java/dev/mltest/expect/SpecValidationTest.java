package dev.mltest.expect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mltest.expect.InvalidExpectationException.Problem;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A wrong expectation definition is rejected before any data is read, naming every problem. */
class SpecValidationTest {

  private static InvalidExpectationException rejected(String key, Map<String, ?> options) {
    return catchThrowableOfType(
        InvalidExpectationException.class, () -> ExpectationSpec.of(key, options));
  }

  private static void assertRejected(String key, Map<String, ?> options, Problem... problems) {
    InvalidExpectationException e = rejected(key, options);
    assertThat(e).as("%s %s is rejected", key, options).isNotNull();
    assertThat(e.problems()).containsExactly(problems);
    assertThat(e)
        .hasMessage(String.join("; ", Arrays.stream(problems).map(Problem::toString).toList()));
  }

  @Test
  void unknownTypeSuggestsTheNearestOne() {
    assertRejected(
        "betwen",
        Map.of("column", "x"),
        new Problem("expect", "unknown expectation 'betwen'; did you mean 'between'?"));
    assertRejected(
        "notnull",
        Map.of("column", "x"),
        new Problem("expect", "unknown expectation 'notnull'; did you mean 'notNull'?"));
  }

  @Test
  void unknownTypeWithNothingCloseListsAllTypes() {
    InvalidExpectationException e = rejected("isPositive", Map.of("column", "x"));
    assertThat(e.problems()).hasSize(1);
    assertThat(e.problems().get(0).message())
        .isEqualTo(
            "unknown expectation 'isPositive'; known types: "
                + String.join(", ", Catalog.standard().keys()));
  }

  @Test
  void missingExpectKeyListsAllTypes() {
    InvalidExpectationException e =
        catchThrowableOfType(
            InvalidExpectationException.class,
            () -> ExpectationSpec.parse(Catalog.standard(), Map.of("column", "x")));
    assertThat(e.problems())
        .containsExactly(
            new Problem(
                null,
                "each expectation needs 'expect: <type>'; known types: "
                    + String.join(", ", Catalog.standard().keys())));
  }

  @Test
  void unknownParameterSuggestsTheNearestOneAndListsTheParameters() {
    assertRejected(
        "between",
        Map.of("column", "x", "min", 0, "strictmin", true),
        new Problem(
            "strictmin",
            "unknown parameter 'strictmin' for 'between'; did you mean one of 'strictMin',"
                + " 'strictMax'?;"
                + " its parameters: column, min, max, strictMin, strictMax"));
    assertRejected(
        "notNull",
        Map.of("column", "x", "mostyl", 0.9),
        new Problem(
            "mostyl",
            "unknown parameter 'mostyl' for 'notNull'; did you mean 'mostly'?;"
                + " its parameters: column"));
  }

  @Test
  void missingRequiredParameterIsNamedWithItsTypeAndDoc() {
    assertRejected(
        "inSet",
        Map.of("column", "x"),
        new Problem(null, "'inSet' needs 'values' (a list of values): The accepted values."));
  }

  @Test
  void wrongTypeSaysWhatWasExpectedAndFound() {
    assertRejected(
        "meanBetween",
        Map.of("column", "x", "min", "ten"),
        new Problem("min", "expected a number, found the string 'ten'"));
    assertRejected(
        "between",
        Map.of("column", "x", "min", 0, "strictMin", "yes"),
        new Problem("strictMin", "expected true or false, found the string 'yes'"));
    assertRejected(
        "rowCount",
        Map.of("min", 1.5),
        new Problem("min", "expected a whole number, found double 1.5"));
    assertRejected(
        "inSet",
        Map.of("column", "x", "values", "a"),
        new Problem("values", "expected a list of values, found the string 'a'"));
    assertRejected(
        "unique",
        Map.of("columns", List.of()),
        new Problem("columns", "expected a non-empty list of names, found a list"));
  }

  @Test
  void minGreaterThanMax() {
    Problem problem = new Problem("min", "min 10 is greater than max 1");
    assertRejected("between", Map.of("column", "x", "min", 10, "max", 1), problem);
    assertRejected("meanBetween", Map.of("column", "x", "min", 10, "max", 1), problem);
    assertRejected("rowCount", Map.of("min", 10, "max", 1), problem);
    assertRejected("lengthBetween", Map.of("column", "x", "min", 10, "max", 1), problem);
  }

  @Test
  void quantileRangeWithMinGreaterThanMaxIsRejected() {
    assertRejected(
        "quantilesBetween",
        Map.of("column", "x", "quantiles", List.of(Map.of("quantile", 0.5, "min", 10, "max", 1))),
        new Problem("quantiles", "quantile 0.5: min 10 is greater than max 1"));
  }

  @Test
  void datePatternWithASpecifierDuckDbLacksIsRejected() {
    String supported = String.join(" ", DatePattern.SPECIFIERS);
    // %D (US month/day/year) is C's strftime, not DuckDB's: DuckDB's documented list lacks it.
    assertRejected(
        "format",
        Map.of("column", "d", "format", "datePattern", "pattern", "%D"),
        new Problem(
            "pattern",
            "strftime pattern '%D' uses %D (at character 1), which DuckDB does not support;"
                + " supported: "
                + supported));
    assertRejected(
        "format",
        Map.of("column", "d", "format", "datePattern", "pattern", "%Y-%-e"),
        new Problem(
            "pattern",
            "strftime pattern '%Y-%-e' uses %-e (at character 4), which DuckDB does not support;"
                + " supported: "
                + supported));
    assertRejected(
        "format",
        Map.of("column", "d", "format", "datePattern", "pattern", "%Y%"),
        new Problem(
            "pattern",
            "strftime pattern '%Y%' ends with an incomplete specifier '%' (write %% for a literal"
                + " %)"));
    assertThat(
            ExpectationSpec.of(
                "format",
                Map.of("column", "d", "format", "datePattern", "pattern", "%-d.%-m.%Y 100%%")))
        .isNotNull();
  }

  @Test
  void boundsAreRequiredWhereTheyAreTheRule() {
    assertRejected(
        "between",
        Map.of("column", "x"),
        new Problem("min", "'between' needs 'min', 'max' or both"));
    assertRejected(
        "stdevBetween",
        Map.of("column", "x"),
        new Problem("min", "'stdevBetween' needs 'min', 'max' or both"));
  }

  @Test
  void mostlyOnAnAggregateIsRejected() {
    for (String key : List.of("meanBetween", "nullRatio", "primaryKey")) {
      Map<String, Object> options = new LinkedHashMap<>(Map.of("column", "x", "max", 1));
      if (key.equals("primaryKey")) {
        options = new LinkedHashMap<>(Map.of("columns", "x"));
      }
      options.put("mostly", 0.9);
      assertRejected(
          key,
          options,
          new Problem(
              "mostly",
              "'%s' judges one aggregate, so it takes no 'mostly'; use its bounds instead"
                  .formatted(key)));
    }
  }

  @Test
  void mostlyOutsideZeroToOne() {
    assertRejected(
        "notNull",
        Map.of("column", "x", "mostly", 1.5),
        new Problem("mostly", "expected a number from 0 to 1, found 1.5"));
    assertRejected(
        "notNull",
        Map.of("column", "x", "mostly", -0.1),
        new Problem("mostly", "expected a number from 0 to 1, found -0.1"));
    assertThat(ExpectationSpec.of("notNull", Map.of("column", "x", "mostly", 0)).mostly())
        .isEqualTo(0.0);
    assertThat(ExpectationSpec.of("notNull", Map.of("column", "x", "mostly", 1)).mostly())
        .isEqualTo(1.0);
  }

  @Test
  void datePatternNeedsAPatternAndOnlyItTakesOne() {
    assertRejected(
        "format",
        Map.of("column", "d", "format", "datePattern"),
        new Problem("pattern", "format datePattern needs 'pattern', e.g. pattern: \"%d/%m/%Y\""));
    assertRejected(
        "format",
        Map.of("column", "d", "format", "email", "pattern", "%d"),
        new Problem("pattern", "'pattern' applies to format datePattern only, not email"));
  }

  @Test
  void choiceSuggestsTheNearestName() {
    assertRejected(
        "format",
        Map.of("column", "e", "format", "emial"),
        new Problem(
            "format",
            "expected one of email, url, uuid, isoDate, isoDateTime, json, datePattern,"
                + " found 'emial'; did you mean 'email'?"));
    assertRejected(
        "columnType",
        Map.of("column", "e", "type", "strng"),
        new Problem(
            "type",
            "expected one of boolean, integer, decimal, string, date, timestamp, other,"
                + " found 'strng'; did you mean 'string'?"));
  }

  @Test
  void otherCommonOptions() {
    assertRejected(
        "notNull",
        Map.of("column", "x", "severity", "fatal"),
        new Problem("severity", "expected error or warn, found 'fatal'"));
    assertRejected(
        "notNull",
        Map.of("column", "x", "sampleSize", 5000),
        new Problem("sampleSize", "expected a whole number from 0 to 1000, found 5000"));
    ExpectationSpec spec =
        ExpectationSpec.of(
            "notNull",
            Map.of(
                "column",
                "x",
                "severity",
                "warn",
                "sampleSize",
                0,
                "keyColumns",
                List.of("a", "b")));
    assertThat(spec.severity()).isEqualTo(Severity.WARN);
    assertThat(spec.sampleSize()).isZero();
    assertThat(spec.keyColumns()).containsExactly("a", "b");
  }

  @Test
  void invalidRegex() {
    InvalidExpectationException e = rejected("matchesRegex", Map.of("column", "x", "regex", "(ab"));
    assertThat(e.problems()).extracting(Problem::key).containsExactly("regex");
    assertThat(e.problems().get(0).message()).startsWith("invalid regular expression '(ab': ");
  }

  @Test
  void badQuantileRanges() {
    assertRejected(
        "quantilesBetween",
        Map.of("column", "x", "quantiles", List.of(Map.of("quantile", 1.5, "max", 1))),
        new Problem("quantiles", "quantile must be from 0 to 1, found 1.5"));
    assertRejected(
        "quantilesBetween",
        Map.of("column", "x", "quantiles", List.of(Map.of("quantile", 0.5))),
        new Problem("quantiles", "quantile 0.5 needs min, max or both"));
    assertRejected(
        "quantilesBetween",
        Map.of("column", "x", "quantiles", List.of(Map.of("q", 0.5, "max", 1))),
        new Problem(
            "quantiles", "unknown key 'q' in a quantile range; known keys: quantile, min, max"));
  }

  @Test
  void nullInAValueList() {
    assertRejected(
        "inSet",
        Map.of("column", "x", "values", Arrays.asList("a", null)),
        new Problem("values", "a value list cannot hold null; nulls are never in a set"));
  }

  @Test
  void everyProblemOfOneMappingIsReportedAtOnce() {
    assertRejected(
        "between",
        Map.of("colum", "x", "mostly", 2, "max", 1, "strictMax", "no"),
        new Problem("mostly", "expected a number from 0 to 1, found 2"),
        new Problem(
            "colum",
            "unknown parameter 'colum' for 'between'; did you mean 'column'?;"
                + " its parameters: column, min, max, strictMin, strictMax"),
        new Problem(null, "'between' needs 'column' (a column name): The column to check."),
        new Problem("strictMax", "expected true or false, found the string 'no'"));
  }
}
