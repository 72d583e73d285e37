package dev.mltest.engine.execution;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.mltest.drift.DriftReport;
import dev.mltest.engine.MlTestConfiguration;
import dev.mltest.engine.report.RunRecorder;
import dev.mltest.expect.ExpectationResult;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What a node needs while it runs: the request, the configuration, run-wide records (datasets that
 * failed their suites), and what its container computed for it (a suite's results, a drift
 * section's report).
 */
@API(status = INTERNAL, since = "0.1")
public final class MlTestExecutionContext implements EngineExecutionContext {
  private final ExecutionRequest request;
  private final MlTestConfiguration configuration;
  private final Map<String, ExpectationResult> suiteResults;
  private final @Nullable DriftReport driftReport;
  private final DatasetFailures datasetFailures;

  public MlTestExecutionContext(ExecutionRequest request, MlTestConfiguration configuration) {
    this(request, configuration, Map.of(), null, new DatasetFailures());
  }

  private MlTestExecutionContext(
      ExecutionRequest request,
      MlTestConfiguration configuration,
      Map<String, ExpectationResult> suiteResults,
      @Nullable DriftReport driftReport,
      DatasetFailures datasetFailures) {
    this.request = request;
    this.configuration = configuration;
    this.suiteResults = Map.copyOf(suiteResults);
    this.driftReport = driftReport;
    this.datasetFailures = datasetFailures;
  }

  /** A copy holding a suite's results, by expectation name. */
  public MlTestExecutionContext withSuiteResults(Map<String, ExpectationResult> results) {
    return new MlTestExecutionContext(
        request, configuration, results, driftReport, datasetFailures);
  }

  /** A copy holding a drift section's report. */
  public MlTestExecutionContext withDriftReport(DriftReport report) {
    return new MlTestExecutionContext(
        request, configuration, suiteResults, report, datasetFailures);
  }

  /** The run-wide record of datasets that failed their suites. */
  public DatasetFailures datasetFailures() {
    return datasetFailures;
  }

  /** The result of the expectation with this name in the current suite. */
  public Optional<ExpectationResult> result(String name) {
    return Optional.ofNullable(suiteResults.get(name));
  }

  /** The current drift section's report. */
  public Optional<DriftReport> driftReport() {
    return Optional.ofNullable(driftReport);
  }

  /** Where events and report entries go. */
  public EngineExecutionListener listener() {
    return request.getEngineExecutionListener();
  }

  /** The engine configuration. */
  public MlTestConfiguration configuration() {
    return configuration;
  }

  /**
   * The run's recorder: nodes record what they judged there, on their own thread, for Allure and
   * the summary. It lives in the request's store, so every copy of this context reaches the same.
   */
  public RunRecorder recorder() {
    return RunRecorder.of(request);
  }

  /** The execution request. */
  public ExecutionRequest request() {
    return request;
  }
}
