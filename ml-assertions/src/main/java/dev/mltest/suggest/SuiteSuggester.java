package dev.mltest.suggest;

import dev.mltest.data.ColumnType;
import dev.mltest.profile.ColumnProfile;
import dev.mltest.profile.DatasetProfile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apiguardian.api.API;

/**
 * Suggests a suite from the profiles of one or more clean batches of a dataset. With several
 * batches, every bound is learned across them: the columns of the first batch that every batch has,
 * values and shapes seen in any batch, statistics widened by the spread between batches.
 *
 * <pre>{@code
 * SuggestedSuite suite = SuiteSuggester.suggest(List.of(january, february),
 *     new SuggestOptions("orders", "data/orders.csv", "data/orders.csv", RuleSet.FULL));
 * Files.writeString(Path.of("orders.mltest.yaml"), suite.yaml());
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class SuiteSuggester {
  private SuiteSuggester() {}

  /**
   * Suggests a suite.
   *
   * @param batches the profiles of clean batches, at least one
   * @throws IllegalArgumentException if no batch is given
   */
  public static SuggestedSuite suggest(List<DatasetProfile> batches, SuggestOptions options) {
    if (batches.isEmpty()) {
      throw new IllegalArgumentException("suggesting a suite needs at least one profiled batch");
    }
    List<String> names = sharedColumns(batches);
    List<Suggestion> suggestions = new ArrayList<>();
    List<ColumnEvidence> columns = new ArrayList<>();
    for (String name : names) {
      List<ColumnProfile> profiles = new ArrayList<>();
      batches.forEach(b -> b.column(name).ifPresent(profiles::add));
      columns.add(new ColumnEvidence(name, profiles));
    }
    long rows = batches.stream().mapToLong(DatasetProfile::rows).sum();
    if (options.rules() == RuleSet.FULL) {
      suggestions.addAll(table(batches, names));
    }
    for (ColumnEvidence c : columns) {
      suggestions.addAll(SuggestionRules.column(c, options.rules()));
    }
    SuggestedSuite.DriftSuggestion drift = null;
    if (options.rules() == RuleSet.FULL && options.driftReference() != null) {
      drift = drift(options.driftReference(), columns);
    }
    return new SuggestedSuite(
        options, batches.stream().map(DatasetProfile::dataset).toList(), rows, suggestions, drift);
  }

  private static List<String> sharedColumns(List<DatasetProfile> batches) {
    List<String> names = new ArrayList<>(batches.get(0).names());
    batches.forEach(b -> names.retainAll(b.names()));
    return names;
  }

  private static List<Suggestion> table(List<DatasetProfile> batches, List<String> names) {
    List<Suggestion> out = new ArrayList<>();
    boolean sameOrder = batches.stream().allMatch(b -> b.names().equals(names));
    Map<String, Object> columns = new LinkedHashMap<>();
    columns.put("expect", "columns");
    columns.put("names", names);
    columns.put("ordered", sameOrder);
    out.add(
        new Suggestion(
            "schema",
            "%d columns%s in every batch"
                .formatted(names.size(), sameOrder ? ", in this order," : ""),
            columns));
    long fewest = batches.stream().mapToLong(DatasetProfile::rows).min().orElse(0);
    long most = batches.stream().mapToLong(DatasetProfile::rows).max().orElse(0);
    Map<String, Object> rowCount = new LinkedHashMap<>();
    rowCount.put("expect", "rowCount");
    rowCount.put("min", fewest / 2);
    rowCount.put("max", most * 2);
    out.add(
        new Suggestion(
            "row count",
            "%,d..%,d rows per batch; headroom: half the fewest, twice the most"
                .formatted(fewest, most),
            rowCount));
    return out;
  }

  private static SuggestedSuite.DriftSuggestion drift(
      String reference, List<ColumnEvidence> columns) {
    List<String> exclude = new ArrayList<>();
    for (ColumnEvidence c : columns) {
      Optional<ColumnType> type = c.type();
      boolean key = c.isKey();
      boolean freeText =
          type.orElse(ColumnType.OTHER) == ColumnType.STRING
              && c.allValues().map(v -> v.size() > SuggestionRules.MAX_ENUMERATION).orElse(true);
      boolean unsupported =
          type.isEmpty() || type.get().isTemporal() || type.get() == ColumnType.OTHER;
      if (key || freeText || unsupported) {
        exclude.add(c.name());
      }
    }
    return new SuggestedSuite.DriftSuggestion(
        reference,
        exclude,
        "the profiled data as reference; keys, free text and dates left out; the default rule"
            + " (a change must be significant after correction and at least 0.05 in effect"
            + " size), so that batch-to-batch sampling noise is not reported as drift");
  }
}
