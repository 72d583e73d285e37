package dev.mltest.expect;

import static dev.mltest.expect.Evaluations.column;
import static dev.mltest.expect.Evaluations.evaluate;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.mltest.data.ColumnType;
import dev.mltest.data.InMemoryTable;
import dev.mltest.expect.ExpectationResult.Status;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * One regex engine (issue #11 item 6, #18): patterns are validated by RE2/J, which accepts what
 * DuckDB's RE2 runs and refuses what it cannot, saying what RE2 lacks.
 */
class RegexEngineTest {
  private static final InMemoryTable TEXT =
      column(
          "t",
          ColumnType.STRING,
          "2024-01 x",
          "a b",
          "abc",
          "ABC",
          "Zoë",
          "",
          "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab");

  /** What passes validation also runs in DuckDB, and DuckDB's verdicts agree with RE2/J's. */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "(?P<year>[0-9]{4})",
        " ",
        "[[:alpha:]]+$",
        "(?i)^abc$",
        "\\pL",
        "^\\p{Greek}",
        "\\Aa+b\\z",
        "(.*a){20}b"
      })
  void validRe2PatternsAreAcceptedAndRunInDuckDbAsRe2JudgesThem(String regex) {
    ExpectationResult r = evaluate(TEXT, "matchesRegex", Map.of("column", "t", "regex", regex));
    assertThat(r.status()).as(r.message()).isIn(Status.PASSED, Status.FAILED);
    com.google.re2j.Pattern re2 = RegexSyntax.compile(regex);
    long failing =
        TEXT.rows().stream()
            .map(row -> (String) row.get(0))
            .filter(v -> !re2.matcher(v).find())
            .count();
    assertThat(r.counts().unexpectedCount()).as(regex).isEqualTo(failing);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "^(?=a)|lookahead",
        "x(?!a)|lookahead",
        "(?<=a)b|lookbehind",
        "(?<!a)b|lookbehind",
        "(a)\\1|backreferences",
        "a++|possessive quantifiers",
        "(?>a)|atomic groups",
        "a{1001}|repetition counts above 1000",
        "abc\\Z|`\\Z`",
        "(?<year>[0-9]{4})|`(?P<name>…)`",
      })
  void patternsRe2CannotRunAreRejectedSayingWhatRe2Lacks(String regex, String lacks) {
    InvalidExpectationException e =
        catchThrowableOfType(
            InvalidExpectationException.class,
            () -> ExpectationSpec.of("matchesRegex", Map.of("column", "t", "regex", regex)));
    assertThat(e).as(regex).isNotNull();
    assertThat(e.problems().get(0).key()).isEqualTo("regex");
    assertThat(e.problems().get(0).message())
        .startsWith("invalid regular expression '" + regex + "': ")
        .contains("RE2")
        .contains(lacks);
  }

  @ParameterizedTest
  @ValueSource(strings = {"(ab", "[a-", "*a"})
  void otherSyntaxErrorsNameTheSpotAndTheSyntax(String regex) {
    InvalidExpectationException e =
        catchThrowableOfType(
            InvalidExpectationException.class,
            () -> ExpectationSpec.of("matchesRegex", Map.of("column", "t", "regex", regex)));
    assertThat(e.problems().get(0).message())
        .startsWith("invalid regular expression '" + regex + "': ")
        .contains("RE2 syntax");
  }

  @Test
  void anEmptyPatternSaysNothingAndIsRejected() {
    InvalidExpectationException e =
        catchThrowableOfType(
            InvalidExpectationException.class,
            () -> ExpectationSpec.of("matchesRegex", Map.of("column", "t", "regex", "")));
    assertThat(e.problems())
        .extracting(InvalidExpectationException.Problem::key)
        .containsExactly("regex");
  }
}
