package dev.mltest.regression;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Computed metric values and, for metrics that could not be computed, the reason.
 *
 * @param values metric name to value, in request order
 * @param unavailable metric name to why it has no value
 */
record MetricValues(Map<String, Double> values, Map<String, String> unavailable) {
  MetricValues() {
    this(new LinkedHashMap<>(), new LinkedHashMap<>());
  }

  void put(String name, double value) {
    values.put(name, value);
  }

  void unavailable(String name, String reason) {
    unavailable.put(name, reason);
  }
}
