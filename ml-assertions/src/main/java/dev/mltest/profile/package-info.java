/**
 * Profiles of datasets: per-column statistics measured together, the ground that suite suggestions
 * ({@link dev.mltest.suggest}) are learned from and that the profile report shows.
 *
 * <pre>{@code
 * try (DataBackend backend = DataBackend.duckDb();
 *     BoundTable table = backend.open(Dataset.csv(Path.of("customers.csv")))) {
 *   DatasetProfile profile = Profiler.profile(table);
 * }
 * }</pre>
 */
@NullMarked
package dev.mltest.profile;

import org.jspecify.annotations.NullMarked;
