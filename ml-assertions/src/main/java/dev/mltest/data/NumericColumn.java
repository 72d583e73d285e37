package dev.mltest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * A numeric column read in columnar form: its non-null values (dates and timestamps as epoch
 * seconds) and how many nulls it had.
 *
 * @param values the non-null values, in {@code values[0..length)}
 * @param length how many values are set
 * @param nulls how many nulls the column had
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record NumericColumn(double[] values, int length, long nulls) {}
