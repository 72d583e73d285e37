package dev.mltest.profile;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * One bin of an equal-width histogram: values in {@code (lower, upper]}, or {@code [lower, upper]}
 * for the first bin.
 *
 * @param lower the lower edge
 * @param upper the upper edge
 * @param count the number of rows with a value in the bin
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HistogramBin(double lower, double upper, long count) {}
