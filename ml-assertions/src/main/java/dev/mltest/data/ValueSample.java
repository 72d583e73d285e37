package dev.mltest.data;

import org.jspecify.annotations.Nullable;

/**
 * One offending value with how often it occurs and where it first occurs.
 *
 * @param value the value rendered as text ({@code a=1, b=2} for several columns)
 * @param count how many offending rows hold it
 * @param firstRow the 1-based data row number of its first occurrence (header excluded)
 * @param firstKey the key columns of that row ({@code id=17}), if key columns were given
 */
public record ValueSample(String value, long count, long firstRow, @Nullable String firstKey) {}
