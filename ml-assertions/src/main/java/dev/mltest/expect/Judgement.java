package dev.mltest.expect;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A check's verdict on its measurements.
 *
 * @param success whether the data meets the expectation
 * @param observedValue the measured value
 * @param counts element/missing/unexpected counts for per-row checks
 * @param message the rule and the observed value, e.g. {@code income: 7.1% of 10,000 non-null
 *     values are outside [0, 1e7] (mostly 0.95 allows 5%)}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Judgement(
    boolean success, @Nullable Object observedValue, @Nullable Counts counts, String message) {}
