package dev.mltest.suite;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.drift.DriftConfig;
import dev.mltest.expect.Severity;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A suite's {@code drift} section: the reference dataset (the suite's dataset is the current one)
 * and how to compare them.
 *
 * @param reference the reference dataset, if validly given
 * @param config the columns, methods, thresholds and dataset-level rule
 * @param position where the section starts
 * @param problem what is wrong with the section, if anything
 * @param severity whether detected drift fails its tests ({@code error}) or is only reported
 *     ({@code warn})
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DriftSection(
    @Nullable DatasetRef reference,
    DriftConfig config,
    SourcePosition position,
    @Nullable SuiteProblem problem,
    Severity severity) {

  /** The same section, with the suite's declared key columns left out of drift. */
  public DriftSection withKeyColumns(List<String> keyColumns) {
    return new DriftSection(
        reference, config.withRoles(config.include(), keyColumns), position, problem, severity);
  }
}
