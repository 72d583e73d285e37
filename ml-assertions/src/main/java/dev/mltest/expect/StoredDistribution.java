package dev.mltest.expect;

import dev.mltest.text.Formats;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A distribution written in a suite: the share of each category, or a histogram's edges and bin
 * shares. Shares must be non-negative and sum to 1 (to within 0.001, then normalised), so a rounded
 * table of percentages from a report can be pasted in.
 *
 * @param labels each bucket's category value, or its bin as text (e.g. {@code [0, 10)})
 * @param shares each bucket's share, summing to 1
 * @param edges the histogram's edges, or empty for categories
 */
record StoredDistribution(List<Object> labels, List<Double> shares, List<Double> edges) {
  private static final double SUM_TOLERANCE = 0.001;
  private static final Set<String> HISTOGRAM_KEYS = Set.of("edges", "shares");

  StoredDistribution {
    labels = List.copyOf(labels);
    shares = List.copyOf(shares);
    edges = List.copyOf(edges);
  }

  boolean isHistogram() {
    return !edges.isEmpty();
  }

  /** Reads {@code {value: share, ...}}. */
  static StoredDistribution categories(@Nullable Object raw) {
    if (!(raw instanceof Map<?, ?> map) || map.isEmpty()) {
      throw new IllegalArgumentException(
          "expected a mapping of category to share, such as {retail: 0.7, business: 0.3}, found "
              + ParameterType.describe(raw));
    }
    Map<Object, Double> read = new LinkedHashMap<>();
    for (Map.Entry<?, ?> e : map.entrySet()) {
      Object key = e.getKey();
      if (!(key instanceof String || key instanceof Number || key instanceof Boolean)) {
        throw new IllegalArgumentException(
            "a category must be a string, number or boolean, found " + ParameterType.describe(key));
      }
      read.put(key, share(e.getValue(), "category " + key));
    }
    return new StoredDistribution(
        List.copyOf(read.keySet()), normalised(List.copyOf(read.values())), List.of());
  }

  /** Reads {@code {edges: [e0, ..., ek], shares: [s1, ..., sk]}}. */
  static StoredDistribution histogram(@Nullable Object raw) {
    if (!(raw instanceof Map<?, ?> map)) {
      throw new IllegalArgumentException(
          "expected {edges: [...], shares: [...]}, found " + ParameterType.describe(raw));
    }
    for (Object key : map.keySet()) {
      if (!HISTOGRAM_KEYS.contains(String.valueOf(key))) {
        throw new IllegalArgumentException(
            "unknown key '%s' in a histogram; known keys: edges, shares".formatted(key));
      }
    }
    List<Double> edges = numbers(map.get("edges"), "edges");
    List<Double> shares = new ArrayList<>();
    for (Object s : listOf(map.get("shares"), "shares")) {
      shares.add(share(s, "bin " + (shares.size() + 1)));
    }
    if (edges.size() < 2) {
      throw new IllegalArgumentException("a histogram needs at least two edges");
    }
    if (shares.size() != edges.size() - 1) {
      throw new IllegalArgumentException(
          "%d edges make %d bins, but %d shares are given"
              .formatted(edges.size(), edges.size() - 1, shares.size()));
    }
    List<Object> labels = new ArrayList<>();
    for (int i = 0; i + 1 < edges.size(); i++) {
      if (!(edges.get(i) < edges.get(i + 1))) {
        throw new IllegalArgumentException(
            "edges must increase, but %s is followed by %s"
                .formatted(Formats.number(edges.get(i)), Formats.number(edges.get(i + 1))));
      }
      boolean last = i + 2 == edges.size();
      labels.add(
          "[%s, %s%s"
              .formatted(
                  Formats.number(edges.get(i)),
                  Formats.number(edges.get(i + 1)),
                  last ? "]" : ")"));
    }
    return new StoredDistribution(labels, normalised(shares), edges);
  }

  private static List<?> listOf(@Nullable Object raw, String what) {
    if (!(raw instanceof List<?> list) || list.isEmpty()) {
      throw new IllegalArgumentException(
          "'%s' must be a non-empty list of numbers".formatted(what));
    }
    return list;
  }

  private static List<Double> numbers(@Nullable Object raw, String what) {
    List<Double> out = new ArrayList<>();
    for (Object item : listOf(raw, what)) {
      if (!(item instanceof Number n) || !Double.isFinite(n.doubleValue())) {
        throw new IllegalArgumentException(
            "'%s' must hold finite numbers, found %s"
                .formatted(what, ParameterType.describe(item)));
      }
      out.add(n.doubleValue());
    }
    return out;
  }

  private static double share(Object raw, String what) {
    // Written so that NaN is refused too: it compares false with everything.
    if (raw instanceof Number n && n.doubleValue() >= 0 && n.doubleValue() <= 1) {
      return n.doubleValue();
    }
    throw new IllegalArgumentException(
        "the share of %s must be a number from 0 to 1, found %s"
            .formatted(what, raw == null ? "nothing" : ParameterType.describe(raw)));
  }

  private static List<Double> normalised(List<Double> shares) {
    double sum = shares.stream().mapToDouble(Double::doubleValue).sum();
    if (Math.abs(sum - 1) > SUM_TOLERANCE) {
      throw new IllegalArgumentException(
          "shares must sum to 1, but they sum to " + Formats.number(sum));
    }
    return shares.stream().map(s -> s / sum).toList();
  }
}
