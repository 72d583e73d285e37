package dev.mltest.expect;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks a {@code format: datePattern} pattern against the strftime/strptime specifiers DuckDB
 * documents (duckdb.org, "Date Format Functions", format specifiers), so that a pattern DuckDB
 * would refuse at run time ({@code %D}, {@code %e}, {@code %F}, ...) is refused when the suite is
 * read, with the position of the specifier.
 */
final class DatePattern {
  /** The documented specifiers, in DuckDB's order; each also runs in DuckDB's try_strptime. */
  static final List<String> SPECIFIERS =
      List.of(
          "%a",
          "%A", "%b", "%B", "%c", "%d", "%-d", "%f", "%g", "%G", "%H", "%-H", "%I", "%-I", "%j",
          "%-j", "%m", "%-m", "%M", "%-M", "%n", "%p", "%S", "%-S", "%u", "%U", "%V", "%w", "%W",
          "%x", "%X", "%y", "%-y", "%Y", "%z", "%Z", "%%");

  private static final Set<String> KNOWN = Set.copyOf(SPECIFIERS);

  private DatePattern() {}

  /** Why DuckDB would refuse the pattern, or empty if every specifier is documented. */
  static Optional<String> refusal(String pattern) {
    if (pattern.isEmpty()) {
      return Optional.of("the strftime pattern is empty");
    }
    for (int i = 0; i < pattern.length(); i++) {
      if (pattern.charAt(i) != '%') {
        continue;
      }
      int start = i;
      int end = i + 1;
      if (end < pattern.length() && pattern.charAt(end) == '-') {
        end++;
      }
      if (end >= pattern.length()) {
        return Optional.of(
            "strftime pattern '%s' ends with an incomplete specifier '%s' (write %%%% for a literal %%)"
                .formatted(pattern, pattern.substring(start)));
      }
      String specifier = pattern.substring(start, end + 1);
      if (!KNOWN.contains(specifier)) {
        return Optional.of(
            "strftime pattern '%s' uses %s (at character %d), which DuckDB does not support; supported: %s"
                .formatted(pattern, specifier, start + 1, String.join(" ", SPECIFIERS)));
      }
      i = end;
    }
    return Optional.empty();
  }
}
