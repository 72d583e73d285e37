/**
 * Metrics over time: a repository every run appends its measured values to, and the strategies that
 * judge a new value against that history.
 *
 * <p>The repository is one DuckDB file in a folder of the user's choice (committable, or a CI
 * cache), or a shared PostgreSQL database. Strategies are pure functions of the history (oldest
 * first) and the current value, each documented with its formula in {@code
 * docs/metrics-history.md}.
 *
 * <pre>{@code
 * try (MetricsRepository repository = MetricsRepository.duckDb(Path.of("metrics"))) {
 *   repository.append(List.of(point));
 *   List<Double> rowCounts = repository.values(MetricQuery.metric("orders", "rowCount"));
 *   HistoryVerdict verdict = new BatchNormal(3, 3, 0).judge(current, rowCounts);
 * }
 * }</pre>
 */
@NullMarked
package dev.mltest.history;

import org.jspecify.annotations.NullMarked;
