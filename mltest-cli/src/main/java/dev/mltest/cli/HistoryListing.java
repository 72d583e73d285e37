package dev.mltest.cli;

import dev.mltest.history.MetricPoint;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The history per run and per suite, one line each; {@code HistoryExport.listing} gives the per
 * metric view. Points arrive oldest first, so lines are in the order the runs happened.
 */
final class HistoryListing {
  private HistoryListing() {}

  /**
   * One line per run: when it recorded its first value, its id, branch, commit, how many suites and
   * values, and its tags.
   */
  static String runs(List<MetricPoint> points) {
    StringBuilder out = new StringBuilder();
    for (List<MetricPoint> run : byKey(points, MetricPoint::runId).values()) {
      MetricPoint first = run.get(0);
      // A run tags all its values alike, but a value may come from a suite with tags of its own.
      Map<String, String> tags = new TreeMap<>();
      run.forEach(p -> p.tags().forEach(tags::putIfAbsent));
      out.append(
          "%s  %s  branch %s, commit %s  %s, %s%s%n"
              .formatted(
                  first.recordedAt(),
                  first.runId(),
                  orUnknown(first.branch()),
                  orUnknown(first.gitCommit()),
                  count(distinct(run, MetricPoint::suite), "suite"),
                  count(run.size(), "value"),
                  tags.isEmpty() ? "" : "  " + tags(tags)));
    }
    return out.toString();
  }

  /**
   * One line per suite, by name: its runs, checks, metrics and values, and the time of its first
   * and last value.
   */
  static String suites(List<MetricPoint> points) {
    StringBuilder out = new StringBuilder();
    // By name: the values of one run share a time, so the order they arrive in says nothing.
    for (Map.Entry<String, List<MetricPoint>> suite :
        new TreeMap<>(byKey(points, MetricPoint::suite)).entrySet()) {
      List<MetricPoint> values = suite.getValue();
      out.append(
          "%s  %s, %s, %s, %s  %s … %s%n"
              .formatted(
                  suite.getKey(),
                  count(distinct(values, MetricPoint::runId), "run"),
                  count(distinct(values, MetricPoint::check), "check"),
                  count(distinct(values, p -> p.check() + "\u0000" + p.metric()), "metric"),
                  count(values.size(), "value"),
                  values.get(0).recordedAt(),
                  values.get(values.size() - 1).recordedAt()));
    }
    return out.toString();
  }

  /** The ids of the runs of these points, most recent run (by its latest value) first. */
  static Set<String> runsNewestFirst(List<MetricPoint> points) {
    Set<String> runs = new LinkedHashSet<>();
    for (int i = points.size() - 1; i >= 0; i--) {
      runs.add(points.get(i).runId());
    }
    return runs;
  }

  private static Map<String, List<MetricPoint>> byKey(
      List<MetricPoint> points, java.util.function.Function<MetricPoint, String> key) {
    return points.stream()
        .collect(Collectors.groupingBy(key, LinkedHashMap::new, Collectors.toList()));
  }

  private static long distinct(
      List<MetricPoint> points, java.util.function.Function<MetricPoint, String> key) {
    return points.stream().map(key).distinct().count();
  }

  private static String tags(Map<String, String> tags) {
    return tags.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue())
        .collect(Collectors.joining(","));
  }

  private static String count(long n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }

  private static String orUnknown(@Nullable String value) {
    return value == null ? "unknown" : value;
  }
}
