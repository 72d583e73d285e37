/**
 * Property-based tests of preprocessing code, with tables generated from a data contract.
 *
 * <p>A {@link dev.mltest.generate.Contract} (a suite file or a schema built in Java) is turned into
 * a {@link dev.mltest.generate.TableGenerator}: the constraints on each column are merged into one
 * generator, so generation never filters, and an unsatisfiable contract is reported when the
 * generator is built. A {@link dev.mltest.generate.PropertyRunner} runs a property on edge cases
 * first, then on random tables, shrinks the first failing table and reports the seed that replays
 * the run. {@link dev.mltest.generate.Invariants} holds ready-made properties.
 */
@NullMarked
package dev.mltest.generate;

import org.jspecify.annotations.NullMarked;
