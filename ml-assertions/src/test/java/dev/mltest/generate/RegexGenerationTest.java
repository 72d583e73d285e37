package dev.mltest.generate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.mltest.data.ColumnType;
import dev.mltest.data.DataBackend;
import dev.mltest.expect.ExpectationResult;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property generation speaks RE2 (issue #11 item 6, #18): strings are generated for RE2 patterns,
 * judged by RE2 on the JVM and by DuckDB alike, and a pattern that makes java.util.regex backtrack
 * for hours is generated and rejected in linear time.
 */
class RegexGenerationTest {
  private static DataBackend backend;

  @BeforeAll
  static void open() {
    backend = DataBackend.duckDb();
  }

  @AfterAll
  static void close() {
    backend.close();
  }

  private static Contract contract(String regex) {
    return Contract.builder("t")
        .column("s", ColumnType.STRING)
        .expect("notNull", Map.of("column", "s"))
        .expect("matchesRegex", Map.of("column", "s", "regex", regex))
        .build();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "(.*a){20}b",
        "^(?P<year>[0-9]{4})-(?P<month>0[1-9]|1[0-2])$",
        "^[[:upper:]][[:lower:]]{2,5}$",
        "(?i)^abc$",
        "^(?i:x)y$",
        "\\A[a-c]+\\z",
        " ",
        "^[^@ ]+@[a-z]+\\.(com|org)$"
      })
  void validAndInvalidTablesOfRe2PatternsAreJudgedAsGeneratedByDuckDb(String regex) {
    Contract contract = contract(regex);
    // A guard against the hang this test exists for, not a performance target.
    assertTimeoutPreemptively(
        Duration.ofMinutes(2),
        () -> {
          TableGenerator generator = contract.generator();
          for (long seed = 0; seed < 15; seed++) {
            GeneratedTable valid = generator.valid(seed, 20);
            assertThat(ContractFixtures.evaluate(backend, contract, valid.table()))
                .as("%s seed %d:%n%s", regex, seed, TableCsv.render(valid.table()))
                .allMatch(r -> r.status() == ExpectationResult.Status.PASSED);
            Optional<GeneratedTable> invalid = generator.invalid(seed, 20);
            assertThat(invalid).isPresent();
            assertThat(ContractFixtures.evaluate(backend, contract, invalid.get().table()))
                .as("%s seed %d breaks %s", regex, seed, invalid.get().breaks())
                .anyMatch(r -> r.name().equals(invalid.get().breaks()) && r.failsTest());
          }
        });
  }

  @Test
  void nonMatchingStringsOfACatastrophicPatternAreCheckedInLinearTime() {
    TextSource.RegexText text = new TextSource.RegexText("(.*a){20}b");
    String hostile = "a".repeat(5_000);
    assertTimeoutPreemptively(
        Duration.ofSeconds(30), () -> assertThat(text.accepts(hostile)).isFalse());
    Source source = new Source(1);
    for (int i = 0; i < 20; i++) {
      Optional<String> other = text.drawNonMatching(source);
      other.ifPresent(s -> assertThat(text.accepts(s)).isFalse());
    }
  }

  @Test
  void rgxGenDialectTranslatesOnlyWhatChangesTheShape() {
    assertThat(RgxGenDialect.of("(?P<y>[0-9])")).isEqualTo("(?<y>[0-9])");
    assertThat(RgxGenDialect.of("(?i)ab(?s:c)")).isEqualTo("ab(?:c)");
    assertThat(RgxGenDialect.of("[[:digit:]x]")).isEqualTo("[0-9x]");
    assertThat(RgxGenDialect.of("\\Aa\\z")).isEqualTo("^a$");
    assertThat(RgxGenDialect.of("\\(?P<x>")).isEqualTo("\\(?P<x>");
    assertThat(RgxGenDialect.of("[]a]")).isEqualTo("[\\]a]");
    assertThat(List.of(RgxGenDialect.of("(?:a)"))).containsExactly("(?:a)");
  }
}
