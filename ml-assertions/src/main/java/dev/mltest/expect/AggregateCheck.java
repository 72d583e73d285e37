package dev.mltest.expect;

import dev.mltest.data.Column;
import dev.mltest.data.Measure;
import dev.mltest.data.Measurements;
import dev.mltest.data.TableSchema;
import dev.mltest.text.Formats;
import java.util.List;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;

/**
 * An aggregate (a count, a minimum, a mean, ...) that must lie within bounds. The bounds are
 * converted to the column's type, so dates compare as dates.
 */
final class AggregateCheck implements Check {
  private final ExpectationSpec spec;
  private final String label;
  private final List<ColumnRequirement> requirements;
  private final Function<TableSchema, List<Measure>> measures;
  private final Function<Measurements, @Nullable Object> observe;
  private final Bounds bounds;
  private final boolean boundsInColumnType;
  private final String noValue;

  /**
   * @param label what is measured, e.g. {@code mean of income} or {@code row count}
   * @param column the measured column, or null for the table
   * @param rule the types the column must have
   * @param measures the measures to compute
   * @param observe the observed value from the measurements (null when there were no values)
   * @param boundsInColumnType whether the bounds are values of the column (dates for a date column)
   *     rather than numbers
   */
  AggregateCheck(
      ExpectationSpec spec,
      String label,
      @Nullable String column,
      ColumnRule rule,
      Function<TableSchema, List<Measure>> measures,
      Function<Measurements, @Nullable Object> observe,
      boolean boundsInColumnType) {
    this(spec, label, column, rule, measures, observe, boundsInColumnType, "no non-null values");
  }

  /**
   * @param noValue why {@code observe} can give no value, e.g. {@code fewer than two non-null
   *     values}
   */
  AggregateCheck(
      ExpectationSpec spec,
      String label,
      @Nullable String column,
      ColumnRule rule,
      Function<TableSchema, List<Measure>> measures,
      Function<Measurements, @Nullable Object> observe,
      boolean boundsInColumnType,
      String noValue) {
    this.spec = spec;
    this.noValue = noValue;
    this.boundsInColumnType = boundsInColumnType;
    this.label = label;
    this.requirements = column == null ? List.of() : List.of(new ColumnRequirement(column, rule));
    this.measures = measures;
    this.observe = observe;
    Parameters p = spec.parameters();
    Object min = p.get("min");
    Object max = p.get("max");
    if (min == null && max == null) {
      throw new ParameterException(
          "min", "'%s' needs 'min', 'max' or both".formatted(spec.type().key()));
    }
    if (min instanceof Number a && max instanceof Number b && a.doubleValue() > b.doubleValue()) {
      throw new ParameterException(
          "min", "min %s is greater than max %s".formatted(Formats.value(a), Formats.value(b)));
    }
    this.bounds = new Bounds(min, max, p.flag("strictMin"), p.flag("strictMax"));
  }

  @Override
  public List<ColumnRequirement> requirements() {
    return requirements;
  }

  @Override
  public List<Measure> measures(TableSchema schema) {
    typedBounds(schema);
    return measures.apply(schema);
  }

  private Bounds typedBounds(TableSchema schema) {
    if (requirements.isEmpty() || !boundsInColumnType) {
      return bounds;
    }
    Column column = schema.column(requirements.get(0).column()).orElseThrow();
    return new Bounds(
        Values.coerce(bounds.min(), column, "min"),
        Values.coerce(bounds.max(), column, "max"),
        bounds.strictMin(),
        bounds.strictMax());
  }

  @Override
  public Judgement judge(Measurements m, TableSchema schema) {
    Object observed = observe.apply(m);
    if (observed == null) {
      return new Judgement(
          false, null, null, "%s: there is nothing to measure (%s)".formatted(label, noValue));
    }
    Bounds typed = typedBounds(schema);
    boolean success = typed.contains(observed) && !isNaN(observed);
    return new Judgement(
        success,
        observed,
        null,
        "%s is %s (expected %s)"
            .formatted(label, Formats.valueApartFrom(observed, typed.min(), typed.max()), typed));
  }

  private static boolean isNaN(Object value) {
    return value instanceof Double d && d.isNaN();
  }
}
