/**
 * AssertJ-style assertions on datasets, for unit tests of data and preprocessing code. Start from
 * {@link dev.mltest.assertions.MlAssertions#assertThat(dev.mltest.data.Dataset)}.
 *
 * <p>Every assertion is an expectation of the catalog, evaluated by the same {@link
 * dev.mltest.expect.Evaluator} that runs suite files, so an assertion and a suite entry with the
 * same parameters always agree.
 */
@NullMarked
package dev.mltest.assertions;

import org.jspecify.annotations.NullMarked;
