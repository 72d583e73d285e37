package dev.mltest.expect;

import static dev.mltest.expect.Entries.COLUMN;
import static dev.mltest.expect.Entries.entry;
import static dev.mltest.expect.Entries.strictMax;
import static dev.mltest.expect.Entries.strictMin;
import static dev.mltest.expect.Entries.strictableMax;
import static dev.mltest.expect.Entries.strictableMin;

import dev.mltest.data.Measure;
import java.util.List;

/** Catalog entries that judge a column's statistics and distinct values. */
final class StatisticEntries {
  private StatisticEntries() {}

  static List<ExpectationType> all() {
    return List.of(
        aggregate(
            "minBetween",
            Measure.Aggregation.MIN,
            "minimum",
            ColumnRule.ORDERED,
            true,
            "The column's minimum lies within bounds.",
            "The smallest non-null value (numbers, dates, timestamps or strings), compared in the column's type.",
            "- expect: minBetween\n  column: age\n  min: 18\n  max: 25"),
        aggregate(
            "maxBetween",
            Measure.Aggregation.MAX,
            "maximum",
            ColumnRule.ORDERED,
            true,
            "The column's maximum lies within bounds.",
            "The largest non-null value, compared in the column's type. For date columns write ISO dates.",
            "- expect: maxBetween\n  column: signup_date\n  max: \"2026-12-31\""),
        aggregate(
            "meanBetween",
            Measure.Aggregation.MEAN,
            "mean",
            ColumnRule.NUMERIC_OR_BOOLEAN,
            false,
            "The column's mean lies within bounds.",
            "The arithmetic mean of the non-null values; nulls are left out. A NaN value makes the mean NaN, which fails. Numeric or boolean columns: booleans count as 1 (true) and 0 (false), so the mean of a label column is its positive rate.",
            "- expect: meanBetween\n  column: income\n  min: 30000\n  max: 90000"),
        aggregate(
            "stdevBetween",
            Measure.Aggregation.STDDEV,
            "standard deviation",
            ColumnRule.NUMERIC_OR_BOOLEAN,
            false,
            "The column's sample standard deviation lies within bounds.",
            "The sample standard deviation (n − 1 denominator) of the non-null values; nulls are left out; fewer than two values give none, which fails. Numeric or boolean columns (booleans count as 1 and 0).",
            "- expect: stdevBetween\n  column: income\n  min: 1000\n  max: 50000"),
        entry(
            "quantilesBetween",
            ExpectationKind.AGGREGATE,
            "Quantiles of the column lie within bounds.",
            "Exact quantiles of the non-null values (nulls are left out; numeric columns only) with linear interpolation between values (NumPy's default; DuckDB's quantile_cont). A range whose `min` is greater than its `max` is refused when the suite is read. Great Expectations differs: its pandas backend takes the nearest value and its SQL backends percentile_disc, so on small data its quantiles can differ from these.",
            "- expect: quantilesBetween\n  column: income\n  quantiles:\n    - {quantile: 0.5, min: 40000, max: 60000}\n    - {quantile: 0.99, max: 500000}",
            SetChecks::quantiles,
            COLUMN,
            ParameterSpec.required(
                "quantiles",
                ParameterType.QUANTILE_RANGES,
                "Each quantile (0 to 1) with its min and/or max.")),
        entry(
            "meanAbsoluteError",
            ExpectationKind.AGGREGATE,
            "The mean absolute error between a prediction column and a label column lies within bounds.",
            "The mean of |prediction − label| over the rows where both are non-null; booleans count as 0 and 1. Use it to check a model's predictions stored next to the labels, e.g. on a current snapshot that has received its labels.",
            "- expect: meanAbsoluteError\n  prediction: churn_probability\n  label: churned\n  max: 0.3",
            spec -> {
              String prediction = spec.parameters().string("prediction");
              String label = spec.parameters().string("label");
              Measure mae =
                  new Measure.MeanAbsoluteDifference(prediction, label, spec.whereCondition());
              Check judge =
                  new AggregateCheck(
                      spec,
                      "mean absolute error of " + prediction + " against " + label,
                      prediction,
                      ColumnRule.NUMERIC_OR_BOOLEAN,
                      s -> List.of(mae),
                      m -> m.value(mae),
                      false,
                      "no rows where both " + prediction + " and " + label + " are set");
              List<Check.ColumnRequirement> both =
                  List.of(
                      new Check.ColumnRequirement(prediction, ColumnRule.NUMERIC_OR_BOOLEAN),
                      new Check.ColumnRequirement(label, ColumnRule.NUMERIC_OR_BOOLEAN));
              return new Check() {
                @Override
                public List<ColumnRequirement> requirements() {
                  return both;
                }

                @Override
                public List<Measure> measures(dev.mltest.data.TableSchema schema) {
                  return judge.measures(schema);
                }

                @Override
                public Judgement judge(
                    dev.mltest.data.Measurements m, dev.mltest.data.TableSchema schema) {
                  return judge.judge(m, schema);
                }
              };
            },
            ParameterSpec.required(
                "prediction", ParameterType.COLUMN, "The column holding the predictions."),
            ParameterSpec.required(
                "label", ParameterType.COLUMN, "The column holding the true values."),
            Entries.min(ParameterType.NUMBER, "mean absolute error"),
            Entries.max(ParameterType.NUMBER, "mean absolute error")),
        entry(
            "distinctValues",
            ExpectationKind.AGGREGATE,
            "The set of distinct values is a subset, superset of or equal to a set.",
            "`subset`: no non-null value outside `values`; `superset`: every listed value occurs; `equal`: both.",
            "- expect: distinctValues\n  column: segment\n  values: [retail, business, enterprise]\n  mode: equal",
            SetChecks::distinctValues,
            COLUMN,
            ParameterSpec.required("values", ParameterType.VALUE_LIST, "The expected values."),
            ParameterSpec.choice(
                "mode",
                List.of("subset", "superset", "equal"),
                "equal",
                "How the distinct values relate to `values`.")));
  }

  private static ExpectationType aggregate(
      String key,
      Measure.Aggregation aggregation,
      String label,
      ColumnRule rule,
      boolean boundsInColumnType,
      String summary,
      String semantics,
      String example) {
    ParameterType boundType = boundsInColumnType ? ParameterType.VALUE : ParameterType.NUMBER;
    return entry(
        key,
        ExpectationKind.AGGREGATE,
        summary,
        semantics,
        example,
        spec -> {
          String column = spec.parameters().string("column");
          Measure m = new Measure.Aggregate(aggregation, column, spec.whereCondition());
          return new AggregateCheck(
              spec,
              label + " of " + column,
              column,
              rule,
              s -> List.of(m),
              ms -> ms.value(m),
              boundsInColumnType,
              aggregation == Measure.Aggregation.STDDEV
                  ? "fewer than two non-null values"
                  : "no non-null values");
        },
        COLUMN,
        strictableMin(boundType, label),
        strictableMax(boundType, label),
        strictMin(),
        strictMax());
  }
}
