package dev.mltest.text;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.apiguardian.api.API;

/** Finds the names closest to a misspelt one, for "did you mean" hints. */
@API(status = INTERNAL, since = "0.1")
public final class NearestNames {
  private NearestNames() {}

  /**
   * Up to three candidates within a small edit distance of {@code name}, closest first; a
   * case-insensitive match always qualifies.
   */
  public static List<String> nearest(String name, Collection<String> candidates) {
    String lower = name.toLowerCase(Locale.ROOT);
    int limit = Math.max(2, name.length() / 3);
    return candidates.stream()
        .filter(c -> distance(lower, c.toLowerCase(Locale.ROOT)) <= limit)
        .sorted(
            Comparator.comparingInt((String c) -> distance(lower, c.toLowerCase(Locale.ROOT)))
                .thenComparing(c -> c))
        .limit(3)
        .toList();
  }

  /** " did you mean 'x'?" or the empty string when nothing is close. */
  public static String didYouMean(String name, Collection<String> candidates) {
    List<String> near = nearest(name, candidates);
    if (near.isEmpty()) {
      return "";
    }
    return near.size() == 1
        ? "; did you mean '" + near.get(0) + "'?"
        : "; did you mean one of "
            + String.join(", ", near.stream().map(n -> "'" + n + "'").toList())
            + "?";
  }

  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] =
            Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
