package dev.mltest.engine.report;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.expect.ExpectationSpec;
import dev.mltest.history.MetricHistory;
import dev.mltest.report.ExpectationRecord;
import dev.mltest.report.MetricRecord;
import dev.mltest.report.MetricTrend;
import dev.mltest.report.RunRecord;
import dev.mltest.report.RunReport;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.store.Namespace;
import org.opentest4j.TestAbortedException;

/**
 * Records what every ML test of one run judged, for Allure and for the files written at the end:
 * the markdown summary and the JSON results. There is one per engine execution; nodes reach it
 * through {@code context.recorder()}.
 *
 * <p>A node calls {@link #record} right after judging and before throwing, <em>on its own
 * thread</em>: allure-java binds attachments to the test running on the calling thread. It also
 * reports its outcome from {@code Node.nodeFinished}, so that tests that broke before recording
 * still count:
 *
 * <pre>{@code
 * public MlTestExecutionContext execute(MlTestExecutionContext context, DynamicTestExecutor e) {
 *   MetricRecord record = ...;                   // judge
 *   context.recorder().record(this, record);     // then record
 *   if (record.outcome() == Outcome.FAILED) {
 *     throw new AssertionFailedError(record.message(), expected, actual);
 *   }
 *   return context;
 * }
 *
 * public void nodeFinished(MlTestExecutionContext context, TestDescriptor d, TestExecutionResult r) {
 *   context.recorder().finished(d, r);
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class RunRecorder {
  private static final System.Logger LOG = System.getLogger(RunRecorder.class.getName());
  private static final Namespace NAMESPACE = Namespace.create(RunRecorder.class.getName());

  private final ExecutionRequest request;
  private final ReportSettings settings;
  private final NodeReports nodes;
  private final @Nullable AllureNodeReport allure;
  private final RunHistory history;
  private final AtomicBoolean written = new AtomicBoolean();
  private final List<ReportPart.Training> trainings = new CopyOnWriteArrayList<>();
  private final Instant startedAt = Instant.now();
  private final String execution =
      "JVM %d, execution %d".formatted(ProcessHandle.current().pid(), EXECUTIONS.incrementAndGet());

  /** The executions of the engine in this JVM so far: Surefire makes one per class in forks. */
  private static final AtomicInteger EXECUTIONS = new AtomicInteger();

  private final Map<UniqueId, AllureNodeReport.ModelTable> modelTables = new ConcurrentHashMap<>();

  private RunRecorder(ExecutionRequest request, ReportSettings settings) {
    this.request = request;
    this.settings = settings;
    this.nodes = new NodeReports(System::getenv);
    AllureApi api = settings.allure() ? AllureApi.detect() : null;
    this.allure = api == null ? null : new AllureNodeReport(api, settings.charts());
    this.history = RunHistory.from(request.getConfigurationParameters(), System::getenv);
  }

  /**
   * The metric history of a suite's history-aware expectations, from the run's metrics repository
   * ({@link MetricHistory#none()} without one).
   */
  public MetricHistory metricHistory(ReportedSuite suite, List<ExpectationSpec> specs) {
    return history.forSuite(suite, specs);
  }

  /**
   * The problems of the report keys' values, each naming the key, the value and the accepted
   * values; discovery reports them as issues.
   */
  public static List<String> configurationProblems(ConfigurationParameters parameters) {
    return ReportSettings.problems(parameters);
  }

  /**
   * Creates the recorder of a run and keeps it in the request's store, where every copy of the
   * execution context finds it.
   */
  public static RunRecorder create(ExecutionRequest request) {
    RunRecorder recorder =
        new RunRecorder(
            request, ReportSettings.from(request.getConfigurationParameters(), System::getenv));
    request.getStore().put(NAMESPACE, key(request), recorder);
    return recorder;
  }

  /** The recorder of a run, created if there is none yet. */
  public static RunRecorder of(ExecutionRequest request) {
    RunRecorder recorder = request.getStore().get(NAMESPACE, key(request), RunRecorder.class);
    if (recorder != null) {
      return recorder;
    }
    return create(request);
  }

  private static UniqueId key(ExecutionRequest request) {
    return request.getRootTestDescriptor().getUniqueId();
  }

  /**
   * Records what a test judged. Call it on the test's own thread, right after judging and before
   * throwing; each test records at most once.
   */
  public void record(TestDescriptor node, RunRecord record) {
    try {
      decorate(node, nodes.record(node, record));
    } catch (RuntimeException e) {
      // Reporting must never change a test's outcome.
      LOG.log(System.Logger.Level.WARNING, "cannot record " + node.getUniqueId(), e);
    }
  }

  /**
   * Records that a regression test trained a model on this dataset file, so that the build's report
   * can tell whether a suite in another JVM found that data bad.
   *
   * @param dataset the file, absolute and normalized as the dataset failures name it
   */
  public void trainedOn(TestDescriptor node, String name, String dataset) {
    trainings.add(new ReportPart.Training(node.getUniqueId().toString(), name, dataset));
  }

  /**
   * Records a model's whole metric-delta table, from its container's thread: Allure shows it on the
   * container and on each metric test below it. Nothing is written without Allure.
   *
   * @param container the node that trained and compared the model
   * @param title the model, e.g. {@code ChurnModelTest.logistic()}
   * @param metrics every compared metric of the model
   */
  public void modelTable(
      TestDescriptor container,
      EngineExecutionListener listener,
      String title,
      List<MetricRecord> metrics) {
    if (allure == null || metrics.isEmpty()) {
      return;
    }
    try {
      AllureNodeReport.ModelTable table = new AllureNodeReport.ModelTable(title, metrics);
      modelTables.put(container.getUniqueId(), table);
      allure.containerTable(container, listener, table);
    } catch (RuntimeException | LinkageError e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "cannot add the metric-delta table of " + container.getUniqueId() + ": " + e,
          e);
    }
  }

  /**
   * Records how a node finished; call it from {@code Node.nodeFinished}. Tests that recorded
   * nothing (they broke first) are decorated in Allure now; containers count only if they failed.
   */
  public void finished(TestDescriptor node, TestExecutionResult result) {
    if (!node.isTest() && result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
      return;
    }
    try {
      NodeReports.Entry entry = nodes.finished(node, result);
      if (node.isTest() && entry.record() == null) {
        decorate(node, entry);
      }
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot record " + node.getUniqueId(), e);
    }
  }

  /**
   * Records a test that was skipped before it ran (a drift column left out for its role), so that
   * {@code results.json} and the summary list it as skipped with the reason; call it from {@code
   * Node.nodeSkipped}. Its Allure result is allure-java's own: it is written only after this call.
   */
  public void skipped(TestDescriptor node, String reason) {
    try {
      nodes.finished(node, TestExecutionResult.aborted(new TestAbortedException(reason)));
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot record " + node.getUniqueId(), e);
    }
  }

  private void decorate(TestDescriptor node, NodeReports.Entry entry) {
    if (allure == null) {
      return;
    }
    try {
      boolean decorated =
          allure.report(
              entry.facts(),
              entry.parameters(),
              nodes.lineage().withDatasets(entry.dataFiles()),
              entry.record(),
              node.getParent().map(p -> modelTables.get(p.getUniqueId())).orElse(null));
      if (decorated) {
        nodes.markInAllure();
        if (entry.record() instanceof ExpectationRecord e) {
          MetricTrend trend =
              history.trend(entry.facts().feature(), e.result(), entry.record().outcome());
          if (trend != null) {
            allure.trend(trend);
          }
        }
      }
    } catch (RuntimeException | LinkageError e) {
      LOG.log(
          System.Logger.Level.WARNING,
          "cannot add the Allure details of " + node.getUniqueId() + ": " + e,
          e);
    }
  }

  /**
   * Writes the summary, the JSON results and the Allure results folder's files, once per run and
   * only if the engine had tests. The summary and the JSON results cover the whole build: this run
   * and the other runs of the build so far (see {@link BuildReport}). Problems are logged: reports
   * never fail a run.
   *
   * @param dataFailures what this run's suites found wrong, by dataset file (absolute, normalized)
   */
  public void writeReports(TestDescriptor engine, Map<String, List<String>> dataFailures) {
    if (engine.getChildren().isEmpty() || written.getAndSet(true)) {
      return;
    }
    try {
      RunReport report = nodes.report(engine, Instant.now());
      report = report.withTrends(history.trends(report));
      history.record(report);
      if (settings.enabled()) {
        writeFiles(report, dataFailures);
      }
      if (allure != null && nodes.inAllure()) {
        writeAllureFiles(report);
      }
    } catch (RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot write the MLTest reports", e);
    }
  }

  private void writeFiles(RunReport report, Map<String, List<String>> dataFailures) {
    Path directory;
    try {
      directory = reportDirectory();
    } catch (RuntimeException e) {
      // EngineTestKit without an output directory creator refuses to give one: no files then.
      LOG.log(System.Logger.Level.DEBUG, () -> "no report directory: " + e.getMessage());
      return;
    }
    BuildIdentity build = BuildIdentity.current(request.getConfigurationParameters());
    ReportPart part =
        new ReportPart(
            ReportPart.FORMAT, build.id(), execution, startedAt, report, dataFailures, trainings);
    try {
      BuildReport.add(
          directory,
          build,
          part,
          (merged, buildFolder) -> {
            List<Path> files =
                ReportFiles.write(
                    directory,
                    merged,
                    settings.summary(),
                    settings.stepSummary(),
                    build.alone() ? null : buildFolder);
            LOG.log(System.Logger.Level.INFO, () -> "MLTest reports: " + files);
          });
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot write the MLTest reports to " + directory, e);
    }
  }

  private void writeAllureFiles(RunReport report) {
    Path results =
        settings.allureResultsDirectory() != null
            ? settings.allureResultsDirectory()
            : AllureResultsFiles.allureResultsDirectory();
    try {
      AllureResultsFiles.write(results, report.lineage());
    } catch (IOException e) {
      LOG.log(System.Logger.Level.WARNING, "cannot write categories.json to " + results, e);
    }
  }

  /**
   * The configured folder, else {@code mltest} in the JUnit output directory ({@code
   * junit.platform.reporting.output.dir}), which is {@code target} in a Maven module.
   */
  Path reportDirectory() {
    if (settings.directory() != null) {
      return settings.directory();
    }
    return request.getOutputDirectoryCreator().getRootDirectory().resolve("mltest");
  }
}
