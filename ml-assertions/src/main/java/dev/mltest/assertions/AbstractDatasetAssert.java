package dev.mltest.assertions;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.DataBackend;
import dev.mltest.data.Dataset;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.apiguardian.api.API;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a whole dataset: its size, its columns, duplicates and row predicates, plus {@link
 * #column(String)} for assertions on one column and {@link #satisfies(String, Map)} for any
 * expectation of the catalog.
 *
 * <p>Each assertion reads the dataset when it is called. A failure throws {@link
 * org.opentest4j.AssertionFailedError}; an assertion that cannot be evaluated (an unknown column, a
 * bad SQL expression) throws {@link DataCheckException}; a dataset that cannot be read throws
 * {@link dev.mltest.data.DataAccessException}; wrong parameters throw {@link
 * dev.mltest.expect.InvalidExpectationException}.
 *
 * @param <SELF> the concrete assertion type, so that chains keep it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class AbstractDatasetAssert<SELF extends AbstractDatasetAssert<SELF>>
    extends AbstractAssert<SELF, Dataset> {
  private final Supplier<DataBackend> backends;
  private @Nullable String where;
  private boolean allowEmpty;

  /**
   * @param actual the dataset under test
   * @param selfType the concrete assertion class
   */
  protected AbstractDatasetAssert(Dataset actual, Class<?> selfType) {
    this(actual, DataBackend::duckDb, selfType);
  }

  /**
   * Assertions that read the dataset through another backend, such as Spark's.
   *
   * @param actual the dataset under test
   * @param backends opens a backend for each assertion; the assertion closes it after use
   * @param selfType the concrete assertion class
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  protected AbstractDatasetAssert(
      Dataset actual, Supplier<DataBackend> backends, Class<?> selfType) {
    super(requireNonNull(actual, "dataset"), selfType);
    this.backends = requireNonNull(backends, "backends");
  }

  /**
   * Restricts the following assertions of this chain to the rows where an SQL condition holds;
   * calling it again narrows further.
   *
   * <pre>{@code assertThat(customers).where("segment = 'retail'").column("income").isNotNull();}
   * </pre>
   */
  public SELF where(String sqlCondition) {
    requireNonNull(sqlCondition, "sqlCondition");
    where = where == null ? sqlCondition : "(" + where + ") AND (" + sqlCondition + ")";
    return myself;
  }

  /**
   * Accepts an empty dataset in the following assertions: per-row assertions then pass on it. By
   * default an empty dataset fails every assertion but those on its size and columns.
   */
  public SELF allowingEmpty() {
    allowEmpty = true;
    return myself;
  }

  /** Verifies the number of rows (after {@link #where}). */
  public SELF hasRowCount(long expected) {
    verification().check("rowCount", Map.of("min", expected, "max", expected), expected);
    return myself;
  }

  /** Verifies that the number of rows lies within bounds, both inclusive. */
  public SELF hasRowCountBetween(long min, long max) {
    verification().check("rowCount", Map.of("min", min, "max", max), Verification.range(min, max));
    return myself;
  }

  /** Verifies that the dataset has at least one row. */
  public SELF isNotEmpty() {
    verification().check("rowCount", Map.of("min", 1), Verification.range(1, null));
    return myself;
  }

  /** Verifies that these columns exist, in any order; other columns are allowed. */
  public SELF hasColumns(String... names) {
    verification().check("columns", Map.of("names", List.of(names)), List.of(names));
    return myself;
  }

  /** Verifies that the dataset has exactly these columns, in this order. */
  public SELF hasExactlyColumns(String... names) {
    verification()
        .check(
            "columns",
            Map.of("names", List.of(names), "ordered", true, "allowExtra", false),
            List.of(names));
    return myself;
  }

  /** Verifies that no row repeats another in all columns (nulls compare equal). */
  public SELF hasNoDuplicateRows() {
    verification().check("duplicateRows", Map.of("max", 0), 0L);
    return myself;
  }

  /** Verifies that these columns are never null and unique together. */
  public SELF hasPrimaryKey(String... columns) {
    verification().check("primaryKey", Map.of("columns", List.of(columns)));
    return myself;
  }

  /**
   * Verifies that an SQL boolean expression holds in every row; a row where it is NULL fails.
   *
   * <pre>{@code assertThat(invoices).allRowsSatisfy("abs(total - (net + tax)) < 0.01");}</pre>
   */
  public SELF allRowsSatisfy(String sqlExpression) {
    return allRowsSatisfy(sqlExpression, Mostly.ALL);
  }

  /** Verifies that an SQL boolean expression holds in at least the given share of rows. */
  public SELF allRowsSatisfy(String sqlExpression, Mostly mostly) {
    verification()
        .check("rowPredicate", Map.of("expression", sqlExpression, "mostly", mostly.share()));
    return myself;
  }

  /**
   * Verifies any expectation of the catalog, with the parameters a suite file would give it.
   *
   * <pre>{@code
   * assertThat(customers).satisfies("matchesRegex", Map.of("column", "zip", "regex", "^[0-9]{5}$"));
   * }</pre>
   *
   * @param expectation the catalog key, e.g. {@code matchesRegex}
   * @param options its parameters and common options ({@code mostly}, {@code sampleSize}, ...)
   */
  public SELF satisfies(String expectation, Map<String, ?> options) {
    verification().check(expectation, options);
    return myself;
  }

  /**
   * Starts assertions on one column. They share this chain's {@link #where} filter, {@link
   * #allowingEmpty()} and description.
   */
  public ColumnAssert column(String name) {
    return new ColumnAssert(verification(), requireNonNull(name, "name"));
  }

  Verification verification() {
    return new Verification(actual, backends, where, allowEmpty, info);
  }
}
