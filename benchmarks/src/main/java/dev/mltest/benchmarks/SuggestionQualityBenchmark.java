package dev.mltest.benchmarks;

import dev.mltest.data.BoundTable;
import dev.mltest.data.DataAccessException;
import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import dev.mltest.drift.ColumnOutcome;
import dev.mltest.drift.CoverageOutcome;
import dev.mltest.drift.DatasetComparison;
import dev.mltest.drift.DriftReport;
import dev.mltest.expect.Evaluator;
import dev.mltest.expect.ExpectationResult;
import dev.mltest.expect.ExpectationSpec;
import dev.mltest.profile.DatasetProfile;
import dev.mltest.profile.Profiler;
import dev.mltest.suggest.RuleSet;
import dev.mltest.suggest.SuggestOptions;
import dev.mltest.suggest.SuggestedSuite;
import dev.mltest.suggest.SuiteSuggester;
import dev.mltest.suite.SuiteDefinition;
import dev.mltest.suite.SuiteEntry;
import dev.mltest.suite.SuiteParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.TreeMap;

/**
 * Measures the quality of suggested suites on a realistic table (the examples' 25,000-row telco
 * churn table): learns a suite on clean batches, then runs it (a) on fresh clean batches, counting
 * false alarms, and (b) on the same batches with one kind of injected error each, counting the
 * share caught per kind; side by side for the full rule set and a min/max/null/set baseline.
 *
 * <pre>
 * mvn -q -pl benchmarks -am install -DskipTests &amp;&amp; mvn -q -pl benchmarks exec:exec@suggest
 * </pre>
 *
 * The table is written to {@code docs/suggestion-quality.md}.
 */
public final class SuggestionQualityBenchmark {
  private SuggestionQualityBenchmark() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = Options.parse(args);
    Path data =
        Path.of(
            options.getOrDefault(
                "data", "examples/src/test/resources/dev/mltest/examples/data/telco-churn.csv"));
    Path dir = Path.of(options.getOrDefault("dir", "target/suggest-bench"));
    int batchRows = Integer.parseInt(options.getOrDefault("batch", "1000"));
    int learn = Integer.parseInt(options.getOrDefault("learn", "5"));
    long seed = Long.parseLong(options.getOrDefault("seed", "20261204"));
    Files.createDirectories(dir);

    List<String> lines = Files.readAllLines(data);
    String[] header = lines.get(0).split(",", -1);
    List<String[]> rows = new ArrayList<>();
    lines.stream().skip(1).forEach(l -> rows.add(l.split(",", -1)));
    Collections.shuffle(rows, new Random(seed));
    int batches = rows.size() / batchRows;
    List<List<String[]>> all = new ArrayList<>();
    for (int b = 0; b < batches; b++) {
      List<String[]> batch = new ArrayList<>();
      batch.add(header);
      batch.addAll(rows.subList(b * batchRows, (b + 1) * batchRows));
      all.add(batch);
    }
    List<List<String[]>> learning = all.subList(0, learn);
    List<List<String[]>> fresh = all.subList(learn, batches);

