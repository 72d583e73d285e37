package dev.mltest.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectDirectory;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectFile;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;

import dev.mltest.engine.hostile.HostileJupiterAssertions;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoveryIssue;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Hostile suite files and dataset names, one per hole closed in issue 11: each attack fails on its
 * own node with a message naming file, line and what was refused; the healthy suite beside them
 * still passes; and nothing outside the project is read or written — the canary's content appears
 * in no message, no summary.md and no results.json, and no file is created.
 */
class AttackCorpusTest {
  private static final String CANARY = "CANARY-7f3a9e-secret";

  @TempDir Path root;
  private Path project;
  private Path outside;
  private Path canary;
  private Path pwned;
  private Path reports;

  @BeforeEach
  void corpus() throws IOException {
    project = Files.createDirectories(root.resolve("project"));
    outside = Files.createDirectories(root.resolve("outside"));
    canary = Files.writeString(outside.resolve("canary.csv"), "secret\n" + CANARY + "\n");
    pwned = root.resolve("pwned.csv");
    reports = root.resolve("reports");
    Files.writeString(project.resolve("data.csv"), "id,amount\n1,10\n2,20\n3,30\n");
  }

  private Path suite(String name, String text) throws IOException {
    return Files.writeString(project.resolve(name + ".mltest.yaml"), text);
  }

  private EngineExecutionResults run(Path... suites) {
    return MlTestKit.engine(root.resolve("out"))
        .configurationParameter(Constants.REPORT_DIR, reports.toString())
        .selectors(
            Stream.of(suites)
                .map(p -> selectFile(p.toFile()))
                .toArray(f -> new org.junit.platform.engine.DiscoverySelector[f]))
        .execute();
  }

