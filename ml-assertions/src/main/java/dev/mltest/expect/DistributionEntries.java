package dev.mltest.expect;

import static dev.mltest.expect.Entries.COLUMN;
import static dev.mltest.expect.Entries.entry;
import static dev.mltest.expect.Entries.strictMax;
import static dev.mltest.expect.Entries.strictMin;
import static dev.mltest.expect.Entries.strictableMax;
import static dev.mltest.expect.Entries.strictableMin;

import dev.mltest.data.Measure;
import dev.mltest.data.RowCondition;
import dev.mltest.drift.DriftMethod;
import dev.mltest.drift.StoredShares;
import java.util.List;

/**
 * Catalog entries that judge how a column's values are spread: their total, how many are distinct,
 * which is most common, and how many lie far from the mean.
 */
final class DistributionEntries {
  private DistributionEntries() {}

  static List<ExpectationType> all() {
    return List.of(
        entry(
            "sumBetween",
            ExpectationKind.AGGREGATE,
            "The column's sum lies within bounds.",
            "The exact sum of the non-null values (integers and decimals are summed without rounding; floating-point columns in double precision), for reconciling totals. Nulls are left out; a column with no non-null value has no sum and fails. Numeric or boolean columns (booleans count as 1 and 0, so the sum is the number of true values). As Great Expectations' `expect_column_sum_to_be_between`, except that it sums an all-null column to 0.",
            "- expect: sumBetween\n  column: amount\n  min: 99999.5\n  max: 100000.5",
            spec -> {
              String column = spec.parameters().string("column");
              Measure sum =
                  new Measure.Aggregate(Measure.Aggregation.SUM, column, spec.whereCondition());
              return new AggregateCheck(
                  spec,
                  "sum of " + column,
                  column,
                  ColumnRule.NUMERIC_OR_BOOLEAN,
                  s -> List.of(sum),
                  m -> m.value(sum),
                  false);
            },
            COLUMN,
            strictableMin(ParameterType.NUMBER, "sum"),
            strictableMax(ParameterType.NUMBER, "sum"),
            strictMin(),
            strictMax()),
        entry(
            "uniqueProportion",
            ExpectationKind.AGGREGATE,
            "The share of distinct values among the non-null values lies within bounds.",
            "Distinct non-null values divided by non-null values (nulls are left out of both), as Great Expectations' `expect_column_proportion_of_unique_values_to_be_between`: [1, 2, 2, 3, 3, 3, 4, 4, 4, 4] gives 4 / 10 = 0.4. Any column type. A column with no non-null value has no proportion and fails.",
            "- expect: uniqueProportion\n  column: customer_id\n  min: 0.99",
            spec -> {
              String column = spec.parameters().string("column");
              Measure distinct =
                  new Measure.Aggregate(
                      Measure.Aggregation.DISTINCT_COUNT, column, spec.whereCondition());
              Measure values =
                  new Measure.CountWhere(spec.whereCondition(), RowCondition.notNull(column));
              return new AggregateCheck(
                  spec,
                  "unique proportion of " + column,
                  column,
                  ColumnRule.ANY,
                  s -> List.of(distinct, values),
                  m -> m.count(values) == 0 ? null : (double) m.count(distinct) / m.count(values),
                  false);
            },
            COLUMN,
            strictableMin(ParameterType.RATIO, "share"),
            strictableMax(ParameterType.RATIO, "share"),
            strictMin(),
            strictMax()),
        entry(
            "mostCommonValueIn",
            ExpectationKind.AGGREGATE,
            "The column's most common value is in a set.",
            "Counts each non-null value exactly (nulls are left out) and takes the most frequent. When several values tie for most frequent, all of them must be in `values`, unless `tiesOkay: true`, which passes when at least one of them is (as Great Expectations' `ties_okay`: values outside the set may be as common as, but not more common than, a listed one). Values are converted to the column's type. A column with no non-null value has no most common value and fails.",
            "- expect: mostCommonValueIn\n  column: segment\n  values: [retail]",
            MostCommonCheck::new,
            COLUMN,
            ParameterSpec.required(
                "values", ParameterType.VALUE_LIST, "The values the most common one may be."),
            ParameterSpec.withDefault(
                "tiesOkay",
                ParameterType.BOOLEAN,
                false,
                "Pass when any of several equally common values is in the set.")),
        entry(
            "zScoreOutliers",
            ExpectationKind.ROW,
            "Values lie within k standard deviations of the mean.",
            "Each non-null value's z-score, (value − mean) / standard deviation, uses the mean and sample standard deviation (n − 1) of the column's finite non-null values after `where`, measured in the same query. A value passes when |z| < `k` (`doubleSided: false`: when z < `k`, so only high values are outliers), as Great Expectations' `expect_column_value_z_scores_to_be_less_than` with `threshold: k`; the share of passing values must reach `mostly`. Nulls are not judged; a NaN or infinite value is an outlier. When all values are equal (standard deviation 0), or there are fewer than two finite values (no standard deviation), no finite value is an outlier. Numeric columns.",
            "- expect: zScoreOutliers\n  column: income\n  k: 3\n  mostly: 0.99",
            ZScoreCheck::new,
            COLUMN,
            ParameterSpec.required(
                "k", ParameterType.NUMBER, "The z-score from which a value is an outlier (> 0)."),
            ParameterSpec.withDefault(
                "doubleSided",
                ParameterType.BOOLEAN,
                true,
                "Whether values far below the mean are outliers too.")),
        entry(
            "distributionMatches",
            ExpectationKind.AGGREGATE,
            "The column's distribution matches one stored in the suite.",
            "Pins a distribution without shipping reference data: `categories` gives each category's share, or `histogram` gives bin `edges` and one share per bin (bins include their lower edge; the last also its upper edge); shares must sum to 1 (within 0.001). The current shares of the non-null values (nulls are left out; NaN falls in no bin) are compared with the stored ones by a drift `method` with its usual formula and default threshold (see [drift statistics](../drift-statistics.md)): `psi`, `jensenshannon`, `kl_div`, `hellinger`, `l_infinity`, or `chisquare_gof` (stored shares as the expected proportions, a p-value). Values in no category or outside the edges form one more bucket with a stored share of 0, so they count as drift. Categories are converted to the column's type; a histogram needs a numeric column. No non-null value fails.",
            "- expect: distributionMatches\n  column: segment\n  categories: {retail: 0.7, business: 0.25, enterprise: 0.05}\n  method: psi\n  threshold: 0.1",
            DistributionCheck::new,
            COLUMN,
            ParameterSpec.optional(
                "categories",
                ParameterType.CATEGORY_SHARES,
                "Each category's stored share (give this or `histogram`)."),
            ParameterSpec.optional(
                "histogram",
                ParameterType.HISTOGRAM,
                "Bin edges and each bin's stored share (give this or `categories`)."),
            ParameterSpec.choice(
                "method",
                StoredShares.METHODS.stream().map(DriftMethod::key).toList(),
                "psi",
                "The drift method that compares current and stored shares."),
            ParameterSpec.optional(
                "threshold",
                ParameterType.NUMBER,
                "The drift threshold (default: the method's, e.g. 0.1 for psi, 0.05 for"
                    + " chisquare_gof).")));
  }
}
