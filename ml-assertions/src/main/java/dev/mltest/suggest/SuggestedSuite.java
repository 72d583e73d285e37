package dev.mltest.suggest;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * A suggested suite: its expectations and drift section, each with the rule that produced it and
 * what was observed, ready to be written as a suite file.
 *
 * @param options the suite name, dataset path, drift reference and rule set
 * @param sources the names of the batches the suite was learned from
 * @param rows the number of rows of all batches together
 * @param expectations the suggested expectations, table-level first, then column by column
 * @param drift the drift section, or null
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SuggestedSuite(
    SuggestOptions options,
    List<String> sources,
    long rows,
    List<Suggestion> expectations,
    @Nullable DriftSuggestion drift) {

  public SuggestedSuite {
    requireNonNull(options, "options");
    sources = List.copyOf(sources);
    expectations = List.copyOf(expectations);
  }

  /** The suite file text, each expectation preceded by a comment with its rule and observation. */
  public String yaml() {
    return SuggestionYaml.write(this);
  }

  /**
   * A suggested drift section.
   *
   * @param reference the reference dataset path, relative to the suite file
   * @param exclude the columns left out (keys, free text, dates)
   * @param because why those columns are left out and how the thresholds were chosen
   */
  public record DriftSuggestion(String reference, List<String> exclude, String because) {
    public DriftSuggestion {
      requireNonNull(reference, "reference");
      exclude = List.copyOf(exclude);
    }
  }
}
