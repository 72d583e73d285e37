package dev.mltest.expect;

import static dev.mltest.expect.Entries.COLUMN;
import static dev.mltest.expect.Entries.entry;
import static dev.mltest.expect.Entries.max;
import static dev.mltest.expect.Entries.min;
import static dev.mltest.expect.Entries.strictMax;
import static dev.mltest.expect.Entries.strictMin;
import static dev.mltest.expect.Entries.strictableMax;
import static dev.mltest.expect.Entries.strictableMin;

import dev.mltest.data.Column;
import dev.mltest.data.ComparisonOperator;
import dev.mltest.data.RowCondition;
import dev.mltest.data.SqlExpressionPolicy;
import dev.mltest.data.ValueFormat;
import dev.mltest.text.Formats;
import java.util.Arrays;
import java.util.List;

/** Catalog entries that judge each row's values. */
final class ValueEntries {
  private ValueEntries() {}

  static List<ExpectationType> all() {
    return List.of(
        entry(
            "between",
            ExpectationKind.ROW,
            "Values lie within bounds (numbers, dates or timestamps).",
            "Each non-null value is judged; nulls are not. Bounds are inclusive unless `strictMin`/`strictMax`. For date and timestamp columns write ISO dates (`2024-01-31`) or timestamps. NaN fails any bound.",
            "- expect: between\n  column: income\n  min: 0\n  max: 10000000\n  mostly: 0.95",
            ValueEntries::between,
            COLUMN,
            strictableMin(ParameterType.VALUE, "value"),
            strictableMax(ParameterType.VALUE, "value"),
            strictMin(),
            strictMax()),
        entry(
            "lengthBetween",
            ExpectationKind.ROW,
            "String lengths lie within bounds.",
            "Each non-null value's length in characters is judged; nulls are not. Takes string (or JSON) columns only: on a number or date column the length of its text form says little, so the expectation is refused with an error naming the column's type (check numbers with `between`).",
            "- expect: lengthBetween\n  column: country\n  min: 2\n  max: 2",
            spec -> {
              String column = spec.parameters().string("column");
              Long lo = spec.parameters().integer("min");
              Long hi = spec.parameters().integer("max");
              requireBound(spec);
              if (lo != null && hi != null && lo > hi) {
                throw new ParameterException(
                    "min", "min %d is greater than max %d".formatted(lo, hi));
              }
              Bounds b = Bounds.of(lo, hi);
              return new RowCheck(
                  spec,
                  List.of(column),
                  ColumnRule.TEXT,
                  false,
                  s ->
                      new RowCondition.LengthBetween(
                          column,
                          lo == null ? null : lo.intValue(),
                          hi == null ? null : hi.intValue()),
                  "have a length " + b.violation());
            },
            COLUMN,
            min(ParameterType.INTEGER, "length"),
            max(ParameterType.INTEGER, "length")),
        entry(
            "inSet",
            ExpectationKind.ROW,
            "Values are in a set.",
            "Each non-null value must equal one of `values`; values are converted to the column's type. Text values on a CSV column that DuckDB detected as boolean (`yes`/`no`) are compared with the text in the file: the column is read as text unless the dataset's `types` option sets its type.",
            "- expect: inSet\n  column: segment\n  values: [retail, business, enterprise]",
            spec -> set(spec, false),
            COLUMN,
            ParameterSpec.required("values", ParameterType.VALUE_LIST, "The accepted values.")),
        entry(
            "notInSet",
            ExpectationKind.ROW,
            "Values are not in a set.",
            "Each non-null value must differ from all of `values`.",
            "- expect: notInSet\n  column: country\n  values: [\"\", \"??\", N/A]",
            spec -> set(spec, true),
            COLUMN,
            ParameterSpec.required("values", ParameterType.VALUE_LIST, "The forbidden values.")),
        entry(
            "matchesRegex",
            ExpectationKind.ROW,
            "Values match a regular expression.",
            "Each non-null value must contain a match of `regex` (RE2 syntax); anchor with `^...$` to match the whole value. Nulls are not judged. Any column type is accepted: a non-string value is judged by its text form (DuckDB's cast to VARCHAR: `42`, `2024-01-31`, `true`), so an ID pattern can check an integer column.",
            "- expect: matchesRegex\n  column: postcode\n  regex: \"^[0-9]{5}$\"",
            spec -> {
              String column = spec.parameters().string("column");
              String regex = spec.parameters().string("regex");
              return new RowCheck(
                  spec,
                  List.of(column),
                  ColumnRule.ANY,
                  false,
                  s -> new RowCondition.Matches(column, regex),
                  "do not match /" + regex + "/");
            },
            COLUMN,
            ParameterSpec.required(
                "regex", ParameterType.REGEX, "The regular expression (RE2 syntax).")),
        entry(
            "notMatchesRegex",
            ExpectationKind.ROW,
            "Values do not match a regular expression.",
            "Each non-null value fails when it contains a match of `regex` (RE2 syntax; anchor with `^...$` to forbid only whole-value matches), as Great Expectations' `expect_column_values_to_not_match_regex`, which searches rather than matches the whole value. Nulls are not judged. Any column type: a non-string value is judged by its text form, as in `matchesRegex`.",
            "- expect: notMatchesRegex\n  column: comment\n  regex: \"(?i)lorem ipsum\"",
            spec -> {
              String column = spec.parameters().string("column");
              String regex = spec.parameters().string("regex");
              return new RowCheck(
                  spec,
                  List.of(column),
                  ColumnRule.ANY,
                  false,
                  s -> new RowCondition.Not(new RowCondition.Matches(column, regex)),
                  "match /" + regex + "/");
            },
            COLUMN,
            ParameterSpec.required(
                "regex", ParameterType.REGEX, "The forbidden regular expression (RE2 syntax).")),
        entry(
            "format",
            ExpectationKind.ROW,
            "Values have a well-known format.",
            "Formats: email, url (http, https, ftp), uuid, isoDate (YYYY-MM-DD, a real date), isoDateTime (ISO 8601 date and time, optional zone), json (parseable JSON), datePattern (parses with the strftime `pattern`, e.g. `%d/%m/%Y`; the pattern may use DuckDB's documented specifiers only — "
                + String.join(" ", DatePattern.SPECIFIERS)
                + " — and any other, such as `%D`, is refused when the suite is read). Nulls are not judged. Takes string (or JSON) columns; `isoDate` also takes date columns and `isoDateTime` timestamp columns, whose values are ISO by construction (so they pass). On any other type the expectation is refused with an error naming the column's type, since judging the text would be misleading: an integer is valid JSON text, and a number is never an email (check the type with `columnType`).",
            "- expect: format\n  column: email\n  format: email\n  mostly: 0.99",
            ValueEntries::format,
            COLUMN,
            ParameterSpec.choice("format", ValueFormat.keys(), null, "The format name."),
            ParameterSpec.optional(
                "pattern", ParameterType.STRING, "The strftime pattern, for `datePattern` only.")),
        entry(
            "compareColumns",
            ExpectationKind.ROW,
            "A comparison between two columns holds in each row.",
            "Each judged row must satisfy `left operator right` with operator gt, ge, lt, le, eq or ne. `ignoreRowIf` says which rows with nulls are not judged, as Great Expectations' `ignore_row_if`: `eitherMissing` (the default) skips a row with a null in either column; `bothMissing` skips only rows where both are null, so a row with one null is judged and fails; `never` judges every row, and any null fails (a comparison with null is unknown, never true).",
            "- expect: compareColumns\n  left: end_date\n  operator: ge\n  right: start_date",
            ValueEntries::compareColumns,
            ParameterSpec.required("left", ParameterType.COLUMN, "The left-hand column."),
            ParameterSpec.choice(
                "operator",
                Arrays.stream(ComparisonOperator.values()).map(ComparisonOperator::key).toList(),
                null,
                "The comparison."),
            ParameterSpec.required("right", ParameterType.COLUMN, "The right-hand column."),
            ParameterSpec.choice(
                "ignoreRowIf",
                List.of("eitherMissing", "bothMissing", "never"),
                "eitherMissing",
                "Which rows with nulls are left unjudged.")),
        entry(
            "rowPredicate",
            ExpectationKind.ROW,
            "An SQL boolean expression holds in each row.",
            "Every row (after `where`) is judged; a row where the expression is false or NULL fails. The expression is SQL over the dataset's columns (DuckDB dialect; keep to standard SQL for portability to other backends).",
            "- expect: rowPredicate\n  id: total-is-sum\n  expression: \"abs(total - (net + tax)) < 0.01\"",
            spec -> {
              String expression = spec.parameters().string("expression");
              SqlExpressionPolicy.refusal(expression)
                  .ifPresent(
                      reason -> {
                        throw new ParameterException("expression", reason);
                      });
              return new RowCheck(
                  spec,
                  List.of(),
                  ColumnRule.ANY,
                  true,
                  s -> new RowCondition.Sql(expression),
                  "break `" + expression + "`");
            },
            ParameterSpec.required(
                "expression", ParameterType.STRING, "The SQL boolean expression.")));
  }

