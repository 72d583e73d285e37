package dev.mltest.suite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mltest.data.TextEncoding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Hostile suite text and dataset paths, at the library level. */
class SuiteHardeningTest {
  @TempDir Path dir;

  @Test
  void anAliasBombIsMeasuredBeforeItExpands() {
    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x]\n");
    for (int i = 1; i <= 25; i++) {
      bomb.append("a%d: &a%d [*a%d, *a%d]\n".formatted(i, i, i - 1, i - 1));
    }
    bomb.append("dataset: data.csv\nexpectations: []\n");
    SuiteDefinition suite = SuiteParser.parse("bomb.mltest.yaml", bomb.toString());
    assertThat(suite.isUnreadable()).isTrue();
    assertThat(suite.problems().get(0).message()).contains("more than 200,000 nodes");
  }

  @Test
  void modestAliasesStillWork() {
    SuiteDefinition suite =
        SuiteParser.parse(
            "ok.mltest.yaml",
            """
            dataset: data.csv
            expectations:
              - &range {expect: between, column: a, min: 0, max: 9}
              - {expect: between, column: b, min: 0, max: 9}
            """);
    assertThat(suite.problems()).isEmpty();
    assertThat(suite.entries()).hasSize(2);
  }

  @Test
  void anUnclosedQuoteIsReportedAtTheQuote() {
    SuiteDefinition suite =
        SuiteParser.parse(
            "q.mltest.yaml",
            "dataset: data.csv\nexpectations:\n  - expect: rowPredicate\n    expression: \"a > 0\n"
                + "  - expect: rowCount\n    min: 1\n");
    assertThat(suite.problems().get(0).toString())
        .startsWith("q.mltest.yaml:4:17: malformed YAML: unclosed quote");
  }

  @Test
  void csvOptionValuesAreCheckedWhereTheyAreWritten() {
    SuiteDefinition suite =
        SuiteParser.parse(
            "o.mltest.yaml",
            "dataset:\n  path: d.csv\n  options:\n    header: sometimes\nexpectations: []\n");
    assertThat(suite.problems())
        .extracting(SuiteProblem::toString)
        .containsExactly(
            "o.mltest.yaml:4:13: 'header' must be true or false (yes/no and on/off are accepted"
                + " too), found 'sometimes'");
  }

  @Test
  void pathsOutsideTheRootsAreRefusedBeforeTheFileIsTouched() throws IOException {
    Path project = Files.createDirectories(dir.resolve("project"));
    Path outside = Files.writeString(dir.resolve("secret.csv"), "s\n1\n");
    DataRootPolicy policy = new DataRootPolicy(List.of(project), true, "Allow it with X.");
    SourcePosition at = SourcePosition.START;
    assertThatThrownBy(
            () ->
                new DatasetRef("../secret.csv", null, java.util.Map.of(), at)
                    .resolve(project, null, policy))
        .hasMessageContaining("outside the allowed data roots [" + project + "]")
        .hasMessageEndingWith("Allow it with X.");
    Files.createSymbolicLink(project.resolve("link.csv"), outside);
    assertThatThrownBy(
            () ->
                new DatasetRef("link.csv", null, java.util.Map.of(), at)
                    .resolve(project, null, policy))
        .hasMessageContaining("symbolic link");
    assertThat(
            new DatasetRef("../secret.csv", null, java.util.Map.of(), at)
                .resolve(project, null, DataRootPolicy.unrestricted())
                .path())
        .isEqualTo(outside);
  }

  @Test
  void utf8ErrorsNameTheBrokenCharacter() {
    byte[] latin = "id\ncaf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1);
    assertThat(TextEncoding.firstMalformed(latin).orElseThrow())
        .hasToString("byte 0xE9 at line 2, column 4");
    assertThat(
            TextEncoding.firstMalformed(
                "caf\u00e9 \u20ac \uD83D\uDE00".getBytes(StandardCharsets.UTF_8)))
        .isEmpty();
    assertThat(TextEncoding.firstMalformed(new byte[] {(byte) 0xC0, (byte) 0x80})).isPresent();
    assertThat(TextEncoding.firstMalformed(new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}))
        .isPresent();
  }
}
