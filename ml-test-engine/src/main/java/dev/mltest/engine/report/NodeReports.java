package dev.mltest.engine.report;

import dev.mltest.data.ValueText;
import dev.mltest.expect.Counts;
import dev.mltest.lineage.DatasetFingerprints;
import dev.mltest.lineage.DatasetProvenance;
import dev.mltest.lineage.RunProvenance;
import dev.mltest.report.DriftColumnRecord;
import dev.mltest.report.ExpectationRecord;
import dev.mltest.report.MetricRecord;
import dev.mltest.report.Outcome;
import dev.mltest.report.PropertyRecord;
import dev.mltest.report.ReportedTest;
import dev.mltest.report.RunRecord;
import dev.mltest.report.RunReport;
import dev.mltest.text.Formats;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;

/**
 * What the nodes of one run recorded and how they finished, thread-safe; it turns them into a
 * {@link RunReport} in test-plan order. Data files are hashed once per JVM while they do not change
 * (see {@link DatasetFingerprints#shared}), whatever number of runs and trainings read them.
 */
final class NodeReports {

  /**
   * One node's report so far.
   *
   * @param facts its place in the tree
   * @param record what it recorded, if it got that far
   * @param result how it finished, once it has
   * @param parameters its Allure parameters, in order
   * @param dataFiles the data files it read, hashed
   */
  record Entry(
      NodeFacts facts,
      @Nullable RunRecord record,
      @Nullable TestExecutionResult result,
      Map<String, String> parameters,
      List<DatasetProvenance> dataFiles) {

    Entry withResult(TestExecutionResult finished) {
      return new Entry(facts, record, finished, parameters, dataFiles);
    }
  }

  private final UnaryOperator<String> environment;
  private final DatasetFingerprints fingerprints = DatasetFingerprints.shared();
  private final Map<UniqueId, Entry> entries = new ConcurrentHashMap<>();
  private final AtomicBoolean inAllure = new AtomicBoolean();
  private volatile @Nullable RunProvenance lineage;

  NodeReports(UnaryOperator<String> environment) {
    this.environment = environment;
  }

  Entry record(TestDescriptor node, RunRecord record) {
    return entries.compute(
        node.getUniqueId(), (id, old) -> entry(node, record, old == null ? null : old.result()));
  }

  Entry finished(TestDescriptor node, TestExecutionResult result) {
    return entries.compute(
        node.getUniqueId(),
        (id, old) -> old == null ? entry(node, null, result) : old.withResult(result));
  }

  void markInAllure() {
    inAllure.set(true);
  }

  /** Whether any node found and decorated its Allure result. */
  boolean inAllure() {
    return inAllure.get();
  }

  /** The run's commit and versions, probed once; without data files. */
  RunProvenance lineage() {
    RunProvenance probed = lineage;
    if (probed == null) {
      synchronized (this) {
        probed = lineage;
        if (probed == null) {
          probed = RunProvenance.probe(environment);
          lineage = probed;
        }
      }
    }
    return probed;
  }

  /** The report of every recorded or finished node below the engine, in test-plan order. */
  RunReport report(TestDescriptor engine, Instant finishedAt) {
    List<ReportedTest> tests = new ArrayList<>();
    Map<String, DatasetProvenance> files = new LinkedHashMap<>();
    collect(engine, tests, files);
    return new RunReport(tests, lineage().withDatasets(List.copyOf(files.values())), finishedAt);
  }

  private void collect(
      TestDescriptor node, List<ReportedTest> tests, Map<String, DatasetProvenance> files) {
    Entry entry = entries.get(node.getUniqueId());
    if (entry != null) {
      tests.add(reported(entry));
      entry.dataFiles().forEach(f -> files.putIfAbsent(f.path() + "@" + f.sha256(), f));
    }
    node.getChildren().forEach(child -> collect(child, tests, files));
  }

