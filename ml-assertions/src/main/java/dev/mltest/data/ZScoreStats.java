package dev.mltest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Outliers by z-score.
 *
 * @param values the non-null values judged
 * @param outliers the values at or beyond the threshold
 * @param mean the mean of the finite values, or null for none
 * @param stdev their sample standard deviation, or null for fewer than two
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ZScoreStats(
    long values, long outliers, @Nullable Double mean, @Nullable Double stdev) {}
