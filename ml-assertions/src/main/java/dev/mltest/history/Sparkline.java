package dev.mltest.history;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A trend in one line of text: each value as one of eight block heights between the series' minimum
 * and maximum, e.g. {@code ▅▅▆▅▁} for a row count that fell on the last run. Works in a PR comment,
 * a terminal and an Allure message alike.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Sparkline {
  private static final char[] BLOCKS = {'▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'};

  private Sparkline() {}

  /** The values, oldest first, as blocks; a constant series is a flat middle line. */
  public static String of(List<Double> values) {
    double min = values.stream().mapToDouble(Double::doubleValue).min().orElse(0);
    double max = values.stream().mapToDouble(Double::doubleValue).max().orElse(0);
    StringBuilder out = new StringBuilder(values.size());
    for (double v : values) {
      int level = max == min ? 3 : (int) Math.round((v - min) / (max - min) * (BLOCKS.length - 1));
      out.append(BLOCKS[level]);
    }
    return out.toString();
  }
}