  private static ReportedTest reported(Entry entry) {
    RunRecord record = entry.record();
    TestExecutionResult result = entry.result();
    Outcome outcome;
    String message = record == null ? "" : record.message();
    if (result == null) {
      outcome = record == null ? Outcome.SKIPPED : record.outcome();
    } else if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
      outcome =
          record != null
                  && (record.outcome() == Outcome.WARNING || record.outcome() == Outcome.IMPROVED)
              ? record.outcome()
              : Outcome.PASSED;
    } else if (result.getStatus() == TestExecutionResult.Status.ABORTED) {
      outcome = Outcome.SKIPPED;
      message = result.getThrowable().map(Throwable::getMessage).orElse(message);
    } else {
      Throwable thrown = result.getThrowable().orElse(null);
      outcome = thrown instanceof AssertionError ? Outcome.FAILED : Outcome.BROKEN;
      if (thrown != null && thrown.getMessage() != null) {
        message = thrown.getMessage();
      } else if (thrown != null) {
        message = thrown.toString();
      }
    }
    NodeFacts facts = entry.facts();
    return new ReportedTest(
        facts.uniqueId().toString(),
        facts.name(),
        facts.feature(),
        facts.kind(),
        facts.story(),
        outcome,
        message,
        record,
        entry.parameters(),
        entry.dataFiles());
  }

  private Entry entry(
      TestDescriptor node, @Nullable RunRecord record, @Nullable TestExecutionResult result) {
    NodeFacts facts = NodeFacts.of(node, record);
    Map<String, String> parameters = new LinkedHashMap<>();
    List<DatasetProvenance> files = new ArrayList<>();
    for (NodeFacts.DataRef ref : facts.datasets()) {
      parameters.put(ref.role(), ref.shownAs());
    }
    if (record instanceof MetricRecord m && !m.dataFiles().isEmpty()) {
      parameters.put(
          "dataset", m.dataFiles().stream().map(Path::toString).collect(Collectors.joining(", ")));
    }
    seed(record).ifPresent(seed -> parameters.put("seed", seed));
    sampleSize(record).ifPresent(size -> parameters.put("sample size", size));
    for (NodeFacts.DataRef ref : facts.datasets()) {
      if (ref.dataset() == null && ref.unhashed() != null) {
        parameters.put(ref.role() + " SHA-256", "not computed: " + ref.unhashed());
      }
      if (ref.dataset() != null) {
        hash(ref.dataset().path(), ref.shownAs(), parameters, ref.role() + " SHA-256")
            .ifPresent(
                f -> {
                  files.add(f);
                  parameters.put(ref.role() + " SHA-256", f.shortSha256());
                });
      }
    }
    if (record instanceof MetricRecord m) {
      List<String> hashes = new ArrayList<>();
      for (Path file : m.dataFiles()) {
        hash(file, file.toString(), parameters, "dataset SHA-256")
            .ifPresent(
                f -> {
                  files.add(f);
                  hashes.add(f.shortSha256());
                });
      }
      if (!hashes.isEmpty()) {
        parameters.put("dataset SHA-256", String.join(", ", hashes));
      }
    }
    return new Entry(facts, record, result, parameters, files);
  }

  /**
   * The file's fingerprint; when it cannot be read, the lineage says so under {@code key} instead
   * of leaving the hash out unnoticed (the node itself reports why the data could not be read).
   */
  private Optional<DatasetProvenance> hash(
      Path file, String shownAs, Map<String, String> parameters, String key) {
    try {
      return Optional.of(fingerprints.of(file, shownAs));
    } catch (UncheckedIOException e) {
      parameters.put(
          key, "not computed: " + ValueText.withoutMarkup(String.valueOf(e.getMessage())));
      return Optional.empty();
    }
  }

  private static Optional<String> seed(@Nullable RunRecord record) {
    if (record instanceof MetricRecord m && m.seed() != null) {
      return Optional.of(Long.toString(m.seed()));
    }
    if (record instanceof PropertyRecord p) {
      return Optional.of(Long.toString(p.seed()));
    }
    return Optional.empty();
  }

  private static Optional<String> sampleSize(@Nullable RunRecord record) {
    if (record instanceof ExpectationRecord e && e.result().counts() != null) {
      Counts counts = e.result().counts();
      return Optional.of(Formats.count(counts.elementCount()) + " rows");
    }
    if (record instanceof DriftColumnRecord d) {
      return Optional.of(
          Formats.count(d.result().reference().size())
              + " reference / "
              + Formats.count(d.result().current().size())
              + " current values");
    }
    if (record instanceof MetricRecord m && m.sampleRows() != null) {
      return Optional.of(Formats.count(m.sampleRows()) + " rows");
    }
    if (record instanceof PropertyRecord p) {
      return Optional.of(Formats.count(p.tries(), "try", "tries"));
    }
    return Optional.empty();
  }
}
