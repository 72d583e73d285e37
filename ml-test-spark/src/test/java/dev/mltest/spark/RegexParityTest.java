package dev.mltest.spark;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.mltest.data.Dataset;
import dev.mltest.data.FileDataset;
import dev.mltest.expect.Catalog;
import dev.mltest.expect.ExpectationSpec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Regexes give DuckDB's results on Spark whichever engine runs them there: patterns the automaton
 * runs and patterns left to RE2J, over values with newlines, a trailing newline, characters outside
 * the BMP, accents and a long hostile value, in checks and in a {@code where}.
 */
class RegexParityTest {
  /** Runs as automata on Spark. */
  private static final List<String> AUTOMATON =
      List.of(
          "^[^@]+@[^@]+\\.[a-z]+$",
          "^\\d{3}-\\d{4}$",
          "a.c",
          "^$",
          "^.$",
          "^(a+)+$",
          "[^\\x00-\\x7F]",
          "^\\w+\\s\\w+$");

  /** Left to RE2J on Spark. */
  private static final List<String> RE2J = List.of("(?i)^ann", "\\bx\\b", "^\\pL+$", "(?s)a.c");

  private static final List<String> VALUES =
      List.of(
          "ann@example.com",
          "ann@example.com\n",
          "ANN@EXAMPLE.COM",
          "555-1234",
          "a\nc",
          "abc",
          "",
          "😀",
          "é",
          "Zoë Smith",
          "x y",
          "a".repeat(50_000) + "!",
          "a".repeat(50_000));

  @Test
  void patternsOfBothEnginesHaveDuckDbsResults(@TempDir Path dir) throws IOException {
    for (String regex : AUTOMATON) {
      assertThat(Re2Automaton.of(regex)).as(regex).isPresent();
    }
    for (String regex : RE2J) {
      assertThat(Re2Automaton.of(regex)).as(regex).isEmpty();
    }
    FileDataset dataset = values(dir);
    List<ExpectationSpec> specs = new ArrayList<>();
    for (String regex : concat(AUTOMATON, RE2J)) {
      specs.add(spec(Map.of("expect", "matchesRegex", "column", "text", "regex", regex)));
      if (regex.contains("\\")) {
        continue; // a where has no backslash: the two SQL dialects read one differently
      }
      specs.add(
          spec(
              Map.of(
                  "expect",
                  "notNull",
                  "column",
                  "id",
                  "where",
                  "regexp_matches(text, '%s')".formatted(regex.replace("'", "''")))));
    }
    ParityAssertions.assertSameResults(dataset, specs);
  }

  private static ExpectationSpec spec(Map<String, ?> item) {
    return ExpectationSpec.parse(Catalog.standard(), item);
  }

  private static List<String> concat(List<String> a, List<String> b) {
    List<String> all = new ArrayList<>(a);
    all.addAll(b);
    return all;
  }

  /** The values as JSON lines (a CSV reader on Spark would split the values with newlines). */
  private static FileDataset values(Path dir) throws IOException {
    ObjectMapper json = new ObjectMapper();
    StringBuilder lines = new StringBuilder();
    for (int i = 0; i < VALUES.size(); i++) {
      lines.append(json.writeValueAsString(Map.of("id", i, "text", VALUES.get(i)))).append('\n');
    }
    Path file = dir.resolve("values.jsonl");
    Files.writeString(file, lines, StandardCharsets.UTF_8);
    return Dataset.jsonLines(file);
  }
}