  /** Every failure message, keyed by the failed node's unique id. */
  private static Map<String, String> failures(EngineExecutionResults results) {
    Map<String, String> failures = new LinkedHashMap<>();
    results.allEvents().failed().stream()
        .forEach(
            e ->
                failures.put(
                    e.getTestDescriptor().getUniqueId().toString(),
                    e.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class)
                        .getThrowable()
                        .map(Throwable::getMessage)
                        .orElse("")));
    return failures;
  }

  private static String failureOf(Map<String, String> failures, String idPart) {
    return failures.entrySet().stream()
        .filter(e -> e.getKey().contains(idPart))
        .map(Map.Entry::getValue)
        .findFirst()
        .orElseThrow(
            () -> new AssertionError("no failed node " + idPart + " in " + failures.keySet()));
  }

  private void assertNothingLeaked(EngineExecutionResults results) throws IOException {
    List<String> texts = new ArrayList<>(failures(results).values());
    if (Files.isDirectory(reports)) {
      try (Stream<Path> files = Files.walk(reports)) {
        for (Path f : files.filter(Files::isRegularFile).toList()) {
          texts.add(Files.readString(f, StandardCharsets.UTF_8));
        }
      }
    }
    assertThat(texts).isNotEmpty().noneMatch(t -> t.contains(CANARY));
    assertThat(Files.readString(canary)).isEqualTo("secret\n" + CANARY + "\n");
    assertThat(pwned).doesNotExist();
  }

  @Test
  void sqlThatReachesOutsideTheDatasetIsRefusedOnItsNode() throws IOException {
    Path s =
        suite(
            "sql",
            """
            dataset: data.csv
            expectations:
              - expect: rowCount
                min: 3
              - expect: rowPredicate
                id: read-file
                expression: "(SELECT count(*) FROM read_text('%1$s')) > 0"
              - expect: rowPredicate
                id: copy-out
                expression: "amount > 0); COPY (SELECT 1) TO '%2$s' --"
              - expect: notNull
                column: amount
                id: glob-where
                where: "amount IN (SELECT 1 FROM glob('/etc/*'))"
              - expect: rowPredicate
                id: install
                expression: "amount > 0; INSTALL httpfs"
              - expect: rowPredicate
                id: settings
                expression: "length(current_setting('allowed_paths')) > 0"
              - expect: rowPredicate
                id: fine
                expression: "amount > 0"
            """
                .formatted(canary, pwned));
    EngineExecutionResults results = run(s);

    Map<String, String> failures = failures(results);
    assertThat(failureOf(failures, "read-file"))
        .contains("sql.mltest.yaml:7:17")
        .contains("a subquery (SELECT ...)");
    assertThat(failureOf(failures, "copy-out")).contains("sql.mltest.yaml:10:");
    assertThat(failureOf(failures, "glob-where"))
        .contains("sql.mltest.yaml:14:")
        .contains("'where': a subquery");
    assertThat(failureOf(failures, "install"))
        .contains("sql.mltest.yaml:17:")
        .contains("only a single SQL expression");
    assertThat(failureOf(failures, "settings"))
        .contains("sql.mltest.yaml:20:")
        .contains("current_setting() at column 8 is not allowed");
    assertThat(failures).doesNotContainKeys(s.toString()).hasSize(5);
    assertThat(results.testEvents().succeeded().count()).isEqualTo(2);
    assertNothingLeaked(results);
  }

  @Test
  void datasetPathsOutsideTheProjectAreRefused() throws IOException {
    Files.createSymbolicLink(project.resolve("link.csv"), canary);
    Path relative =
        suite(
            "relative",
            "dataset: ../outside/canary.csv\nexpectations:\n  - expect: rowCount\n    min: 1\n");
    Path absolute =
        suite(
            "absolute",
            "dataset: /etc/os-release\nexpectations:\n  - expect: rowCount\n    min: 1\n");
    Path link =
        suite("link", "dataset: link.csv\nexpectations:\n  - expect: rowCount\n    min: 1\n");
    Path healthy =
        suite("healthy", "dataset: data.csv\nexpectations:\n  - expect: rowCount\n    min: 3\n");
    EngineExecutionResults results = run(relative, absolute, link, healthy);

    Map<String, String> failures = failures(results);
    assertThat(failureOf(failures, "relative.mltest.yaml"))
        .contains("relative.mltest.yaml:1:")
        .contains("outside the allowed data roots")
        .contains(Constants.DATA_ALLOWED_ROOTS);
    assertThat(failureOf(failures, "absolute.mltest.yaml"))
        .contains("/etc/os-release")
        .contains("outside the allowed data roots");
    assertThat(failureOf(failures, "link.mltest.yaml")).contains("symbolic link");
    assertThat(failures.keySet()).noneMatch(k -> k.contains("healthy"));
    assertNothingLeaked(results);
  }

  @Test
  void allowedRootsLetAUserOptIn() throws IOException {
    Path relative =
        suite(
            "relative",
            "dataset: ../outside/canary.csv\nexpectations:\n  - expect: rowCount\n    min: 1\n");
    EngineExecutionResults results =
        MlTestKit.engine(root.resolve("out"))
            .configurationParameter(Constants.REPORT_ENABLED, "false")
            .configurationParameter(Constants.DATA_ALLOWED_ROOTS, outside.toString())
            .selectors(selectFile(relative.toFile()))
            .execute();
    assertThat(failures(results)).isEmpty();
    assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
  }

  @Test
  void globCharactersInFileNamesReadExactlyTheNamedFile() throws IOException {
    Files.writeString(project.resolve("sales[2024].csv"), "v\n1\n");
    Files.writeString(project.resolve("sales2.csv"), "v\n1\n2\n");
    Files.writeString(project.resolve("part*.csv"), "v\n1\n");
    Files.writeString(project.resolve("part1.csv"), "v\n1\n2\n");
    Path brackets =
        suite(
            "brackets",
            "dataset: \"sales[2024].csv\"\nexpectations:\n  - expect: rowCount\n    min: 1\n    max: 1\n");
    Path star =
        suite(
            "star",
            "dataset: \"part*.csv\"\nexpectations:\n  - expect: rowCount\n    min: 1\n    max: 1\n");
    EngineExecutionResults results = run(brackets, star);
    assertThat(failures(results)).isEmpty();
    assertThat(results.testEvents().succeeded().count()).isEqualTo(2);
  }

  @Test
  void anAliasBombFailsItsFileOnlyAndQuickly() throws IOException {
    StringBuilder bomb = new StringBuilder("a0: &a0 [x, x]\n");
    for (int i = 1; i <= 25; i++) {
      bomb.append("a%d: &a%d [*a%d, *a%d]\n".formatted(i, i, i - 1, i - 1));
    }
    bomb.append("dataset: data.csv\nexpectations:\n  - expect: rowCount\n    min: 1\n");
    Path s = suite("bomb", bomb.toString());
    Path healthy =
        suite("healthy", "dataset: data.csv\nexpectations:\n  - expect: rowCount\n    min: 3\n");
    long start = System.nanoTime();
    EngineExecutionResults results = run(s, healthy);
    assertThat(System.nanoTime() - start).isLessThan(60_000_000_000L);
    assertThat(failureOf(failures(results), "bomb.mltest.yaml"))
        .contains("aliases")
        .contains("200,000 nodes");
    assertThat(results.testEvents().succeeded().count()).isEqualTo(1);
  }

  @Test
  void errorsThatMustBeClear() throws IOException {
    Files.createDirectories(project.resolve("folder"));
    Files.write(project.resolve("empty.csv"), new byte[0]);
    Files.write(
        project.resolve("latin.csv"),
        "name,city\nJos\u00e9,M\u00fcnchen\n".getBytes(StandardCharsets.ISO_8859_1));
    Files.writeString(project.resolve("header-only.csv"), "id,amount\n");
    Map<String, Path> suites = new LinkedHashMap<>();
    suites.put(
        "quote",
        suite(
            "quote",
            "dataset: data.csv\nexpectations:\n  - expect: rowPredicate\n    expression: \"amount > 0\n  - expect: rowCount\n    min: 1\n"));
    suites.put(
        "folder",
        suite("folder", "dataset: folder\nexpectations:\n  - expect: rowCount\n    min: 1\n"));
    suites.put(
        "empty",
        suite("empty", "dataset: empty.csv\nexpectations:\n  - expect: rowCount\n    min: 1\n"));
    suites.put(
        "latin",
        suite("latin", "dataset: latin.csv\nexpectations:\n  - expect: rowCount\n    min: 1\n"));
    suites.put(
        "latin-ok",
        suite(
            "latin-ok",
            "dataset:\n  path: latin.csv\n  options: {encoding: latin-1}\nexpectations:\n  - expect: inSet\n    column: city\n    values: [\"M\u00fcnchen\"]\n"));
    suites.put(
        "skiprows",
        suite(
            "skiprows",
            "dataset:\n  path: data.csv\n  options:\n    skipRows: abc\nexpectations:\n  - expect: rowCount\n    min: 1\n"));
    suites.put(
        "header-yes",
        suite(
            "header-yes",
            "dataset:\n  path: data.csv\n  options: {header: yes}\nexpectations:\n  - expect: rowCount\n    min: 3\n    max: 3\n"));
    suites.put(
        "header-bad",
        suite(
            "header-bad",
            "dataset:\n  path: data.csv\n  options:\n    header: maybe\nexpectations:\n  - expect: rowCount\n    min: 1\n"));
    suites.put(
        "nan",
        suite(
            "nan",
            "dataset: data.csv\nexpectations:\n  - expect: notNull\n    column: amount\n    mostly: .nan\n"));
    suites.put(
        "drift-empty",
        suite(
            "drift-empty",
            "dataset: header-only.csv\ndrift:\n  reference: data.csv\n  columns: [amount]\n"));
    Path notUtf8 = project.resolve("latin-suite.mltest.yaml");
    Files.write(
        notUtf8,
        "dataset: data.csv\n# caf\u00e9\nexpectations:\n  - expect: rowCount\n    min: 1\n"
            .getBytes(StandardCharsets.ISO_8859_1));
    suites.put("latin-suite", notUtf8);
    EngineExecutionResults results = run(suites.values().toArray(Path[]::new));
    Map<String, String> failures = failures(results);

    assertThat(failureOf(failures, "quote.mltest.yaml"))
        .contains("quote.mltest.yaml:4:17")
        .contains("unclosed quote");
    assertThat(failureOf(failures, "folder.mltest.yaml")).contains("is a folder");
    assertThat(failureOf(failures, "empty.mltest.yaml")).contains("empty file (0 bytes)");
    assertThat(failureOf(failures, "%2Flatin.mltest.yaml"))
        .contains("not UTF-8")
        .contains("byte 0xE9 at line 2, column 4")
        .contains("encoding: latin-1");
    assertThat(failures.keySet()).noneMatch(k -> k.contains("latin-ok"));
    assertThat(failureOf(failures, "skiprows.mltest.yaml"))
        .contains("skiprows.mltest.yaml:4:15")
        .contains("'skipRows' must be a whole number");
    assertThat(failures.keySet()).noneMatch(k -> k.contains("header-yes"));
    assertThat(failureOf(failures, "header-bad.mltest.yaml"))
        .contains("header-bad.mltest.yaml:4:13")
        .contains("'header' must be true or false");
    assertThat(failureOf(failures, "nan.mltest.yaml"))
        .contains("nan.mltest.yaml:5:")
        .contains("from 0 to 1");
    assertThat(failureOf(failures, "drift-empty.mltest.yaml"))
        .contains("the current dataset has no rows");
    assertThat(failureOf(failures, "latin-suite.mltest.yaml"))
        .contains("not UTF-8 text")
        .contains("byte 0xE9 at line 2, column 6");
  }

  @Test
  void staleIdsAndFilesThatAreNotSuitesAreDiscoveryIssues() throws IOException {
    Path yaml = Files.writeString(project.resolve("settings.yaml"), "a: 1\n");
    List<DiscoveryIssue> issues =
        MlTestKit.engine(root.resolve("out"))
            .selectors(
                selectUniqueId(MlTestKit.suite("gone/renamed.mltest.yaml")),
                selectUniqueId(MlTestKit.suiteFile(project.resolve("deleted.mltest.yaml"))),
                selectFile(yaml.toFile()))
            .discover()
            .getDiscoveryIssues();
    assertThat(issues.stream().map(DiscoveryIssue::message).collect(Collectors.joining("\n")))
        .contains("gone/renamed.mltest.yaml' was renamed, moved or deleted")
        .contains("deleted.mltest.yaml' was renamed, moved or deleted")
        .contains("settings.yaml is not an ml-test suite");
  }

  @Test
  void aWholeFolderOfAttacksStillRunsTheHealthySuite() throws IOException {
    suite(
        "sql",
        "dataset: data.csv\nexpectations:\n  - expect: rowPredicate\n    expression: \"1; COPY (SELECT 1) TO '"
            + pwned
            + "'\"\n");
    suite(
        "escape",
        "dataset: ../outside/canary.csv\nexpectations:\n  - expect: notNull\n    column: secret\n");
    suite("healthy", "dataset: data.csv\nexpectations:\n  - expect: rowCount\n    min: 3\n");
    EngineExecutionResults results =
        MlTestKit.engine(root.resolve("out"))
            .configurationParameter(Constants.REPORT_DIR, reports.toString())
            .selectors(selectDirectory(project.toFile()))
            .execute();
    assertThat(results.testEvents().succeeded().list())
        .extracting(Event::getTestDescriptor)
        .anySatisfy(d -> assertThat(d.getUniqueId().toString()).contains("healthy"));
    assertNothingLeaked(results);
  }

  /**
   * A Jupiter test of the user's own that uses the AssertJ entry points fails with a message
   * quoting the hostile values, and its Allure result is not the engine's to escape: the message
   * itself keeps no markup that any renderer could run, whatever part of it quotes data (values, a
   * column name).
   */
  @Test
  void jupiterFailuresOfTheAssertionsQuoteMarkupAsInertText() {
    EngineExecutionResults results =
        EngineTestKit.engine("junit-jupiter")
            .selectors(selectClass(HostileJupiterAssertions.class))
            .execute();
    results.testEvents().assertStatistics(s -> s.started(3).failed(3));
    Map<String, String> failures = new LinkedHashMap<>();
    results.testEvents().failed().stream()
        .forEach(
            e ->
                failures.put(
                    e.getTestDescriptor().getDisplayName(),
                    e.getRequiredPayload(org.junit.platform.engine.TestExecutionResult.class)
                        .getThrowable()
                        .map(Throwable::toString)
                        .orElse("")));
    assertThat(failures.get("segmentsAreKnown()"))
        .contains("\\u003cscript>fetch(`/xss-fired?script`)\\u003c/script>")
        .contains("\\u003cimg src=/xss-markup?img onerror=fetch(")
        .contains("\\u003csvg onload=");
    assertThat(failures.get("notesAreShort()")).contains("\\u003cb>AAAA");
    assertThat(failures.get("aColumnNamedWithMarkupExists()"))
        .contains("\\u003csvg onload=fetch(`/xss-fired?column`)>");
    assertThat(failures.values())
        .hasSize(3)
        .allSatisfy(m -> assertThat(m).doesNotContainPattern("<[A-Za-z/!?]"));
  }
}
