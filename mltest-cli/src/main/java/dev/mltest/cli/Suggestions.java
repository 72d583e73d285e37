package dev.mltest.cli;

import dev.mltest.profile.DatasetProfile;
import dev.mltest.suggest.RuleSet;
import dev.mltest.suggest.SuggestOptions;
import dev.mltest.suggest.SuggestedSuite;
import dev.mltest.suggest.SuiteSuggester;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Suggests a suite file for data files; shared by {@code mltest suggest} and the Maven plugin's
 * {@code suggest} goal. Paths in the suite are written relative to the suite file's folder, as
 * suites resolve them.
 *
 * <pre>{@code
 * SuggestedSuite suite = Suggestions.suggest(Path.of("data/jan.csv"),
 *     List.of(Path.of("data/feb.csv")), Path.of("orders.mltest.yaml"), null, RuleSet.FULL, true);
 * }</pre>
 */
@API(status = API.Status.EXPERIMENTAL, since = "0.1")
public final class Suggestions {
  private Suggestions() {}

  /**
   * Profiles the data and the further batches and suggests a suite learned across all of them.
   *
   * @param data the dataset the suite checks and, with {@code drift}, its drift reference
   * @param batches further clean batches to learn bounds across
   * @param suiteFile where the suite will be written (paths are made relative to its folder)
   * @param name the suite name, or null for the data file's name
   * @param format {@code csv}, {@code parquet}, {@code jsonl}, or null to tell from the extension
   * @param rules which suggestion rules apply
   * @param drift whether to add a drift section against {@code data}
   */
  public static SuggestedSuite suggest(
      Path data,
      List<Path> batches,
      Path suiteFile,
      @Nullable String name,
      @Nullable String format,
      RuleSet rules,
      boolean drift) {
    List<Path> all = new ArrayList<>(List.of(data));
    all.addAll(batches);
    List<DatasetProfile> profiles = Profiles.profile(all, format);
    for (int i = 0; i < profiles.size(); i++) {
      if (profiles.get(i).rows() == 0) {
        throw new IllegalArgumentException(
            "'%s' has no rows; a suite cannot be learned from empty data".formatted(all.get(i)));
      }
    }
    String dataset = relative(suiteFile, data);
    String suiteName = name != null ? name : data.getFileName().toString();
    return SuiteSuggester.suggest(
        profiles, new SuggestOptions(suiteName, dataset, drift ? dataset : null, rules));
  }

  /**
   * The data path as the suite file will see it: relative to its folder, with {@code /}, when the
   * two share a folder below the file-system root; else absolute.
   */
  static String relative(Path suiteFile, Path data) {
    Path folder = suiteFile.toAbsolutePath().normalize().getParent();
    Path target = data.toAbsolutePath().normalize();
    if (folder == null
        || folder.getNameCount() == 0
        || target.getNameCount() == 0
        || !folder.getRoot().equals(target.getRoot())
        || !folder.getName(0).equals(target.getName(0))) {
      return target.toString();
    }
    return folder.relativize(target).toString().replace('\\', '/');
  }
}
