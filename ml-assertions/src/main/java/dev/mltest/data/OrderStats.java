package dev.mltest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Breaks of an order.
 *
 * @param values the non-null values judged (each compared with its predecessor, if any)
 * @param breaks the values that break the order
 * @param firstRow the 1-based file row of the first break, or null for none
 * @param firstPrevious the predecessor's value at the first break, as text
 * @param firstValue the value at the first break, as text
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record OrderStats(
    long values,
    long breaks,
    @Nullable Long firstRow,
    @Nullable String firstPrevious,
    @Nullable String firstValue) {}
