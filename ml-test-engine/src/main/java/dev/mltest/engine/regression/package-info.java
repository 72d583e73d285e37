/**
 * Internal to the ml-test engine: sample-training regression tests ({@link
 * dev.mltest.engine.RegressionTest}) as a method test kind — a container per method that trains and
 * evaluates once, a test per metric that judges it against the baseline.
 */
@NullMarked
package dev.mltest.engine.regression;

import org.jspecify.annotations.NullMarked;
