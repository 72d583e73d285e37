package dev.mltest.expect;

import static org.apiguardian.api.API.Status.INTERNAL;

import com.google.re2j.Pattern;
import com.google.re2j.PatternSyntaxException;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * The one regex engine: RE2, as DuckDB runs suite patterns, here through RE2/J. Validation,
 * property generation and every check on the JVM compile patterns with it, so a pattern that passes
 * validation runs in DuckDB, and no user pattern ever runs in {@code java.util.regex} (whose
 * backtracking makes {@code (.*a){20}b} run for hours). RE2 matches in linear time.
 *
 * <pre>{@code
 * Pattern p = RegexSyntax.compile("(?P<year>[0-9]{4})");   // Python/RE2 named group: accepted
 * RegexSyntax.compile("^(?=a)");  // IllegalArgumentException: RE2 has no lookahead ...
 * }</pre>
 */
@API(status = INTERNAL, since = "0.1")
public final class RegexSyntax {
  private RegexSyntax() {}

  /**
   * The compiled pattern.
   *
   * @throws IllegalArgumentException naming the pattern, what RE2 refused and what to write instead
   */
  public static Pattern compile(String regex) {
    Pattern pattern;
    try {
      pattern = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      throw new IllegalArgumentException(
          "invalid regular expression '%s': %s".formatted(regex, explain(e)), e);
    }
    if (hasJavaNamedGroup(regex)) {
      // RE2/J accepts Java's (?<name>…); the RE2 inside DuckDB refuses it at run time.
      throw new IllegalArgumentException(
          ("invalid regular expression '%s': RE2, the engine that runs suite patterns, has no"
                  + " named groups written `(?<name>…)`; write `(?P<name>…)`")
              .formatted(regex));
    }
    return pattern;
  }

  /** Whether a group opens with {@code (?<} outside a character class and not escaped. */
  private static boolean hasJavaNamedGroup(String regex) {
    boolean inClass = false;
    for (int i = 0; i < regex.length(); i++) {
      char c = regex.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '[') {
        inClass = true;
      } else if (c == ']') {
        inClass = false;
      } else if (!inClass && regex.startsWith("(?<", i)) {
        return true;
      }
    }
    return false;
  }

  /** What RE2 lacks, in words, for the constructs that Java or PCRE users write most often. */
  static String explain(PatternSyntaxException e) {
    String near = e.getPattern();
    String description = e.getDescription();
    String lacks = lacking(near, description);
    String where = near.isEmpty() ? "" : " at `" + near + "`";
    return lacks == null
        ? description + where + " (patterns use RE2 syntax, as DuckDB runs them)"
        : description
            + where
            + ": RE2, the engine that runs suite patterns, has no "
            + lacks
            + " (it guarantees linear-time matching)";
  }

  private static @Nullable String lacking(String near, String description) {
    if (near.startsWith("(?=") || near.startsWith("(?!")) {
      return "lookahead `(?=…)`/`(?!…)`; match the text itself or use a second expectation";
    }
    if (near.startsWith("(?<=") || near.startsWith("(?<!")) {
      return "lookbehind `(?<=…)`/`(?<!…)`";
    }
    if (near.startsWith("(?>")) {
      return "atomic groups `(?>…)`; a plain group `(?:…)` matches the same strings";
    }
    if (near.length() >= 2
        && near.charAt(0) == '\\'
        && near.charAt(1) >= '1'
        && near.charAt(1) <= '9') {
      return "backreferences `\\1`; list the alternatives explicitly";
    }
    if (description.contains("nested repetition")) {
      return "possessive quantifiers (`++`, `*+`, `?+`); drop the second `+`";
    }
    if (description.contains("repeat count")) {
      return "repetition counts above 1000";
    }
    if (near.equals("\\Z") || near.equals("\\G")) {
      return "`\\Z` or `\\G`; use `$` or `\\z` for the end of the text";
    }
    return null;
  }
}
