package dev.mltest.expect;

import static dev.mltest.expect.Entries.COLUMN;
import static dev.mltest.expect.Entries.entry;
import static dev.mltest.expect.Entries.max;
import static dev.mltest.expect.Entries.min;

import dev.mltest.data.ColumnType;
import dev.mltest.data.Measure;
import dev.mltest.data.RowCondition;
import java.util.Arrays;
import java.util.List;

/** Catalog entries about the table: size, schema, completeness and uniqueness. */
final class TableEntries {
  private TableEntries() {}

  static List<ExpectationType> all() {
    return List.of(
        entry(
            "rowCount",
            ExpectationKind.AGGREGATE,
            "The number of rows lies within bounds.",
            "Counts the rows that satisfy `where` (all rows without it). Set `min` and `max` to the same value for an exact count.",
            "- expect: rowCount\n  min: 1000\n  max: 2000000",
            spec -> {
              Measure rows = new Measure.RowCount(spec.whereCondition());
              return new AggregateCheck(
                  spec,
                  "row count",
                  null,
                  ColumnRule.ANY,
                  s -> List.of(rows),
                  m -> m.count(rows),
                  false);
            },
            min(ParameterType.INTEGER, "row count"),
            max(ParameterType.INTEGER, "row count")),
        entry(
            "columns",
            ExpectationKind.SCHEMA,
            "The table's columns match a set or an ordered list.",
            "Compares column names exactly (case-sensitive). With `ordered: true` the listed columns must appear in that order; with `allowExtra: false` no other column may exist.",
            "- expect: columns\n  names: [customer_id, income, segment]\n  allowExtra: true",
            SchemaChecks::columns,
            ParameterSpec.required(
                "names", ParameterType.STRING_LIST, "The expected column names."),
            ParameterSpec.withDefault(
                "ordered",
                ParameterType.BOOLEAN,
                false,
                "Whether the names must appear in this order."),
            ParameterSpec.withDefault(
                "allowExtra",
                ParameterType.BOOLEAN,
                true,
                "Whether columns not listed are allowed.")),
        entry(
            "columnCount",
            ExpectationKind.SCHEMA,
            "The number of columns lies within bounds.",
            "Counts the table's columns from its schema, without reading rows. Set `min` and `max` to the same value for an exact count, as Great Expectations' `expect_table_column_count_to_equal`; either alone is `expect_table_column_count_to_be_between` with one open end.",
            "- expect: columnCount\n  min: 11\n  max: 11",
            SchemaChecks::columnCount,
            min(ParameterType.INTEGER, "column count"),
            max(ParameterType.INTEGER, "column count")),
        entry(
            "columnExists",
            ExpectationKind.SCHEMA,
            "A column exists.",
            "Passes when the table has a column with exactly this name; the failure names the closest existing columns.",
            "- expect: columnExists\n  column: income",
            SchemaChecks::columnExists,
            ParameterSpec.required("column", ParameterType.STRING, "The column that must exist.")),
        entry(
            "columnType",
            ExpectationKind.SCHEMA,
            "A column has a logical type.",
            "Logical types: "
                + String.join(
                    ", ", Arrays.stream(ColumnType.values()).map(ColumnType::key).toList())
                + ". `integer` covers all integer widths; `decimal` covers DECIMAL, FLOAT and DOUBLE.",
            "- expect: columnType\n  column: signup_date\n  type: date",
            SchemaChecks::columnType,
            COLUMN,
            ParameterSpec.choice(
                "type",
                Arrays.stream(ColumnType.values()).map(ColumnType::key).toList(),
                null,
                "The expected logical type.")),
        entry(
            "notNull",
            ExpectationKind.ROW,
            "Values are not null.",
            "Every row is judged; a null fails. Unlike other per-row expectations, the `mostly` share is taken over all rows (after `where`), not over the non-null ones.",
            "- expect: notNull\n  column: customer_id",
            spec -> {
              String column = spec.parameters().string("column");
              return new RowCheck(
                  spec,
                  List.of(column),
                  ColumnRule.ANY,
                  true,
                  s -> RowCondition.notNull(column),
                  "are null");
            },
            COLUMN),
        entry(
            "nullRatio",
            ExpectationKind.AGGREGATE,
            "The share of null values lies within bounds.",
            "Nulls divided by rows (after `where`). A table with no rows has no ratio and fails.",
            "- expect: nullRatio\n  column: income\n  max: 0.05",
            spec -> {
              String column = spec.parameters().string("column");
              Measure rows = new Measure.RowCount(spec.whereCondition());
              Measure nulls =
                  new Measure.CountWhere(spec.whereCondition(), new RowCondition.IsNull(column));
              return new AggregateCheck(
                  spec,
                  "null ratio of " + column,
                  column,
                  ColumnRule.ANY,
                  s -> List.of(rows, nulls),
                  m -> m.count(rows) == 0 ? null : (double) m.count(nulls) / m.count(rows),
                  false,
                  "no rows");
            },
            COLUMN,
            min(ParameterType.RATIO, "null share"),
            max(ParameterType.RATIO, "null share")),
        entry(
            "unique",
            ExpectationKind.ROW,
            "Values, or combinations of values, are unique.",
            "Groups rows by the listed columns; every row whose key occurs more than once fails (as in Great Expectations). Rows with a null in a key column are not judged.",
            "- expect: unique\n  columns: [customer_id]",
            GroupedChecks::unique,
            ParameterSpec.required(
                "columns",
                ParameterType.COLUMNS,
                "The column, or columns that are unique together.")),
        entry(
            "primaryKey",
            ExpectationKind.AGGREGATE,
            "Columns form a primary key: never null and unique together.",
            "Fails if any key column is null in any row, or any key occurs more than once.",
            "- expect: primaryKey\n  columns: [customer_id]",
            GroupedChecks::primaryKey,
            ParameterSpec.required("columns", ParameterType.COLUMNS, "The key column or columns.")),
        entry(
            "distinctCount",
            ExpectationKind.AGGREGATE,
            "The number of distinct non-null values lies within bounds.",
            "Counts distinct non-null values exactly.",
            "- expect: distinctCount\n  column: segment\n  min: 3\n  max: 12",
            spec -> {
              String column = spec.parameters().string("column");
              Measure distinct =
                  new Measure.Aggregate(
                      Measure.Aggregation.DISTINCT_COUNT, column, spec.whereCondition());
              return new AggregateCheck(
                  spec,
                  "distinct count of " + column,
                  column,
                  ColumnRule.ANY,
                  s -> List.of(distinct),
                  m -> m.count(distinct),
                  false);
            },
            COLUMN,
            min(ParameterType.INTEGER, "distinct count"),
            max(ParameterType.INTEGER, "distinct count")),
        entry(
            "duplicateRows",
            ExpectationKind.AGGREGATE,
            "At most `max` rows duplicate an earlier row.",
            "Groups rows by all columns (or the listed ones), nulls comparing equal; counts the surplus copies beyond the first of each group.",
            "- expect: duplicateRows\n  max: 0",
            GroupedChecks::duplicateRows,
            ParameterSpec.optional(
                "columns",
                ParameterType.COLUMNS,
                "Columns that define a duplicate (default: all)."),
            ParameterSpec.withDefault(
                "max", ParameterType.INTEGER, 0L, "Largest accepted number of surplus rows.")));
  }
}
