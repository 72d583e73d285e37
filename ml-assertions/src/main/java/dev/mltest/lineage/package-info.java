/**
 * Where a result comes from, composed of small immutable records the way Tribuo composes its
 * provenance: each {@link dev.mltest.lineage.DatasetProvenance data file} (path, SHA-256, size and
 * the DVC hash when a {@code .dvc} pointer sits beside it), the {@link
 * dev.mltest.lineage.CodeProvenance code} (git commit, dirty flag, branch), the {@link
 * dev.mltest.lineage.EnvironmentProvenance environment} (the one list of library versions), a run's
 * {@link dev.mltest.lineage.RunProvenance} of those three, and a trained model's {@link
 * dev.mltest.lineage.ModelProvenance} (the run plus sample, seed and trainer configuration).
 *
 * <p>Reports ({@code results.json}, the summary, Allure's environment) and regression baselines
 * record the same values, because both are built from these records.
 *
 * <pre>{@code
 * RunProvenance run = RunProvenance.probe(System::getenv)
 *     .withDatasets(List.of(new DatasetFingerprints().of(Path.of("data/train.csv"))));
 * }</pre>
 */
@NullMarked
package dev.mltest.lineage;

import org.jspecify.annotations.NullMarked;
