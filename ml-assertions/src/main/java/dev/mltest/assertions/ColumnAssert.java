package dev.mltest.assertions;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.ColumnType;
import dev.mltest.data.ComparisonOperator;
import dev.mltest.data.ValueFormat;
import dev.mltest.expect.Catalog;
import dev.mltest.expect.ExpectationType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on one column of a dataset; obtain one from {@link AbstractDatasetAssert#column}.
 *
 * <p>Per-row assertions judge each non-null value (each row for {@link #isNotNull()}); their
 * overloads with {@link Mostly} accept a share of failing values. Bounds are numbers, or ISO dates
 * and {@link java.time.LocalDate}s for date and timestamp columns; a null bound is open.
 *
 * <pre>{@code
 * assertThat(customers).column("income").hasNullRatioAtMost(0.05).hasValuesBetween(0, 1e7);
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ColumnAssert {
  private final Verification verification;
  private final String column;

  ColumnAssert(Verification verification, String column) {
    this.verification = verification;
    this.column = column;
  }

  /** Continues with another column of the same dataset and chain. */
  public ColumnAssert column(String name) {
    return new ColumnAssert(verification, requireNonNull(name, "name"));
  }

  /** Verifies that the column exists. */
  public ColumnAssert exists() {
    return check("columnExists", Map.of());
  }

  /** Verifies the column's logical type. */
  public ColumnAssert hasType(ColumnType type) {
    verification.check("columnType", options(Map.of("type", type.key())), type.key());
    return this;
  }

  /** Verifies that no value is null. */
  public ColumnAssert isNotNull() {
    return isNotNull(Mostly.ALL);
  }

  /** Verifies that at least the given share of all rows is not null. */
  public ColumnAssert isNotNull(Mostly mostly) {
    return check("notNull", Map.of("mostly", mostly.share()));
  }

  /** Verifies that at most this share of rows is null. */
  public ColumnAssert hasNullRatioAtMost(double maxRatio) {
    verification.check(
        "nullRatio", options(Map.of("max", maxRatio)), Verification.range(null, maxRatio));
    return this;
  }

  /** Verifies that no non-null value occurs twice. */
  public ColumnAssert isUnique() {
    return isUnique(Mostly.ALL);
  }

  /** Verifies that at least the given share of non-null values occurs only once. */
  public ColumnAssert isUnique(Mostly mostly) {
    verification.check("unique", Map.of("columns", column, "mostly", mostly.share()));
    return this;
  }

  /** Verifies that the number of distinct non-null values lies within bounds. */
  public ColumnAssert hasDistinctCountBetween(long min, long max) {
    verification.check(
        "distinctCount", options(Map.of("min", min, "max", max)), Verification.range(min, max));
    return this;
  }

  /** Verifies that every non-null value lies within bounds, both inclusive; NaN never does. */
  public ColumnAssert hasValuesBetween(@Nullable Object min, @Nullable Object max) {
    return hasValuesBetween(min, max, Mostly.ALL);
  }

  /** Verifies that at least the given share of non-null values lies within bounds. */
  public ColumnAssert hasValuesBetween(@Nullable Object min, @Nullable Object max, Mostly mostly) {
    return check("between", Verification.bounds(Map.of("mostly", mostly.share()), min, max));
  }

  /** Verifies that every non-null value is one of these. */
  public ColumnAssert hasValuesIn(Object... values) {
    return hasValuesIn(Arrays.asList(values), Mostly.ALL);
  }

  /** Verifies that every non-null value is one of these. */
  public ColumnAssert hasValuesIn(Collection<?> values) {
    return hasValuesIn(values, Mostly.ALL);
  }

  /** Verifies that at least the given share of non-null values is one of these. */
  public ColumnAssert hasValuesIn(Collection<?> values, Mostly mostly) {
    return check("inSet", Map.of("values", new ArrayList<>(values), "mostly", mostly.share()));
  }

  /** Verifies that no non-null value is one of these. */
  public ColumnAssert hasNoValuesIn(Object... values) {
    return check("notInSet", Map.of("values", Arrays.asList(values)));
  }

  /** Verifies that every non-null value's length (of its text) lies within bounds. */
  public ColumnAssert hasLengthBetween(int min, int max) {
    return check("lengthBetween", Map.of("min", min, "max", max));
  }

  /** Verifies that every non-null value contains a match of the regular expression (RE2). */
  public ColumnAssert matches(String regex) {
    return matches(regex, Mostly.ALL);
  }

  /** Verifies that at least the given share of non-null values matches the expression. */
  public ColumnAssert matches(String regex, Mostly mostly) {
    return check("matchesRegex", Map.of("regex", regex, "mostly", mostly.share()));
  }

  /** Verifies that every non-null value has a well-known format; see {@link #hasDatePattern}. */
  public ColumnAssert hasFormat(ValueFormat format) {
    return hasFormat(format, Mostly.ALL);
  }

  /** Verifies that at least the given share of non-null values has the format. */
  public ColumnAssert hasFormat(ValueFormat format, Mostly mostly) {
    return check("format", Map.of("format", format.key(), "mostly", mostly.share()));
  }

  /** Verifies that every non-null value parses with a strftime pattern such as {@code %d/%m/%Y}. */
  public ColumnAssert hasDatePattern(String pattern) {
    return check("format", Map.of("format", ValueFormat.DATE_PATTERN.key(), "pattern", pattern));
  }

  /**
   * Verifies {@code this operator other} in every row where both are non-null, e.g. {@code
   * column("end_date").satisfiesComparison(ComparisonOperator.GE, "start_date")}.
   */
  public ColumnAssert satisfiesComparison(ComparisonOperator operator, String otherColumn) {
    verification.check(
        "compareColumns", Map.of("left", column, "operator", operator.key(), "right", otherColumn));
    return this;
  }

  /** Verifies that the smallest non-null value lies within bounds. */
  public ColumnAssert hasMinBetween(@Nullable Object min, @Nullable Object max) {
    return checkValue("minBetween", min, max);
  }

  /** Verifies that the largest non-null value lies within bounds. */
  public ColumnAssert hasMaxBetween(@Nullable Object min, @Nullable Object max) {
    return checkValue("maxBetween", min, max);
  }

  /** Verifies that the mean of the non-null values lies within bounds. */
  public ColumnAssert hasMeanBetween(double min, double max) {
    return checkValue("meanBetween", min, max);
  }

  /** Verifies that the sample standard deviation lies within bounds. */
  public ColumnAssert hasStdevBetween(double min, double max) {
    return checkValue("stdevBetween", min, max);
  }

  /** Verifies that one quantile (0 to 1, linearly interpolated) lies within bounds. */
  public ColumnAssert hasQuantileBetween(double quantile, double min, double max) {
    Map<String, Object> range = Map.of("quantile", quantile, "min", min, "max", max);
    verification.check(
        "quantilesBetween",
        options(Map.of("quantiles", List.of(range))),
        List.of(Verification.range(min, max)));
    return this;
  }

  /** Verifies that the distinct non-null values are exactly these. */
  public ColumnAssert hasDistinctValues(Object... values) {
    return distinctValues(values, "equal");
  }

  /** Verifies that every distinct non-null value is one of these (not all need occur). */
  public ColumnAssert hasDistinctValuesWithin(Object... values) {
    return distinctValues(values, "subset");
  }

  /** Verifies that each of these values occurs (others may occur too). */
  public ColumnAssert hasDistinctValuesIncluding(Object... values) {
    return distinctValues(values, "superset");
  }

  /**
   * Verifies any expectation of the catalog on this column: {@code column} (or {@code columns}) is
   * filled in unless given.
   */
  public ColumnAssert satisfies(String expectation, Map<String, ?> options) {
    Map<String, Object> all = new LinkedHashMap<>(options);
    List<String> parameters =
        Catalog.standard().find(expectation).map(ExpectationType::parameterNames).orElse(List.of());
    if (parameters.contains("column")) {
      all.putIfAbsent("column", column);
    } else if (parameters.contains("columns")) {
      all.putIfAbsent("columns", column);
    }
    verification.check(expectation, all);
    return this;
  }

  private ColumnAssert distinctValues(Object[] values, String mode) {
    return check("distinctValues", Map.of("values", Arrays.asList(values), "mode", mode));
  }

  private ColumnAssert checkValue(String key, @Nullable Object min, @Nullable Object max) {
    verification.check(
        key, Verification.bounds(options(Map.of()), min, max), Verification.range(min, max));
    return this;
  }

  private ColumnAssert check(String key, Map<String, Object> parameters) {
    verification.check(key, options(parameters));
    return this;
  }

  private Map<String, Object> options(Map<String, Object> parameters) {
    Map<String, Object> all = new LinkedHashMap<>(parameters);
    all.put("column", column);
    return all;
  }
}
