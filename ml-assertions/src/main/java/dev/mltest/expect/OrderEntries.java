package dev.mltest.expect;

import static dev.mltest.expect.Entries.COLUMN;
import static dev.mltest.expect.Entries.entry;

import dev.mltest.data.Measure;
import dev.mltest.data.Measurements;
import dev.mltest.data.OrderStats;
import dev.mltest.data.TableSchema;
import dev.mltest.text.Formats;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Catalog entries that judge the order of values: event logs, time series, cumulative counts. */
final class OrderEntries {
  private OrderEntries() {}

  static List<ExpectationType> all() {
    return List.of(order(true), order(false));
  }

  private static ExpectationType order(boolean increasing) {
    String key = increasing ? "increasing" : "decreasing";
    String direction = increasing ? "greater" : "smaller";
    return entry(
        key,
        ExpectationKind.ROW,
        "Values " + (increasing ? "increase" : "decrease") + " from row to row.",
        ("Each non-null value is compared with the previous non-null value of its sequence: it must be %s (or equal, unless `strictly: true`). "
                + "The sequence is the file's row order, or the order of `orderBy` (rows tied on it keep their file order; rows with a null in it are not judged); "
                + "with `groupBy`, each group is its own sequence. Nulls are not judged and do not break a sequence. "
                + "The first value of each sequence has nothing before it and passes, as in Great Expectations' `expect_column_values_to_be_%s`, "
                + "whose pandas backend compares each non-null value with the one before it; the share of passing values must reach `mostly`. "
                + "Numbers, dates, timestamps and strings (alphabetical) compare in the column's type. "
                + "A failure names the first break (its row, value and predecessor) rather than listing rows.")
            .formatted(direction, key),
        "- expect: "
            + key
            + "\n  column: "
            + (increasing ? "event_time\n  groupBy: [user_id]" : "remaining_balance")
            + "\n  strictly: "
            + increasing,
        spec -> new OrderCheck(spec, increasing),
        COLUMN,
        ParameterSpec.withDefault(
            "strictly", ParameterType.BOOLEAN, false, "Whether equal neighbours break the order."),
        ParameterSpec.optional(
            "groupBy",
            ParameterType.COLUMNS,
            "Column or columns whose values form independent sequences (default: one sequence)."),
        ParameterSpec.optional(
            "orderBy",
            ParameterType.COLUMN,
            "The column that orders each sequence (default: the file's row order)."));
  }

  /** The order of a column's values, judged from one pass of its own. */
  private static final class OrderCheck implements Check {
    private final ExpectationSpec spec;
    private final boolean increasing;
    private final String column;
    private final Measure.OrderBreaks measure;
    private final List<ColumnRequirement> requirements;

    OrderCheck(ExpectationSpec spec, boolean increasing) {
      this.spec = spec;
      this.increasing = increasing;
      Parameters p = spec.parameters();
      this.column = p.string("column");
      List<String> groupBy = p.has("groupBy") ? p.strings("groupBy") : List.of();
      String orderBy = p.optionalString("orderBy").orElse(null);
      if (groupBy.contains(column) || column.equals(orderBy)) {
        throw new ParameterException(
            groupBy.contains(column) ? "groupBy" : "orderBy",
            "'%s' cannot group or order by the column it judges ('%s')"
                .formatted(spec.type().key(), column));
      }
      this.measure =
          new Measure.OrderBreaks(
              column, increasing, p.flag("strictly"), groupBy, orderBy, spec.whereCondition());
      List<ColumnRequirement> r = new ArrayList<>();
      r.add(new ColumnRequirement(column, ColumnRule.ORDERED));
      groupBy.forEach(g -> r.add(new ColumnRequirement(g, ColumnRule.ANY)));
      if (orderBy != null) {
        r.add(new ColumnRequirement(orderBy, ColumnRule.ORDERED));
      }
      this.requirements = List.copyOf(r);
    }

    @Override
    public List<ColumnRequirement> requirements() {
      return requirements;
    }

    private Measure elements() {
      return new Measure.RowCount(spec.whereCondition());
    }

    @Override
    public List<Measure> measures(TableSchema schema) {
      return List.of(elements(), measure);
    }

    @Override
    public Judgement judge(Measurements m, TableSchema schema) {
      OrderStats stats =
          (OrderStats)
              Objects.requireNonNull(m.value(measure), "an order measure always has a value");
      long elements = m.count(elements());
      Counts counts = new Counts(elements, elements - stats.values(), stats.breaks());
      double mostly = spec.requiredShare();
      long judged = counts.judgedCount();
      boolean success = counts.meets(mostly);
      String comparison =
          (increasing ? "greater than " : "smaller than ")
              + (measure.strict() ? "" : "or equal to ")
              + "the previous one";
      String message =
          judged == 0
              ? "%s: no non-null values to check (%s rows considered)"
                  .formatted(column, Formats.count(elements))
              : "%s: %s of %s non-null values are not %s (%s)%s"
                  .formatted(
                      column,
                      Formats.percent(counts.unexpectedShare()),
                      Formats.count(judged),
                      comparison,
                      Formats.mostly(mostly),
                      stats.firstRow() == null
                          ? ""
                          : "; first at row %d: %s after %s"
                              .formatted(
                                  stats.firstRow(), stats.firstValue(), stats.firstPrevious()));
      return new Judgement(success, counts.unexpectedShare(), counts, message);
    }
  }
}
