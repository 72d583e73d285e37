package dev.mltest.regression;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.lineage.ModelProvenance;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.tribuo.Model;

/**
 * The result of training and evaluating once: each metric's value (or why it has none), the metrics
 * the test declared, the run's lineage and timings, and the trained model.
 *
 * @param task classification or regression
 * @param metrics metric name to value, in request order
 * @param unavailable metric name to why it could not be computed
 * @param declared the test's metric declarations, by name
 * @param lineage where the result comes from
 * @param timings how long the steps took
 * @param model the trained model, if kept
 * @param rows the evaluation rows with their truths and predictions ({@link EvaluationRows})
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ModelEvaluation(
    ModelTask task,
    Map<String, Double> metrics,
    Map<String, String> unavailable,
    Map<String, MetricSpec> declared,
    ModelProvenance lineage,
    Timings timings,
    @Nullable Model<?> model,
    EvaluationRows rows) {

  public ModelEvaluation {
    requireNonNull(task, "task");
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
    unavailable = Collections.unmodifiableMap(new LinkedHashMap<>(unavailable));
    declared = Collections.unmodifiableMap(new LinkedHashMap<>(declared));
    requireNonNull(lineage, "lineage");
    requireNonNull(timings, "timings");
    requireNonNull(rows, "rows");
  }

  /** An evaluation without evaluation rows (built by hand, e.g. in tests). */
  public ModelEvaluation(
      ModelTask task,
      Map<String, Double> metrics,
      Map<String, String> unavailable,
      Map<String, MetricSpec> declared,
      ModelProvenance lineage,
      Timings timings,
      @Nullable Model<?> model) {
    this(task, metrics, unavailable, declared, lineage, timings, model, EvaluationRows.none(task));
  }

  /** The value of a metric, if it was computed. */
  public OptionalDouble metric(String name) {
    Double value = metrics.get(name);
    return value == null ? OptionalDouble.empty() : OptionalDouble.of(value);
  }

  /** Why a metric has no value, if it has none. */
  public Optional<String> whyUnavailable(String name) {
    if (metrics.containsKey(name)) {
      return Optional.empty();
    }
    return Optional.of(
        unavailable.getOrDefault(name, "metric '%s' was not requested".formatted(name)));
  }
}