  private static void requireBound(ExpectationSpec spec) {
    if (!spec.parameters().has("min") && !spec.parameters().has("max")) {
      throw new ParameterException(
          "min", "'%s' needs 'min', 'max' or both".formatted(spec.type().key()));
    }
  }

  private static Check between(ExpectationSpec spec) {
    requireBound(spec);
    Parameters p = spec.parameters();
    String column = p.string("column");
    Bounds written =
        new Bounds(p.get("min"), p.get("max"), p.flag("strictMin"), p.flag("strictMax"));
    if (written.min() instanceof Number a
        && written.max() instanceof Number b
        && a.doubleValue() > b.doubleValue()) {
      throw new ParameterException(
          "min", "min %s is greater than max %s".formatted(Formats.value(a), Formats.value(b)));
    }
    return new RowCheck(
        spec,
        List.of(column),
        ColumnRule.NUMERIC_OR_TEMPORAL,
        false,
        schema -> {
          Column c = schema.column(column).orElseThrow();
          return new RowCondition.Between(
              column,
              Values.coerce(written.min(), c, "min"),
              Values.coerce(written.max(), c, "max"),
              written.strictMin(),
              written.strictMax());
        },
        "are " + written.violation());
  }

  private static Check compareColumns(ExpectationSpec spec) {
    String left = spec.parameters().string("left");
    String right = spec.parameters().string("right");
    ComparisonOperator op =
        ComparisonOperator.parse(spec.parameters().string("operator")).orElseThrow();
    List<String> both = List.of(left, right);
    RowCondition skipped =
        switch (spec.parameters().string("ignoreRowIf")) {
          case "bothMissing" ->
              new RowCondition.And(
                  List.of(new RowCondition.IsNull(left), new RowCondition.IsNull(right)));
          // Judge every row: no row is skipped (an empty Or is false).
          case "never" -> new RowCondition.Or(List.of());
          default -> RowCondition.anyNull(both);
        };
    return new RowCheck(
        spec,
        both,
        ColumnRule.ORDERED,
        skipped,
        s -> new RowCondition.Compare(left, op, right),
        "break %s %s %s".formatted(left, op.symbol(), right));
  }

