/**
 * The statistical core of drift checks: compares a reference sample with a current sample, one
 * column at a time, with the methods and defaults of Evidently and numbers that match SciPy.
 *
 * <p>The package works on in-memory columns only; it reads no data and knows nothing about the
 * engine. A column is cleaned and sorted once into a {@link dev.mltest.drift.NumericSample} or
 * counted once into a {@link dev.mltest.drift.CategoricalSample}; every method then reuses it.
 *
 * <pre>{@code
 * NumericSample reference = NumericSample.of(referenceColumn);
 * NumericSample current = NumericSample.of(currentColumn);
 * ColumnDriftResult age = ColumnDrift.numeric("age", reference, current); // default method
 * DatasetDriftResult dataset = DatasetDriftRule.evidentlyDefaults().judge(List.of(age));
 * }</pre>
 *
 * <p>Formulas, thresholds, binning and the measured agreement with SciPy are documented in {@code
 * docs/drift-statistics.md}.
 */
@NullMarked
package dev.mltest.drift;

import org.jspecify.annotations.NullMarked;
