package dev.mltest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * One offending value with how often it occurs and where it first occurs.
 *
 * @param value the value rendered as text ({@code a=1, b=2} for several columns)
 * @param count how many offending rows hold it
 * @param firstRow the 1-based data row number of its first occurrence (header excluded)
 * @param firstKey the key columns of that row ({@code id=17}), if key columns were given
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ValueSample(String value, long count, long firstRow, @Nullable String firstKey) {}
