package dev.mltest.suite;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A parsed suite file.
 *
 * @param location where it was read from, e.g. a classpath resource name
 * @param displayName the {@code suite} name, if given
 * @param dataset the dataset, if validly given
 * @param allowEmpty whether an empty dataset is acceptable
 * @param tags tags applied to every expectation
 * @param entries the expectations, valid or not, in file order
 * @param problems problems of the suite as a whole (syntax, unknown keys, missing dataset)
 * @param drift the drift section comparing the dataset with a reference, if any
 * @param backend the data backend the suite runs on ({@code backend: spark}), or null for the run's
 *     backend ({@code mltest.backend})
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SuiteDefinition(
    String location,
    @Nullable String displayName,
    @Nullable DatasetRef dataset,
    boolean allowEmpty,
    List<String> tags,
    List<SuiteEntry> entries,
    List<SuiteProblem> problems,
    @Nullable DriftSection drift,
    @Nullable String backend) {

  public SuiteDefinition {
    tags = List.copyOf(tags);
    entries = List.copyOf(entries);
    problems = List.copyOf(problems);
  }

  /** A suite without a drift section. */
  public SuiteDefinition(
      String location,
      @Nullable String displayName,
      @Nullable DatasetRef dataset,
      boolean allowEmpty,
      List<String> tags,
      List<SuiteEntry> entries,
      List<SuiteProblem> problems) {
    this(location, displayName, dataset, allowEmpty, tags, entries, problems, null);
  }

  /** A suite on the run's backend. */
  public SuiteDefinition(
      String location,
      @Nullable String displayName,
      @Nullable DatasetRef dataset,
      boolean allowEmpty,
      List<String> tags,
      List<SuiteEntry> entries,
      List<SuiteProblem> problems,
      @Nullable DriftSection drift) {
    this(location, displayName, dataset, allowEmpty, tags, entries, problems, drift, null);
  }

  /** Whether the file could not be parsed at all. */
  public boolean isUnreadable() {
    return entries.isEmpty() && drift == null && !problems.isEmpty();
  }
}
