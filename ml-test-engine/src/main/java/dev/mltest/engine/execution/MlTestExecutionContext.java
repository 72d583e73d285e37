package dev.mltest.engine.execution;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.mltest.engine.config.MlTestConfiguration;
import dev.mltest.engine.report.RunRecorder;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What a node needs while it runs: the request, the configuration, run-wide records (datasets that
 * failed their suites, the recorder), and what its containers computed once for it. A container
 * hands its result to its children one way: its {@code before} returns {@link #with} a {@link
 * Slot}, and the children read it with {@link #get}.
 */
@API(status = INTERNAL, since = "0.1")
public final class MlTestExecutionContext implements EngineExecutionContext {
  private final ExecutionRequest request;
  private final MlTestConfiguration configuration;
  private final Map<Slot<?>, Object> computed;
  private final DatasetFailures datasetFailures;
  private final DataBackendPool backends;

  /**
   * A named place for what a container computes for its children: a suite's results, a drift
   * section's report, a regression method's judged metrics.
   *
   * @param <T> the type of the value
   */
  public static final class Slot<T> {
    private final String name;

    public Slot(String name) {
      this.name = name;
    }

    @Override
    public String toString() {
      return name;
    }
  }

  /** The context of a run; also creates the run's recorder. */
  public static MlTestExecutionContext create(
      ExecutionRequest request, MlTestConfiguration configuration) {
    RunRecorder.create(request);
    return new MlTestExecutionContext(
        request,
        configuration,
        Map.of(),
        new DatasetFailures(),
        new DataBackendPool(configuration.backends()));
  }

  private MlTestExecutionContext(
      ExecutionRequest request,
      MlTestConfiguration configuration,
      Map<Slot<?>, Object> computed,
      DatasetFailures datasetFailures,
      DataBackendPool backends) {
    this.request = request;
    this.backends = backends;
    this.configuration = configuration;
    this.computed = Map.copyOf(computed);
    this.datasetFailures = datasetFailures;
  }

  /** A copy holding what a container computed for its children. */
  public <T> MlTestExecutionContext with(Slot<T> slot, T value) {
    Map<Slot<?>, Object> copy = new HashMap<>(computed);
    copy.put(slot, value);
    return new MlTestExecutionContext(request, configuration, copy, datasetFailures, backends);
  }

  /** What a container put in this slot for its children, if it did. */
  public <T> Optional<T> get(Slot<T> slot) {
    @SuppressWarnings("unchecked")
    T value = (T) computed.get(slot);
    return Optional.ofNullable(value);
  }

  /** Records that a suite found a problem in a dataset file, for later tests on the same file. */
  public void datasetFailed(Path dataset, String failure) {
    datasetFailures.record(dataset, failure);
  }

  /** Why the dataset failed its suites so far in this run, if it did. */
  public Optional<String> datasetFailure(Path dataset) {
    return datasetFailures.failureOf(dataset);
  }

  /**
   * Records that a test trained a model on this dataset file, so that the build's report can tell
   * whether a suite in another JVM found that data bad.
   */
  public void trainedOn(TestDescriptor node, String name, Path dataset) {
    recorder().trainedOn(node, name, DatasetFailures.key(dataset));
  }

  /** Every dataset failure of the run so far, by dataset file (absolute, normalized). */
  public Map<String, java.util.List<String>> datasetFailures() {
    return datasetFailures.byDataset();
  }

  /** Where events and report entries go. */
  public EngineExecutionListener listener() {
    return request.getEngineExecutionListener();
  }

  /** The run's data backends, closed when the run ends. */
  public DataBackendPool backends() {
    return backends;
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
