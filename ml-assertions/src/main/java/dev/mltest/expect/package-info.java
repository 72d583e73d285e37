/**
 * The expectation catalog and its evaluation plan: what each expectation measures, how the
 * measurements of a whole suite are computed together, and how each expectation judges them.
 */
@NullMarked
package dev.mltest.expect;

import org.jspecify.annotations.NullMarked;
