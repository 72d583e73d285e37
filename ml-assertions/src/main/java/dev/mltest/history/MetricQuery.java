package dev.mltest.history;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.time.Instant;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Which points of the repository to read: every field that is set must match.
 *
 * <pre>{@code
 * MetricQuery lastWeekOnMain = MetricQuery.all().suite("orders.mltest.yaml").branch("main")
 *     .since(Instant.now().minus(Duration.ofDays(7)));
 * }</pre>
 *
 * @param suite the suite, or null for all
 * @param check the check, or null for all
 * @param metric the metric, or null for all
 * @param branch the branch, or null for all
 * @param since the earliest time (inclusive), or null
 * @param until the latest time (exclusive), or null
 * @param tags tags every point must carry with these values
 * @param excludeRun a run to leave out (the current one), or null
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MetricQuery(
    @Nullable String suite,
    @Nullable String check,
    @Nullable String metric,
    @Nullable String branch,
    @Nullable Instant since,
    @Nullable Instant until,
    Map<String, String> tags,
    @Nullable String excludeRun) {

  public MetricQuery {
    tags = Collections.unmodifiableMap(new TreeMap<>(tags));
  }

  /** Every point. */
  public static MetricQuery all() {
    return new MetricQuery(null, null, null, null, null, null, Map.of(), null);
  }

  /** The points of one metric of one suite. */
  public static MetricQuery metric(String suite, String metric) {
    return all().suite(suite).metric(metric);
  }

  /** A copy narrowed to a suite. */
  public MetricQuery suite(@Nullable String value) {
    return new MetricQuery(value, check, metric, branch, since, until, tags, excludeRun);
  }

  /** A copy narrowed to a check. */
  public MetricQuery check(@Nullable String value) {
    return new MetricQuery(suite, value, metric, branch, since, until, tags, excludeRun);
  }

  /** A copy narrowed to a metric. */
  public MetricQuery metric(@Nullable String value) {
    return new MetricQuery(suite, check, value, branch, since, until, tags, excludeRun);
  }

  /** A copy narrowed to a branch. */
  public MetricQuery branch(@Nullable String value) {
    return new MetricQuery(suite, check, metric, value, since, until, tags, excludeRun);
  }

  /** A copy narrowed to points recorded at or after this time. */
  public MetricQuery since(@Nullable Instant value) {
    return new MetricQuery(suite, check, metric, branch, value, until, tags, excludeRun);
  }

  /** A copy narrowed to points recorded before this time. */
  public MetricQuery until(@Nullable Instant value) {
    return new MetricQuery(suite, check, metric, branch, since, value, tags, excludeRun);
  }

  /** A copy narrowed to points carrying all these tags. */
  public MetricQuery tags(Map<String, String> value) {
    return new MetricQuery(suite, check, metric, branch, since, until, value, excludeRun);
  }

  /** A copy leaving out one run's points. */
  public MetricQuery excludeRun(@Nullable String value) {
    return new MetricQuery(suite, check, metric, branch, since, until, tags, value);
  }

  boolean matchesTags(Map<String, String> pointTags) {
    return tags.entrySet().stream().allMatch(e -> e.getValue().equals(pointTags.get(e.getKey())));
  }
}
