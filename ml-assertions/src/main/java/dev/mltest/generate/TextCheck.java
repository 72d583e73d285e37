package dev.mltest.generate;

import java.util.function.Predicate;

/**
 * A constraint on strings that the column's text source does not guarantee by construction, such as
 * a length bound on strings drawn from a regular expression.
 *
 * @param expectation the name of the expectation it comes from
 * @param test whether a string satisfies it
 */
record TextCheck(String expectation, Predicate<String> test) {}
