package dev.mltest.data;

/**
 * A numeric column read in columnar form: its non-null values (dates and timestamps as epoch
 * seconds) and how many nulls it had.
 *
 * @param values the non-null values, in {@code values[0..length)}
 * @param length how many values are set
 * @param nulls how many nulls the column had
 */
public record NumericColumn(double[] values, int length, long nulls) {}
