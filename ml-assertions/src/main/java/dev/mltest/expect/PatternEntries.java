package dev.mltest.expect;

import static dev.mltest.expect.Entries.COLUMN;
import static dev.mltest.expect.Entries.entry;

import dev.mltest.data.RowCondition;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Catalog entries that judge each value against a list of patterns: regular expressions (RE2, as
 * {@code matchesRegex}). Each pattern is one condition of the shared scan, so a list costs no extra
 * pass over the data.
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
                "The regular expressions (RE2 syntax), at least one.")));
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
}
