package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.lineage.ModelProvenance;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The committed reference a regression test compares with: each metric's value and rule, and the
 * lineage of the run that produced them. Read and written by {@link BaselineStore}.
 *
 * @param test the test that owns the baseline, e.g. {@code com.acme.ChurnTest#logistic()}
 * @param updated when the baseline was written
 * @param metrics the metrics by name
 * @param lineage the producing run's lineage; {@code null} in a hand-written file (no staleness
 *     check then)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Baseline(
    @Nullable String test,
    @Nullable String updated,
    Map<String, BaselineMetric> metrics,
    @Nullable ModelProvenance lineage) {

  /** The format written into and expected from baseline files. */
  public static final String FORMAT = "mltest-baseline/1";

  public Baseline {
    metrics = Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
  }

  /** A metric of the baseline, if it has one by that name. */
  public Optional<BaselineMetric> metric(String name) {
    return Optional.ofNullable(metrics.get(name));
  }

  /**
   * A new baseline from an evaluation: each given metric's current value with its effective rule,
   * and the evaluation's lineage. Metrics without a value are left out.
   */
  public static Baseline of(
      @Nullable String test, ModelEvaluation evaluation, Collection<MetricCriteria> criteria) {
    Map<String, BaselineMetric> metrics = new LinkedHashMap<>();
    for (MetricCriteria c : criteria) {
      Double value = evaluation.metrics().get(c.name());
      if (value != null && Double.isFinite(value)) {
        metrics.put(
            c.name(),
            new BaselineMetric(value, c.asSpec(), MetricCatalog.definition(c.name()).orElse(null)));
      }
    }
    return new Baseline(test, Instant.now().toString(), metrics, evaluation.lineage());
  }
}
