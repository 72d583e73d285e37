package dev.mltest.suggest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.drift.ColumnOutcome;
import dev.mltest.drift.DatasetComparison;
import dev.mltest.drift.DriftReport;
import dev.mltest.expect.Evaluator;
import dev.mltest.expect.ExpectationResult;
import dev.mltest.expect.ExpectationSpec;
import dev.mltest.profile.DatasetProfile;
import dev.mltest.profile.Profiler;
import dev.mltest.suite.SuiteDefinition;
import dev.mltest.suite.SuiteEntry;
import dev.mltest.suite.SuiteParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SuiteSuggesterTest {
  @TempDir Path dir;

  @Test
  void suggestedSuiteParsesAndPassesOnItsOwnBatchesAndOnAFreshOne() throws IOException {
    List<Path> batches = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      batches.add(OrdersData.write(dir, "orders-" + i + ".csv", i, 1000, i * 1000));
    }
    SuggestedSuite suite = suggest(batches, RuleSet.FULL);
    Files.writeString(dir.resolve("orders.mltest.yaml"), suite.yaml());
    SuiteDefinition definition = SuiteParser.parse("orders.mltest.yaml", suite.yaml());
    assertThat(definition.problems()).isEmpty();
    assertThat(definition.entries()).allSatisfy(e -> assertThat(e.expectation()).isPresent());
    assertThat(definition.drift()).isNotNull();
    for (Path batch : batches) {
      assertThat(failures(definition, batch)).as(batch.toString()).isEmpty();
    }
    Path fresh = OrdersData.write(dir, "fresh.csv", 99, 1000, 50_000);
    assertThat(failures(definition, fresh)).isEmpty();
    assertThat(driftedColumns(definition, batches.get(0), fresh)).isEmpty();
  }

  @Test
  void everyExpectationSaysItsRuleAndObservation() throws IOException {
    Path batch = OrdersData.write(dir, "orders.csv", 1, 1000, 0);
    String yaml = suggest(List.of(batch), RuleSet.FULL).yaml();
    List<String> lines = yaml.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("  - expect:")) {
        assertThat(lines.get(i - 1)).startsWith("  # ").contains(": ");
      }
    }
    assertThat(yaml)
        .contains("- expect: primaryKey\n    columns: [order_id]")
        .contains("expect: inSet\n    column: status")
        .contains("# integer codes: 3 distinct values")
        .contains("regex: \"^[A-Za-z]{2}-[0-9]{4}$\"")
        .contains("expect: nullRatio\n    column: email")
        .contains("format: email")
        .contains("expect: meanBetween\n    column: amount");
  }

  @Test
  void catchesTheBreakageUsersSuffer() throws IOException {
    Path clean = OrdersData.write(dir, "orders.csv", 1, 2000, 0);
    SuiteDefinition definition =
        SuiteParser.parse("s.mltest.yaml", suggest(List.of(clean), RuleSet.FULL).yaml());
    String text = Files.readString(OrdersData.write(dir, "next.csv", 2, 1000, 10_000));
    // A status typo, an amount in cents, a duplicated key.
    assertThat(failures(definition, write("typo.csv", text.replaceFirst(",paid,", ",payd,"))))
        .contains("inSet");
    assertThat(failures(definition, write("cents.csv", cents(text)))).contains("meanBetween");
    String[] lines = text.split("\n");
    assertThat(failures(definition, write("dup.csv", text + lines[1] + "\n")))
        .contains("primaryKey");
  }

  @Test
  void hostileNamesAndValuesSurviveTheSuiteFile() throws IOException {
    StringBuilder csv = new StringBuilder("\"we\"\"ird: #name\",\"yes\"\n");
    for (int i = 0; i < 100; i++) {
      csv.append(i % 2 == 0 ? "\"a: #b\"" : "\"it's \\\"q\\\"\"")
          .append(',')
          .append(i)
          .append('\n');
    }
    Path data = write("hostile.csv", csv.toString());
    String yaml = suggest(List.of(data), RuleSet.FULL).yaml();
    SuiteDefinition definition = SuiteParser.parse("h.mltest.yaml", yaml);
    assertThat(definition.problems()).isEmpty();
    assertThat(definition.entries()).allSatisfy(e -> assertThat(e.problem()).isNull());
    assertThat(failures(definition, data)).isEmpty();
  }

  @Test
  void baselineHasOnlyMinMaxNullAndSets() throws IOException {
    Path batch = OrdersData.write(dir, "orders.csv", 1, 500, 0);
    SuggestedSuite suite = suggest(List.of(batch), RuleSet.BASELINE);
    assertThat(suite.expectations())
        .extracting(Suggestion::expect)
        .containsOnly("notNull", "between", "inSet");
    assertThat(suite.drift()).isNull();
  }

  private String cents(String text) {
    StringBuilder out = new StringBuilder();
    for (String line : text.split("\n")) {
      String[] f = line.split(",", -1);
      if (!f[0].equals("order_id")) {
        f[3] = String.valueOf(Math.round(Double.parseDouble(f[3]) * 100));
      }
      out.append(String.join(",", f)).append('\n');
    }
    return out.toString();
  }

  private Path write(String name, String text) throws IOException {
    return Files.writeString(dir.resolve(name), text);
  }

  private SuggestedSuite suggest(List<Path> batches, RuleSet rules) {
    List<DatasetProfile> profiles = new ArrayList<>();
    // One backend per file: a backend is locked down to its files once it has run a query.
    for (Path batch : batches) {
      try (DataBackend backend = DataBackend.duckDb();
          BoundTable table = backend.open(Dataset.csv(batch))) {
        profiles.add(Profiler.profile(table));
      }
    }
    String first = batches.get(0).getFileName().toString();
    return SuiteSuggester.suggest(profiles, new SuggestOptions("orders", first, first, rules));
  }

  /** The keys of the failed expectations. */
  static List<String> failures(SuiteDefinition definition, Path data) {
    List<ExpectationSpec> specs =
        definition.entries().stream()
            .map(SuiteEntry::expectation)
            .flatMap(Optional::stream)
            .toList();
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable table = backend.open(Dataset.csv(data))) {
      return Evaluator.evaluate(table, specs, false).stream()
          .filter(r -> r.status() != ExpectationResult.Status.PASSED)
          .map(r -> r.key() + ": " + r.message())
          .map(s -> s.substring(0, s.indexOf(':')))
          .toList();
    }
  }

  static List<String> driftedColumns(SuiteDefinition definition, Path reference, Path current) {
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable ref = backend.open(Dataset.csv(reference));
        BoundTable cur = backend.open(Dataset.csv(current))) {
      DriftReport report = DatasetComparison.compare(ref, cur, definition.drift().config());
      return report.columns().stream()
          .filter(
              c -> !(c instanceof ColumnOutcome.Compared compared) || compared.result().drifted())
          .map(ColumnOutcome::column)
          .toList();
    }
  }
}
