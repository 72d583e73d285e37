package dev.mltest.report;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.lineage.RunProvenance;
import java.time.Instant;
import java.util.List;
import org.apiguardian.api.API;

/**
 * Everything one run recorded: its tests in execution-plan order and its lineage.
 *
 * @param tests the tests, in the order of the test plan
 * @param lineage the data files of all tests, the commit and the versions
 * @param finishedAt when the run ended
 * @param trends the history-checked metrics with their recent values (empty without a metrics
 *     repository)
 * @param notes sentences about the run as a whole that a reader must see, e.g. that it was merged
 *     from several JVMs and what that could not guarantee (empty for most runs)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RunReport(
    List<ReportedTest> tests,
    RunProvenance lineage,
    Instant finishedAt,
    List<MetricTrend> trends,
    List<String> notes) {

  public RunReport {
    tests = List.copyOf(tests);
    requireNonNull(lineage, "lineage");
    requireNonNull(finishedAt, "finishedAt");
    trends = List.copyOf(trends);
    notes = List.copyOf(notes);
  }

  /** A report without notes. */
  public RunReport(
      List<ReportedTest> tests,
      RunProvenance lineage,
      Instant finishedAt,
      List<MetricTrend> trends) {
    this(tests, lineage, finishedAt, trends, List.of());
  }

  /** A report without metric trends. */
  public RunReport(List<ReportedTest> tests, RunProvenance lineage, Instant finishedAt) {
    this(tests, lineage, finishedAt, List.of());
  }

  /** A copy with these metric trends. */
  public RunReport withTrends(List<MetricTrend> value) {
    return new RunReport(tests, lineage, finishedAt, value, notes);
  }

  /** A copy with these notes. */
  public RunReport withNotes(List<String> value) {
    return new RunReport(tests, lineage, finishedAt, trends, value);
  }

  /** How many tests came out this way. */
  public long count(Outcome outcome) {
    return tests.stream().filter(t -> t.outcome() == outcome).count();
  }

  /**
   * The run as a whole: {@link Outcome#FAILED} if a test failed or broke, else {@link
   * Outcome#WARNING} if one warned, else {@link Outcome#PASSED}.
   */
  public Outcome overall() {
    if (tests.stream().anyMatch(t -> t.outcome().failsBuild())) {
      return Outcome.FAILED;
    }
    if (count(Outcome.WARNING) > 0) {
      return Outcome.WARNING;
    }
    return Outcome.PASSED;
  }

  /** The tests whose record is of this type, in order. */
  public <R extends RunRecord> List<Recorded<R>> recorded(Class<R> type) {
    return tests.stream()
        .filter(t -> type.isInstance(t.record()))
        .map(t -> new Recorded<>(t, type.cast(t.record())))
        .toList();
  }

  /**
   * A test with its record, typed.
   *
   * @param test the test
   * @param record its record
   */
  public record Recorded<R extends RunRecord>(ReportedTest test, R record) {}
}
