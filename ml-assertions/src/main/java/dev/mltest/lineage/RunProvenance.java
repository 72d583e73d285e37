package dev.mltest.lineage;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import java.util.function.UnaryOperator;
import org.apiguardian.api.API;

/**
 * Where a run's results come from: the code, the environment and the data files read. Two runs with
 * the same provenance judge the same thing.
 *
 * @param code the commit, dirty flag and branch
 * @param environment the runtime and library versions
 * @param datasets the data files read, in the order first used
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RunProvenance(
    CodeProvenance code, EnvironmentProvenance environment, List<DatasetProvenance> datasets) {

  public RunProvenance {
    requireNonNull(code, "code");
    requireNonNull(environment, "environment");
    datasets = List.copyOf(datasets);
  }

  /**
   * The working directory's code (asked of git once per JVM, else of the CI's environment) and this
   * JVM's versions, without data files.
   */
  public static RunProvenance probe(UnaryOperator<String> environment) {
    return new RunProvenance(
        CodeProvenance.ofWorkingDirectory(environment), EnvironmentProvenance.current(), List.of());
  }

  /** A copy listing other data files: the ones one test read. */
  public RunProvenance withDatasets(List<DatasetProvenance> files) {
    return new RunProvenance(code, environment, files);
  }
}
