package dev.mltest.data;

import org.jspecify.annotations.Nullable;

/**
 * Outliers by z-score.
 *
 * @param values the non-null values judged
 * @param outliers the values at or beyond the threshold
 * @param mean the mean of the finite values, or null for none
 * @param stdev their sample standard deviation, or null for fewer than two
 */
public record ZScoreStats(
    long values, long outliers, @Nullable Double mean, @Nullable Double stdev) {}
