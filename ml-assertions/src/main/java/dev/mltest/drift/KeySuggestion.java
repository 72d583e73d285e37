package dev.mltest.drift;

import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** Finds the valid key nearest to a misspelt one, for "did you mean" messages. */
final class KeySuggestion {
  private KeySuggestion() {}

  /**
   * Returns the candidate nearest to {@code input} by edit distance, if it is near enough to be a
   * plausible typo: at most a third of the longer word, and at least one character, apart. A
   * candidate that differs only in case, or that starts with the input or the input with it, is
   * always suggested. {@code hints} maps well-known other names (such as {@code js}) to keys.
   */
  static Optional<String> nearest(
      String input, Collection<String> candidates, Map<String, String> hints) {
    String needle = input.trim().toLowerCase(Locale.ROOT);
    if (hints.containsKey(needle)) {
      return Optional.of(hints.get(needle));
    }
    @Nullable String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      if (!needle.isEmpty() && (needle.startsWith(candidate) || candidate.startsWith(needle))) {
        int distance = Math.abs(candidate.length() - needle.length());
        if (distance < bestDistance) {
          best = candidate;
          bestDistance = distance;
        }
        continue;
      }
      int distance = editDistance(needle, candidate);
      int allowed = Math.max(1, Math.max(needle.length(), candidate.length()) / 3);
      if (distance <= allowed && distance < bestDistance) {
        best = candidate;
        bestDistance = distance;
      }
    }
    return Optional.ofNullable(best);
  }

  /** Levenshtein distance with one row of memory. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] row = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      row[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        row[j] = Math.min(substitution, Math.min(previous[j], row[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = row;
      row = swap;
    }
    return previous[b.length()];
  }

  /** Builds the message for an unknown key: what was found, the suggestion, the valid keys. */
  static String unknownKeyMessage(
      String what, String input, Collection<String> candidates, Map<String, String> hints) {
    StringBuilder message = new StringBuilder("Unknown %s '%s'.".formatted(what, input));
    nearest(input, candidates, hints)
        .ifPresent(suggestion -> message.append(" Did you mean '").append(suggestion).append("'?"));
    message.append(" Valid values: ").append(String.join(", ", candidates)).append('.');
    return message.toString();
  }
}
