package dev.mltest.data;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Issue #14 item 7: offending values are quoted, and what a reader cannot see is escaped. */
class ValueTextTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      ignoreLeadingAndTrailingWhitespace = false,
      value = {
        "Retail |'Retail '",
        "it's|'it\\'s'",
        "back\\slash|'back\\\\slash'",
        "\"\"|''",
        "null|'null'",
        "<script>alert(1)</script>|'<script>alert(1)</script>'",
      })
  void stringsAreQuotedAndQuotesAndBackslashesEscaped(String value, String shown) {
    assertThat(ValueText.quote(value)).isEqualTo(shown);
  }

  @Test
  void controlAndInvisibleCharactersAreEscaped() {
    assertThat(ValueText.quote("a\tb\nc\r")).isEqualTo("'a\\tb\\nc\\r'");
    assertThat(ValueText.quote("\u0000\u001b[31m\u007f")).isEqualTo("'\\u0000\\u001b[31m\\u007f'");
    // Zero-width space, no-break space, right-to-left override, line separator, BOM.
    assertThat(ValueText.quote("x\u200by\u00a0z\u202eq\u2028\ufeff"))
        .isEqualTo("'x\\u200by\\u00a0z\\u202eq\\u2028\\ufeff'");
    // A lone surrogate is shown by its code; a pair (an emoji) as itself.
    assertThat(ValueText.quote("\ud800x😀")).isEqualTo("'\\ud800x😀'");
    assertThat(ValueText.quote("Zoë 東京")).isEqualTo("'Zoë 東京'");
  }

  @Test
  void hugeStringsAreCutSayingHowLongTheyWere() {
    String huge = "A".repeat(1_000_000);
    String shown = ValueText.quote(huge);
    assertThat(shown)
        .startsWith("'AAAA")
        .endsWith("'… (1,000,000 chars)")
        .hasSize(ValueText.MAX_SHOWN + 2 + "… (1,000,000 chars)".length());
    // Never cut between the two halves of a surrogate pair.
    String emoji = "x".repeat(ValueText.MAX_SHOWN - 1) + "😀😀";
    assertThat(ValueText.quote(emoji)).doesNotContain("\\ud83d").contains("x'…");
  }

  @Test
  void numbersBooleansAndNullsAreShownBareAndDatesBareWhenPlain() {
    assertThat(ValueText.of(null)).isEqualTo("null");
    assertThat(ValueText.of(-10L)).isEqualTo("-10");
    assertThat(ValueText.of(true)).isEqualTo("true");
    assertThat(ValueText.shown("2024-01-31", ColumnType.DATE)).isEqualTo("2024-01-31");
    assertThat(ValueText.shown("12", ColumnType.STRING)).isEqualTo("'12'");
    assertThat(ValueText.shown(null, ColumnType.STRING)).isEqualTo("null");
    assertThat(ValueText.shown("", ColumnType.INTEGER)).isEqualTo("''");
  }

  @Test
  void offendingValuesOfATableAreQuotedInSamplesNamedAndKeyed() {
    InMemoryTable table =
        Dataset.table("t")
            .column("id", ColumnType.STRING)
            .column("segment", ColumnType.STRING)
            .column("n", ColumnType.INTEGER)
            .row("A 1", "Retail ", 1L)
            .row("B\t2", "x,'y'", null)
            .build();
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable bound = backend.open(table)) {
      var samples =
          bound.sample(
              new SampleRequest(
                  new RowCondition.Always(),
                  new RowCondition.Always(),
                  java.util.List.of("segment"),
                  java.util.List.of("id"),
                  10,
                  java.util.List.of()));
      assertThat(samples)
          .extracting(ValueSample::value, ValueSample::firstKey)
          .containsExactly(
              org.assertj.core.groups.Tuple.tuple("'Retail '", "id='A 1'"),
              org.assertj.core.groups.Tuple.tuple("'x,\\'y\\''", "id='B\\t2'"));
    }
  }

  /** Issue #11: markup in a message that leaves MLTest's own reports stays text. */
  @Test
  void markupIsMadeInertAndOtherAngleBracketsStay() {
    assertThat(ValueText.withoutMarkup("'<img src=x onerror=alert(1)>', '<script>x</script>'"))
        .isEqualTo("'\\u003cimg src=x onerror=alert(1)>', '\\u003cscript>x\\u003c/script>'");
    assertThat(ValueText.withoutMarkup("<!-- c --> <?xml?> <Svg/onload=x>"))
        .isEqualTo("\\u003c!-- c --> \\u003c?xml?> \\u003cSvg/onload=x>");
    String plain = "income '<=50K' and '>50K': a < b, expected: <5> but was: <6>, ends with <";
    assertThat(ValueText.withoutMarkup(plain)).isSameAs(plain);
    assertThat(DatabaseMessages.bound("Conversion Error: Could not convert '<svg onload=x>'"))
        .isEqualTo("Conversion Error: Could not convert '\\u003csvg onload=x>'");
  }
}
