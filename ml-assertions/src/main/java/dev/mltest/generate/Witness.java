package dev.mltest.generate;

import java.util.function.Predicate;

/**
 * A value the column must contain, e.g. one at or below {@code b} for {@code minBetween(a, b)}.
 *
 * @param domain the values that satisfy it
 * @param satisfied whether a value satisfies it
 * @param source the expectation's name
 */
record Witness(Domain domain, Predicate<Object> satisfied, String source) {}