    List<Path> learnFiles = new ArrayList<>();
    for (int i = 0; i < learning.size(); i++) {
      learnFiles.add(
          write(dir.resolve("learn-" + i + ".csv"), ErrorInjection.text(learning.get(i))));
    }
    Map<RuleSet, Result> results = new EnumMap<>(RuleSet.class);
    {
      // One backend per file or comparison: a backend is locked down to its files once it ran a
      // query.
      List<DatasetProfile> profiles = new ArrayList<>();
      for (Path file : learnFiles) {
        try (DataBackend backend = DataBackend.duckDb();
            BoundTable table = backend.open(Dataset.csv(file))) {
          profiles.add(Profiler.profile(table));
        }
      }
      for (RuleSet rules : RuleSet.values()) {
        String reference = learnFiles.get(0).getFileName().toString();
        SuggestedSuite suite =
            SuiteSuggester.suggest(
                profiles, new SuggestOptions("telco churn", reference, reference, rules));
        Path suiteFile = write(dir.resolve(rules.key() + ".mltest.yaml"), suite.yaml());
        SuiteDefinition definition = SuiteParser.parse(suiteFile.toString(), suite.yaml());
        if (!definition.problems().isEmpty()) {
          throw new IllegalStateException("suggested suite has problems: " + definition.problems());
        }
        Judge judge = new Judge(definition, learnFiles.get(0));
        Result result = new Result(suite.expectations().size());
        for (int i = 0; i < fresh.size(); i++) {
          Path clean = write(dir.resolve("clean-" + i + ".csv"), ErrorInjection.text(fresh.get(i)));
          Verdict v = judge.run(clean);
          result.cleanFailures += v.failures.size();
          if (!v.failures.isEmpty()) {
            result.cleanBatchesFailed++;
            result.falseAlarms.addAll(v.failures);
          }
          for (ErrorInjection kind : ErrorInjection.values()) {
            Random random = new Random(seed * 31 + i * 1009L + kind.ordinal());
            Path broken =
                write(
                    dir.resolve("broken-" + kind.name() + "-" + i + ".csv"),
                    kind.inject(fresh.get(i), random));
            Verdict b = judge.run(broken);
            result.trials.merge(kind, 1, Integer::sum);
            if (!b.failures.isEmpty()) {
              result.caught.merge(kind, 1, Integer::sum);
              if (b.readError) {
                result.byReadError.merge(kind, 1, Integer::sum);
              }
            }
          }
        }
        results.put(rules, result);
        System.err.printf(
            "%s: %d expectations, clean failures %d%n",
            rules.key(), result.expectations, result.cleanFailures);
      }
    }
    String table = table(results, fresh.size(), learn, batchRows, data);
    System.out.print(table);
    if (options.containsKey("output")) {
      Files.writeString(Path.of(options.get("output")), table);
    }
  }

  private static Path write(Path file, String text) throws IOException {
    return Files.writeString(file, text);
  }

  /** Runs a suite (expectations and drift section) on one batch, as the engine judges it. */
  private record Judge(SuiteDefinition suite, Path reference) {
    Verdict run(Path batch) {
      List<ExpectationSpec> specs =
          suite.entries().stream().map(SuiteEntry::expectation).flatMap(Optional::stream).toList();
      List<String> failures = new ArrayList<>();
      try (DataBackend backend = DataBackend.duckDb();
          BoundTable table = backend.open(Dataset.csv(batch));
          BoundTable ref = backend.open(Dataset.csv(reference))) {
        for (ExpectationResult r : Evaluator.evaluate(table, specs, suite.allowEmpty())) {
          if (r.status() != ExpectationResult.Status.PASSED && !r.isWarning()) {
            failures.add(r.name());
          }
        }
        if (suite.drift() != null) {
          DriftReport report = DatasetComparison.compare(ref, table, suite.drift().config());
          for (ColumnOutcome c : report.columns()) {
            if (!(c instanceof ColumnOutcome.Compared compared) || compared.result().drifted()) {
              failures.add("drift[" + c.column() + "]");
            }
          }
          for (CoverageOutcome c : report.coverage()) {
            if (!c.passed()) {
              failures.add(c.name());
            }
          }
        }
      } catch (DataAccessException e) {
        return new Verdict(List.of("unreadable: " + e.getMessage()), true);
      }
      return new Verdict(failures, false);
    }
  }

  private record Verdict(List<String> failures, boolean readError) {}

  private static final class Result {
    final int expectations;
    int cleanFailures;
    int cleanBatchesFailed;
    final List<String> falseAlarms = new ArrayList<>();
    final Map<ErrorInjection, Integer> trials = new EnumMap<>(ErrorInjection.class);
    final Map<ErrorInjection, Integer> caught = new EnumMap<>(ErrorInjection.class);
    final Map<ErrorInjection, Integer> byReadError = new EnumMap<>(ErrorInjection.class);

    Result(int expectations) {
      this.expectations = expectations;
    }

    double share(ErrorInjection kind) {
      return (double) caught.getOrDefault(kind, 0) / trials.getOrDefault(kind, 1);
    }

    long kindsCaught() {
      return java.util.Arrays.stream(ErrorInjection.values()).filter(k -> share(k) >= 0.9).count();
    }
  }

  private static String table(
      Map<RuleSet, Result> results, int clean, int learn, int batchRows, Path data) {
    Result full = Objects.requireNonNull(results.get(RuleSet.FULL), "both rule sets ran");
    Result base = Objects.requireNonNull(results.get(RuleSet.BASELINE), "both rule sets ran");
    StringBuilder t = new StringBuilder();
    t.append(
        "<!-- Generated by SuggestionQualityBenchmark (mvn -q -pl benchmarks exec:exec@suggest); do not edit. -->\n");
    t.append("# Suggestion quality\n\n");
    t.append(
        "Suites learned from %d clean batches of %,d rows of `%s` (shuffled with a fixed seed), then run on %d fresh clean batches and on the same %d batches with one injected error each (%d trials per kind). An error is caught when at least one error-severity check of the suite fails (expectation, drift column or coverage) or the batch cannot be read.\n\n"
            .formatted(learn, batchRows, data.getFileName(), clean, clean, clean));
    t.append("| | suggested rules (full) | baseline (min/max/null/set) |\n|---|---:|---:|\n");
    t.append(
        "| expectations in the suite | %d (+ drift section) | %d |\n"
            .formatted(full.expectations, base.expectations));
    t.append(
        "| failed checks on %d clean batches (false alarms) | %d | %d |\n"
            .formatted(clean, full.cleanFailures, base.cleanFailures));
    t.append(
        "| clean batches with any failure | %d / %d | %d / %d |\n"
            .formatted(full.cleanBatchesFailed, clean, base.cleanBatchesFailed, clean));
    for (ErrorInjection kind : ErrorInjection.values()) {
      t.append(
          "| %s: %s | %s | %s |\n"
              .formatted(kind.label(), kind.description(), share(full, kind), share(base, kind)));
    }
    int kinds = ErrorInjection.values().length;
    t.append(
        "| **error kinds caught in ≥ 90%% of trials** | **%d / %d (%.0f%%)** | **%d / %d (%.0f%%)** |\n"
            .formatted(
                full.kindsCaught(),
                kinds,
                100.0 * full.kindsCaught() / kinds,
                base.kindsCaught(),
                kinds,
                100.0 * base.kindsCaught() / kinds));
    if (!full.falseAlarms.isEmpty() || !base.falseAlarms.isEmpty()) {
      t.append("\nFalse alarms: full ")
          .append(count(full.falseAlarms))
          .append("; baseline ")
          .append(count(base.falseAlarms))
          .append(".\n");
    }
    t.append(
        "\n\"Caught by a read error\" counts batches that DuckDB could not read at all (a cut line); validate reports them as broken (exit code 2).\n");
    return t.toString();
  }

  private static String share(Result r, ErrorInjection kind) {
    int read = r.byReadError.getOrDefault(kind, 0);
    String s = String.format(Locale.ROOT, "%.0f%%", 100 * r.share(kind));
    return read > 0 ? s + " (%d by a read error)".formatted(read) : s;
  }

  private static String count(List<String> names) {
    Map<String, Integer> counts = new TreeMap<>();
    names.forEach(n -> counts.merge(n, 1, Integer::sum));
    return counts.toString();
  }
}
