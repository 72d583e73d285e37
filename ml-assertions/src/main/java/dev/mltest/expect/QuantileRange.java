package dev.mltest.expect;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.text.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The accepted range of one quantile.
 *
 * @param quantile the probability, from 0 to 1
 * @param min the smallest accepted value, or null for no lower bound
 * @param max the largest accepted value, or null for no upper bound
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record QuantileRange(double quantile, @Nullable Double min, @Nullable Double max) {
  private static final Set<String> KEYS = Set.of("quantile", "min", "max");

  public QuantileRange {
    if (quantile < 0 || quantile > 1) {
      throw new IllegalArgumentException("quantile must be from 0 to 1, found " + quantile);
    }
    if (min == null && max == null) {
      throw new IllegalArgumentException("quantile " + quantile + " needs min, max or both");
    }
    // As for every other bounded expectation: an empty range would fail on any data.
    if (min != null && max != null && min > max) {
      throw new IllegalArgumentException(
          "quantile %s: min %s is greater than max %s"
              .formatted(Formats.number(quantile), Formats.number(min), Formats.number(max)));
    }
  }

  static List<QuantileRange> listOf(@Nullable Object raw) {
    if (!(raw instanceof List<?> list) || list.isEmpty()) {
      throw new IllegalArgumentException(
          "expected a list of {quantile, min, max}, found " + ParameterType.describe(raw));
    }
    List<QuantileRange> ranges = new ArrayList<>();
    for (Object item : list) {
      if (!(item instanceof Map<?, ?> map)) {
        throw new IllegalArgumentException(
            "expected {quantile, min, max}, found " + ParameterType.describe(item));
      }
      for (Object key : map.keySet()) {
        if (!KEYS.contains(String.valueOf(key))) {
          throw new IllegalArgumentException(
              "unknown key '%s' in a quantile range; known keys: quantile, min, max"
                  .formatted(key));
        }
      }
      Object q = map.get("quantile");
      if (!(q instanceof Number)) {
        throw new IllegalArgumentException("each quantile range needs 'quantile: <0..1>'");
      }
      ranges.add(
          new QuantileRange(
              ((Number) q).doubleValue(), number(map.get("min")), number(map.get("max"))));
    }
    return List.copyOf(ranges);
  }

  private static @Nullable Double number(@Nullable Object raw) {
    if (raw == null) {
      return null;
    }
    if (raw instanceof Number n) {
      return n.doubleValue();
    }
    throw new IllegalArgumentException("expected a number, found " + ParameterType.describe(raw));
  }
}
