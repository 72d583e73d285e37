package dev.mltest.expect;

import static dev.mltest.expect.Entries.COLUMN;
import static dev.mltest.expect.Entries.entry;

import dev.mltest.data.RowCondition;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Catalog entries that judge each value against a list of patterns: regular expressions (RE2, as
 * {@code matchesRegex}) or SQL LIKE patterns. Each pattern is one condition of the shared scan, so
 * a list costs no extra pass over the data.
 */
final class PatternEntries {
  private PatternEntries() {}

  static List<ExpectationType> all() {
    return List.of(
        entry(
            "matchesAnyRegex",
            ExpectationKind.ROW,
            "Values match at least one of a list of regular expressions.",
            "Each non-null value must contain a match of at least one of `regexes` (RE2 syntax, each matched exactly as `matchesRegex` matches its `regex`: anywhere in the value unless anchored with `^...$`), as Great Expectations' `expect_column_values_to_match_regex_list` with `match_on: any`. Every pattern is validated by RE2 when the suite is read. Nulls are not judged. Any column type: a non-string value is judged by its text form, as in `matchesRegex`.",
            "- expect: matchesAnyRegex\n  column: phone\n  regexes: [\"^\\\\+[0-9]{6,15}$\", \"^0[0-9]{9}$\"]",
            spec -> regexList(spec, true),
            COLUMN,
            ParameterSpec.required(
                "regexes",
                ParameterType.REGEX_LIST,
                "The regular expressions (RE2 syntax), at least one.")),
        entry(
            "matchesAllRegex",
            ExpectationKind.ROW,
            "Values match every one of a list of regular expressions.",
            "Each non-null value must contain a match of every one of `regexes` (RE2 syntax, each matched exactly as `matchesRegex` matches its `regex`), as Great Expectations' `expect_column_values_to_match_regex_list` with `match_on: all`; the same as one `matchesRegex` per pattern, judged and reported as one expectation. Every pattern is validated by RE2 when the suite is read. Nulls are not judged. Any column type: a non-string value is judged by its text form, as in `matchesRegex`.",
            "- expect: matchesAllRegex\n  column: password_hint\n  regexes: [\"[0-9]\", \"[A-Z]\", \"^.{8,}$\"]",
            spec -> regexList(spec, false),
            COLUMN,
            ParameterSpec.required(
                "regexes",
                ParameterType.REGEX_LIST,
                "The regular expressions (RE2 syntax), at least one.")),
        entry(
            "like",
            ExpectationKind.ROW,
            "Values match SQL LIKE patterns.",
            "Each non-null value must match at least one of `likePatterns` (`matchOn: any`, the default) or every one of them (`matchOn: all`), as Great Expectations' `expect_column_values_to_match_like_pattern_list`. SQL LIKE semantics: the pattern matches the whole value, `%` stands for any run of characters (also none), `_` for exactly one character, and the match is case-sensitive. There is no escape character unless `escape` names one (as in SQL's `ESCAPE` clause and DuckDB): then that character before `%`, `_` or itself makes it literal (before any other character it is dropped), so with `escape: \"\\\\\"` the pattern `100\\%` matches only `100%`. A pattern that ends with a lone escape character is refused when the suite is read. Patterns are passed to the database as quoted literals, never spliced as SQL. Nulls are not judged. Any column type: a non-string value is judged by its text form, as in `matchesRegex`.",
            "- expect: like\n  column: sku\n  likePatterns: [\"A-%\", \"B-___\"]",
            spec -> like(spec, false),
            COLUMN,
            ParameterSpec.required(
                "likePatterns", ParameterType.LIKE_PATTERNS, "The LIKE patterns, at least one."),
            ParameterSpec.choice(
                "matchOn",
                List.of("any", "all"),
                "any",
                "Whether a value must match any one of the patterns or all of them."),
            escape()),
        entry(
            "notLike",
            ExpectationKind.ROW,
            "Values match none of a list of SQL LIKE patterns.",
            "Each non-null value fails when it matches any one of `likePatterns`, as Great Expectations' `expect_column_values_to_not_match_like_pattern_list`. LIKE semantics, escape character and quoting as in `like`. Nulls are not judged. Any column type: a non-string value is judged by its text form, as in `matchesRegex`.",
            "- expect: notLike\n  column: email\n  likePatterns: [\"%@example.com\", \"test%\"]",
            spec -> like(spec, true),
            COLUMN,
            ParameterSpec.required(
                "likePatterns",
                ParameterType.LIKE_PATTERNS,
                "The forbidden LIKE patterns, at least one."),
            escape()));
  }

  private static ParameterSpec escape() {
    return ParameterSpec.optional(
        "escape",
        ParameterType.STRING,
        "One character that makes the next `%`, `_` or itself literal (none by default).");
  }

  private static Check regexList(ExpectationSpec spec, boolean any) {
    String column = spec.parameters().string("column");
    List<String> regexes = spec.parameters().strings("regexes");
    List<RowCondition> each =
        regexes.stream().<RowCondition>map(r -> new RowCondition.Matches(column, r)).toList();
    String listed = regexes.stream().map(r -> "/" + r + "/").collect(Collectors.joining(", "));
    return new RowCheck(
        spec,
        List.of(column),
        ColumnRule.ANY,
        false,
        s -> any ? new RowCondition.Or(each) : new RowCondition.And(each),
        any ? "match none of " + listed : "do not match all of " + listed);
  }

  private static Check like(ExpectationSpec spec, boolean forbidden) {
    Parameters p = spec.parameters();
    String column = p.string("column");
    List<String> patterns = p.strings("likePatterns");
    String escape = p.optionalString("escape").orElse(null);
    if (escape != null && escape.codePointCount(0, escape.length()) != 1) {
      throw new ParameterException(
          "escape", "expected exactly one character, found '%s'".formatted(escape));
    }
    for (String pattern : patterns) {
      if (escape != null && endsWithLoneEscape(pattern, escape)) {
        throw new ParameterException(
            "likePatterns",
            ("the LIKE pattern '%s' ends with the escape character '%s', which must be followed by"
                    + " %%, _ or itself")
                .formatted(pattern, escape));
      }
    }
    Function<String, RowCondition> one = pattern -> new RowCondition.Like(column, pattern, escape);
    List<RowCondition> each = patterns.stream().map(one).toList();
    boolean all = !forbidden && p.string("matchOn").equals("all");
    String listed =
        patterns.stream().map(x -> "'" + x + "'").collect(Collectors.joining(", ", "LIKE ", ""));
    if (forbidden) {
      return new RowCheck(
          spec,
          List.of(column),
          ColumnRule.ANY,
          false,
          s -> new RowCondition.Not(new RowCondition.Or(each)),
          "match one of " + listed);
    }
    return new RowCheck(
        spec,
        List.of(column),
        ColumnRule.ANY,
        false,
        s -> all ? new RowCondition.And(each) : new RowCondition.Or(each),
        all ? "do not match all of " + listed : "match none of " + listed);
  }

  /** Whether the pattern ends with an escape character that escapes nothing. */
  private static boolean endsWithLoneEscape(String pattern, String escape) {
    boolean escaping = false;
    for (int i = 0; i < pattern.length(); ) {
      int cp = pattern.codePointAt(i);
      escaping = !escaping && cp == escape.codePointAt(0);
      i += Character.charCount(cp);
    }
    return escaping;
  }
}
