package dev.mltest.expect;

import dev.mltest.data.Column;
import dev.mltest.data.Measure;
import dev.mltest.data.Measurements;
import dev.mltest.data.MostCommon;
import dev.mltest.data.TableSchema;
import dev.mltest.text.Formats;
import java.util.List;

/** The most common value of a column is in a set; ties need all (or, if okay, any) in the set. */
final class MostCommonCheck implements Check {
  /** Ties beyond this many are counted but not listed. */
  private static final int SHOWN_TIES = 20;

  private final ExpectationSpec spec;
  private final String column;
  private final List<Object> values;
  private final boolean tiesOkay;
  private final Measure.MostCommonValues measure;

  MostCommonCheck(ExpectationSpec spec) {
    this.spec = spec;
    this.column = spec.parameters().string("column");
    this.values = spec.parameters().valueList("values");
    this.tiesOkay = spec.parameters().flag("tiesOkay");
    this.measure = new Measure.MostCommonValues(column, SHOWN_TIES, spec.whereCondition());
    if (values.isEmpty()) {
      throw new ParameterException("values", "'mostCommonValueIn' needs at least one value");
    }
  }

  @Override
  public List<ColumnRequirement> requirements() {
    return List.of(new ColumnRequirement(column, ColumnRule.ANY));
  }

  @Override
  public List<Measure> measures(TableSchema schema) {
    typed(schema);
    return List.of(measure);
  }

  private List<Object> typed(TableSchema schema) {
    Column c = schema.column(column).orElseThrow();
    return Values.coerceAll(values, c, "values");
  }

  @Override
  public Judgement judge(Measurements m, TableSchema schema) {
    MostCommon top = (MostCommon) m.value(measure);
    if (top == null || top.values().isEmpty()) {
      return new Judgement(
          false, null, null, column + ": there is nothing to measure (no non-null values)");
    }
    List<Object> set = typed(schema);
    long inSet =
        top.values().stream()
            .filter(v -> set.stream().anyMatch(s -> Bounds.compare(v, s) == 0))
            .count();
    // Ties not fetched are unknown: only "all listed" can then be proven false, never true.
    boolean allIn = inSet == top.tied();
    boolean success = tiesOkay ? inSet > 0 : allIn;
    String shown =
        Formats.value(top.values())
            + (top.tied() > top.values().size()
                ? " and %d more".formatted(top.tied() - top.values().size())
                : "");
    boolean tie = top.tied() > 1;
    String message =
        "%s: most common %s %s (%s%s), expected %s %s%s"
            .formatted(
                column,
                tie ? "values (tied) are" : "value is",
                shown,
                Formats.count(top.count(), "row", "rows"),
                tie ? " each" : "",
                tie && tiesOkay ? "one of them in" : "in",
                Formats.value(set),
                tie && !tiesOkay && !success ? " (set tiesOkay: true to accept a tie)" : "");
    return new Judgement(success, top.values(), null, message);
  }
}
