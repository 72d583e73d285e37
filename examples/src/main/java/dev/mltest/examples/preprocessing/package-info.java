/** The example's preprocessing steps, tested with MLTest's property tests. */
@NullMarked
package dev.mltest.examples.preprocessing;

import org.jspecify.annotations.NullMarked;
