package dev.mltest.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The suite-shape section of {@code docs/performance.md}: a table of its own between two markers,
 * so that it can be refreshed without rerunning every other benchmark of the page.
 */
final class ShapeTable {
  static final String START = "<!-- suite shapes: written by the benchmark command -->";
  static final String END = "<!-- end of suite shapes -->";

  private ShapeTable() {}

  /** Puts the rows into the page, replacing the section if there is one, else at the end. */
  static void replaceIn(Path page, List<String> rows) throws IOException {
    String text = Files.exists(page) ? Files.readString(page) : "# Performance\n";
    String section = section(rows);
    int start = text.indexOf(START);
    int end = text.indexOf(END);
    String updated =
        start >= 0 && end > start
            ? text.substring(0, start) + section + text.substring(end + END.length())
            : text.stripTrailing() + "\n\n" + section + "\n";
    Files.writeString(page, updated);
  }

  private static String section(List<String> rows) {
    StringBuilder md = new StringBuilder(START).append("\n\n## Suite shapes\n\n");
    md.append(
        """
        Each suite against one hand-written DuckDB query computing the same results over the same
        file (`SuiteShape`, `ShapeBenchmark`): median wall time in seconds of 3 runs after a
        warm-up of each, MLTest and the query alternating (one run at 10 million rows); load is
        the machine's one-minute load average after the runs, as other work shares its 2 cores.
        The query reads the file as a user would write it (`read_csv('file')`, no column types
        given). *credit*: issue 16's suite (row count, two not-null, uniqueness on the id, two
        ranges, two sets, an e-mail regex with `mostly`, a mean, a standard deviation and an exact
        median) over 10 columns with nulls; *where filters*: 8 checks of the same data, each with
        its own `where`; *wide*: 100 numeric and 100 text columns, two checks each (1M rows only:
        its 10M-row JSON lines file would take 24 GB). Target: ratio at most 1.25. The full benchmark
        command writes this table with the rest of the page; to refresh it alone:

        ```
        mvn -B -q -pl benchmarks -am install -DskipTests && mvn -B -q -pl benchmarks exec:exec@shapes-report
        ```

        | suite, format, rows | MLTest (s) | one query (s) | ratio | load |
        |---|---|---|---|---|
        """);
    for (String row : rows) {
      md.append(row.strip()).append('\n');
    }
    return md.append('\n').append(END).toString();
  }
}