  private static Check set(ExpectationSpec spec, boolean negate) {
    String column = spec.parameters().string("column");
    List<Object> values = spec.parameters().valueList("values");
    return new RowCheck(
        spec,
        List.of(column),
        ColumnRule.ANY,
        false,
        schema -> {
          RowCondition in =
              new RowCondition.InSet(
                  column, Values.coerceAll(values, schema.column(column).orElseThrow(), "values"));
          return negate ? new RowCondition.Not(in) : in;
        },
        (negate ? "are in " : "are not in ") + Formats.value(values));
  }

  private static Check format(ExpectationSpec spec) {
    String column = spec.parameters().string("column");
    ValueFormat format = ValueFormat.fromKey(spec.parameters().string("format")).orElseThrow();
    String pattern = spec.parameters().optionalString("pattern").orElse(null);
    if (format == ValueFormat.DATE_PATTERN && pattern == null) {
      throw new ParameterException(
          "pattern", "format datePattern needs 'pattern', e.g. pattern: \"%d/%m/%Y\"");
    }
    if (format != ValueFormat.DATE_PATTERN && pattern != null) {
      throw new ParameterException(
          "pattern", "'pattern' applies to format datePattern only, not " + format.key());
    }
    if (pattern != null) {
      DatePattern.refusal(pattern)
          .ifPresent(
              reason -> {
                throw new ParameterException("pattern", reason);
              });
    }
    String name =
        format == ValueFormat.DATE_PATTERN
            ? "dates of pattern " + pattern
            : format.key() + " values";
    ColumnRule rule =
        switch (format) {
          case ISO_DATE -> ColumnRule.TEXT_OR_DATE;
          case ISO_DATE_TIME -> ColumnRule.TEXT_OR_TIMESTAMP;
          default -> ColumnRule.TEXT;
        };
    return new RowCheck(
        spec,
        List.of(column),
        rule,
        false,
        s -> new RowCondition.HasFormat(column, format, pattern),
        "are not " + name);
  }
}
