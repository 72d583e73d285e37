package dev.mltest.history;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One measured value of one run, as the metrics repository keeps it.
 *
 * <pre>{@code
 * MetricPoint point = new MetricPoint("run-42", Instant.now(), "orders.mltest.yaml",
 *     "change[rowCount]", "rowCount", 61_200, "sha256:ab12...", "3f2c1d0", "main",
 *     Map.of("batch", "2026-12-04"));
 * }</pre>
 *
 * @param runId the run that measured it; one run appends many points with the same id
 * @param recordedAt when the run measured it
 * @param suite the suite, class or drift section it belongs to, e.g. {@code orders.mltest.yaml}
 * @param check the test that measured it, e.g. {@code nullRatio[income]}
 * @param metric what was measured, e.g. {@code rowCount} or {@code nullRatio(income)}
 * @param value the value; finite
 * @param datasetFingerprint the SHA-256 of the data it was measured on, if known
 * @param gitCommit the commit checked out, if known
 * @param branch the branch built, if known (history can be narrowed to {@code main})
 * @param tags user-chosen tags, e.g. {@code batch → 2026-12-04}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MetricPoint(
    String runId,
    Instant recordedAt,
    String suite,
    String check,
    String metric,
    double value,
    @Nullable String datasetFingerprint,
    @Nullable String gitCommit,
    @Nullable String branch,
    Map<String, String> tags) {

  public MetricPoint {
    requireNonNull(runId, "runId");
    requireNonNull(recordedAt, "recordedAt");
    requireNonNull(suite, "suite");
    requireNonNull(check, "check");
    requireNonNull(metric, "metric");
    if (!Double.isFinite(value)) {
      throw new IllegalArgumentException(
          "metric %s of %s: value must be finite, was %s".formatted(metric, check, value));
    }
    tags = Collections.unmodifiableMap(new TreeMap<>(tags));
  }
}
