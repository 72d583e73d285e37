package dev.mltest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.data.CsvDialect;
import dev.mltest.data.Dataset;
import dev.mltest.data.FileDataset;
import dev.mltest.expect.Catalog;
import dev.mltest.expect.ExpectationSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A CSV file with line breaks inside quoted values has DuckDB's rows on Spark, which reads such a
 * file as one piece ({@code multiLine}); other files keep Spark's split reading.
 */
class QuotedLineBreaksTest {
  private static final CsvDialect DOUBLED = dialect("\"", "\"");
  private static final CsvDialect BACKSLASH = dialect("\"", "\\");

  @TempDir Path dir;

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "no quotes|id,text\\n1,a\\n2,b\\n|false|false",
        "a quoted comma|id,text\\n1,\"a, b\"\\n|false|false",
        "a quoted line break|id,text\\n1,\"a\\nb\"\\n|true|true",
        "a quoted carriage return|id,text\\r\\n1,\"a\\r\\nb\"\\r\\n|true|true",
        "CRLF line ends outside quotes|id,text\\r\\n1,\"a\"\\r\\n2,b\\r\\n|false|false",
        "doubled quotes, then a break outside|id,text\\n1,\"a \"\"b\"\"\"\\n2,c\\n|false|false",
        "doubled quotes, then a break inside|id,text\\n1,\"a \"\"\\nb\"\\n|true|true",
        "a quote after a backslash|id,text\\n1,\"a \\\\\"\"\\n2,b\\n|true|false",
        "an escaped backslash closes the value|id,text\\n1,\"a \\\\\\\\\"\\n2,b\\n|false|false"
      })
  void findsLineBreaksInsideQuotedValuesOnly(
      String what, String content, boolean doubled, boolean backslash) throws IOException {
    Path file = write(content.replace("\\n", "\n").replace("\\r", "\r").replace("\\\\", "\\"));
    assertThat(QuotedLineBreaks.in(file, DOUBLED, "UTF-8"))
        .as(what + ", doubled")
        .isEqualTo(doubled);
    assertThat(QuotedLineBreaks.in(file, BACKSLASH, "UTF-8"))
        .as(what + ", backslash")
        .isEqualTo(backslash);
  }

  @Test
  void findsABreakBeyondTheFirstMegabyte() throws IOException {
    String rows = "1,\"a\"\n".repeat(400_000);
    assertThat(QuotedLineBreaks.in(write("id,text\n" + rows), DOUBLED, "UTF-8")).isFalse();
    assertThat(QuotedLineBreaks.in(write("id,text\n" + rows + "2,\"x\ny\"\n"), DOUBLED, "UTF-8"))
        .isTrue();
  }

  @Test
  void unquotedFilesAndWideEncodingsNeedNoScanOrAlwaysOne() throws IOException {
    Path file = write("id,text\n1,\"a\nb\"\n");
    assertThat(QuotedLineBreaks.in(file, dialect("", ""), "UTF-8")).isFalse();
    assertThat(QuotedLineBreaks.in(file, DOUBLED, "UTF-16")).isTrue();
  }

  @Test
  void quotedLineBreaksGiveDuckDbsRowsAndValuesOnSpark() throws IOException {
    Path file =
        write(
            "id,text,score\n"
                + "1,\"first line\nsecond line\",0.5\n"
                + "2,plain,0.7\n"
                + "3,\"a \"\"quoted\"\" word\r\nand a CRLF\",0.9\n"
                + "4,,\n");
    FileDataset dataset = Dataset.csv(file);
    List<ExpectationSpec> specs =
        List.of(
            spec(Map.of("expect", "rowCount", "min", 4, "max", 4)),
            spec(Map.of("expect", "notNull", "column", "text")),
            spec(Map.of("expect", "matchesRegex", "column", "text", "regex", "^[a-z ]+$")),
            spec(Map.of("expect", "between", "column", "score", "min", 0.6, "max", 1)),
            spec(Map.of("expect", "unique", "columns", "id")));
    ParityAssertions.assertSameResults(dataset, specs);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '\'',
      value = {
        "LF|id,text\\n1,\"a\\r\\nb\"\\n|",
        "CRLF|id,text\\r\\n1,\"a\\r\\nb\"\\r\\n|CRLF",
        "CR|id,text\\r1,\"a\\rb\"\\r|CR",
        "a quoted CRLF before the first LF|\"a\\r\\nb\",c\\n|",
        "no line break|id,text|"
      })
  void findsTheLineEndOutsideQuotes(
      String what, String content, @org.jspecify.annotations.Nullable String expected)
      throws IOException {
    Path file = write(content.replace("\\n", "\n").replace("\\r", "\r"));
    String lineEnd = expected == null ? null : expected.replace("CR", "\r").replace("LF", "\n");
    assertThat(QuotedLineBreaks.lineEnd(file, DOUBLED, "UTF-8")).as(what).isEqualTo(lineEnd);
  }

  @Test
  void quotedLineBreaksOfCrlfAndCrFilesKeepTheirCarriageReturnsOnSpark() throws IOException {
    // Spark detected the line separator and read a quoted CRLF as LF (a quoted CR of a CR file
    // too).
    List<ExpectationSpec> specs =
        List.of(
            spec(Map.of("expect", "rowCount", "min", 3, "max", 3)),
            spec(Map.of("expect", "matchesRegex", "column", "text", "regex", "\\r")),
            spec(Map.of("expect", "matchesRegex", "column", "text", "regex", "^[a-z]+$")));
    ParityAssertions.assertSameResults(
        Dataset.csv(write("id,text\r\n1,\"a\r\nb\"\r\n2,\"c\nd\"\r\n3,e\r\n")), specs);
    ParityAssertions.assertSameResults(
        Dataset.csv(write("id,text\r1,\"a\rb\"\r2,c\r3,e\r")), specs);
  }

  @Test
  void aLatin1ByteFfIsNoEscape() throws IOException {
    // Read signed, 0xFF (ÿ) was -1, the escape of a file whose quotes are doubled: it hid the
    // break.
    Path file = Files.createTempFile(dir, "latin1", ".csv");
    Files.write(file, "id,text\n1,\"a\u00ff\nb\"\n2,c\n".getBytes(StandardCharsets.ISO_8859_1));
    assertThat(QuotedLineBreaks.in(file, DOUBLED, "ISO-8859-1")).isTrue();
    ParityAssertions.assertSameResults(
        Dataset.csv(file, Map.of("encoding", "latin-1")),
        List.of(spec(Map.of("expect", "rowCount", "min", 2, "max", 2))));
  }

  @Test
  void aQuoteInACommentLineDoesNotHideTheLineEnd() throws IOException {
    Path file = write("# it\"s\nid,text\n1,\"a\r\nb\"\n");
    CsvDialect commented = new CsvDialect(",", "\"", "\"", "#", 0, true, null, null);
    assertThat(QuotedLineBreaks.lineEnd(file, commented, "UTF-8")).isNull();
    assertThat(QuotedLineBreaks.lineEnd(write("# it\"s\r\nid\r\n"), commented, "UTF-8"))
        .isEqualTo("\r\n");
  }

  private Path write(String content) throws IOException {
    Path file = Files.createTempFile(dir, "lines", ".csv");
    Files.writeString(file, content, StandardCharsets.UTF_8);
    return file;
  }

  private static CsvDialect dialect(String quote, String escape) {
    return new CsvDialect(",", quote, escape, "", 0, true, null, null);
  }

  private static ExpectationSpec spec(Map<String, ?> item) {
    return ExpectationSpec.parse(Catalog.standard(), item);
  }
}
