package dev.mltest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The computed values of a set of measures, and the measures that could not be computed with the
 * reason.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Measurements {
  private final Map<Measure, Optional<Object>> values;
  private final Map<Measure, String> failures;

  /**
   * @param values each computed measure's value (empty for SQL NULL, e.g. the mean of no rows)
   * @param failures each failed measure's reason
   */
  public Measurements(Map<Measure, Optional<Object>> values, Map<Measure, String> failures) {
    this.values = Map.copyOf(values);
    this.failures = Map.copyOf(failures);
  }

  /** Why a measure could not be computed, if it could not. */
  public Optional<String> failure(Measure measure) {
    return Optional.ofNullable(failures.get(measure));
  }

  /** The measure's value, or null if it is SQL NULL. */
  public @Nullable Object value(Measure measure) {
    Optional<Object> v = values.get(measure);
    if (v == null) {
      throw new IllegalArgumentException(
          failures.containsKey(measure)
              ? "measure failed: " + failures.get(measure)
              : "measure was not computed: " + measure);
    }
    return v.orElse(null);
  }

  /** A count measure's value. */
  public long count(Measure measure) {
    Object v = value(measure);
    return v == null ? 0L : ((Number) v).longValue();
  }

  /** A numeric measure's value, or null when there were no values to aggregate. */
  public @Nullable Double number(Measure measure) {
    Object v = value(measure);
    return v == null ? null : ((Number) v).doubleValue();
  }

  /** A list-valued measure's value (empty for SQL NULL). */
  @SuppressWarnings("unchecked")
  public List<Object> list(Measure measure) {
    Object v = value(measure);
    return v == null ? List.of() : (List<Object>) v;
  }

  /** A duplicates measure's value. */
  public DuplicateStats duplicates(Measure.Duplicates measure) {
    Object v = value(measure);
    return v == null ? new DuplicateStats(0, 0, 0) : (DuplicateStats) v;
  }
}
