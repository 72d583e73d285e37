package dev.mltest.generate;

import dev.mltest.data.ComparisonOperator;

/**
 * {@code column operator parent} in every row where both are non-null.
 *
 * @param parent the column compared with, generated first
 * @param operator the comparison, with this column on the left
 * @param source the expectation's name
 */
record Dependency(String parent, ComparisonOperator operator, String source) {}
