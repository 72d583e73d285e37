/**
 * How the library writes numbers, counts, shares and names into its messages, and the "did you
 * mean" of misspelt names: shared by the expectations, drift, generation and reports, below all of
 * them.
 */
@NullMarked
package dev.mltest.text;

import org.jspecify.annotations.NullMarked;
