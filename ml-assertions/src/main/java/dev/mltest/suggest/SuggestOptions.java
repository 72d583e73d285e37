package dev.mltest.suggest;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * How to write a suggested suite.
 *
 * @param suiteName the suite's display name
 * @param datasetPath the {@code dataset} path to write, relative to the suite file
 * @param driftReference the drift section's {@code reference} path, relative to the suite file, or
 *     null for no drift section
 * @param rules which rules apply
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SuggestOptions(
    String suiteName, String datasetPath, @Nullable String driftReference, RuleSet rules) {
  public SuggestOptions {
    requireNonNull(suiteName, "suiteName");
    requireNonNull(datasetPath, "datasetPath");
    requireNonNull(rules, "rules");
  }

  /** Every rule, with a drift section against the dataset itself. */
  public static SuggestOptions defaults(String suiteName, String datasetPath) {
    return new SuggestOptions(suiteName, datasetPath, datasetPath, RuleSet.FULL);
  }
}
