package dev.mltest.data;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * The distinct values of numeric columns with how often each occurs, as {@link
 * BoundTable#numericCounts(List)} returns them: what drift statistics need, in memory proportional
 * to the number of distinct values rather than to the number of rows.
 *
 * <p>A backend streams its grouped rows into a {@link Builder}, in any order:
 *
 * <pre>{@code
 * NumericCounts.Builder counts = NumericCounts.builder(List.of("age", "income"));
 * counts.add(0, 42.0, 17);   // 17 rows have age 42
 * counts.addNulls(1, 3);     // 3 rows have no income
 * NumericCounts result = counts.build();
 * result.column("age").rows(); // 17
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class NumericCounts {
  private final Map<String, Column> columns;

  private NumericCounts(Map<String, Column> columns) {
    this.columns = Collections.unmodifiableMap(columns);
  }

  /**
   * The counts of one column.
   *
   * <p>Invariants, checked on construction: {@code values} are distinct and strictly ascending in
   * the order of {@link Double#compare} (so negative infinity first, positive infinity and then NaN
   * last), {@code -0.0} does not occur (it is counted as {@code 0.0}), {@code counts} has the same
   * length with every count positive, and {@code nulls} is not negative. NaN and the infinities are
   * values like any other here; drift statistics drop and count them.
   *
   * @param values the distinct non-null values, ascending
   * @param counts how many rows hold each value
   * @param nulls how many rows hold null
   */
  public record Column(double[] values, long[] counts, long nulls) {
    /** Checks the invariants. */
    public Column {
      requireNonNull(values, "values");
      requireNonNull(counts, "counts");
      if (values.length != counts.length || nulls < 0) {
        throw new IllegalArgumentException(
            "%d values, %d counts and %d nulls do not make a column"
                .formatted(values.length, counts.length, nulls));
      }
      for (int i = 0; i < values.length; i++) {
        if (counts[i] <= 0) {
          throw new IllegalArgumentException(
              "count %d of value %s is not positive".formatted(counts[i], values[i]));
        }
        if (Double.doubleToRawLongBits(values[i]) == Double.doubleToRawLongBits(-0.0)
            || (i > 0 && Double.compare(values[i - 1], values[i]) >= 0)) {
          throw new IllegalArgumentException(
              "values must be distinct, ascending and without -0.0; found %s after %s"
                  .formatted(values[i], i > 0 ? values[i - 1] : "nothing"));
        }
      }
    }

    /**
     * Builds a column from values in any order, possibly repeated: {@code -0.0} becomes {@code
     * 0.0}, equal values are merged (their counts added) and the result is sorted. The arrays are
     * not modified.
     *
     * @param values the non-null values
     * @param counts how many rows hold each value (positive)
     * @param nulls how many rows hold null
     * @return the column
     */
    public static Column of(double[] values, long[] counts, long nulls) {
      requireNonNull(values, "values");
      requireNonNull(counts, "counts");
      if (values.length != counts.length) {
        throw new IllegalArgumentException(
            "%d values but %d counts".formatted(values.length, counts.length));
      }
      return sortedAndMerged(values.clone(), counts.clone(), values.length, nulls);
    }

    /**
     * Returns how many rows the column has, nulls included.
     *
     * @return the row count
     */
    public long rows() {
      long rows = nulls;
      for (long count : counts) {
        rows += count;
      }
      return rows;
    }
  }

  /**
   * Starts collecting the counts of the given columns.
   *
   * @param columns the column names, addressed by their index in {@link Builder#add}
   * @return an empty builder
   */
  public static Builder builder(List<String> columns) {
    return new Builder(columns);
  }

  /**
   * Returns the columns counted, in the order asked.
   *
   * @return the column names
   */
  public List<String> columns() {
    return List.copyOf(columns.keySet());
  }

  /**
   * Returns the counts of one column.
   *
   * @param name the column name
   * @return its counts
   * @throws IllegalArgumentException if the column was not counted
   */
  public Column column(String name) {
    Column column = columns.get(name);
    if (column == null) {
      throw new IllegalArgumentException("column not counted: " + name);
    }
    return column;
  }

  /**
   * Collects counts row by row. Values of a column may arrive in any order and more than once;
   * input that is already ascending (as a sorted query returns it) is not sorted again.
   */
  public static final class Builder {
    private final List<String> names;
    private final double[][] values;
    private final long[][] counts;
    private final int[] lengths;
    private final long[] nulls;

    private Builder(List<String> names) {
      this.names = List.copyOf(names);
      int size = this.names.size();
      this.values = new double[size][16];
      this.counts = new long[size][16];
      this.lengths = new int[size];
      this.nulls = new long[size];
    }

    /**
     * Adds rows holding one value.
     *
     * @param column the column's index in the list given to {@link #builder(List)}
     * @param value the value (NaN and infinities included)
     * @param count how many rows hold it (positive)
     * @return this builder
     */
    public Builder add(int column, double value, long count) {
      if (count <= 0) {
        throw new IllegalArgumentException("count %d is not positive".formatted(count));
      }
      int length = lengths[column];
      if (length == values[column].length) {
        // Grow by half: a column of a million distinct values then wastes at most a third.
        int grown = length + Math.max(16, length >> 1);
        values[column] = Arrays.copyOf(values[column], grown);
        counts[column] = Arrays.copyOf(counts[column], grown);
      }
      values[column][length] = value;
      counts[column][length] = count;
      lengths[column] = length + 1;
      return this;
    }

    /**
     * Adds rows holding null.
     *
     * @param column the column's index
     * @param count how many rows (not negative)
     * @return this builder
     */
    public Builder addNulls(int column, long count) {
      if (count < 0) {
        throw new IllegalArgumentException("count %d is negative".formatted(count));
      }
      nulls[column] += count;
      return this;
    }

    /**
     * Returns the counts collected; the builder must not be used afterwards.
     *
     * @return the counts of every column
     */
    public NumericCounts build() {
      Map<String, Column> result = new LinkedHashMap<>();
      for (int i = 0; i < names.size(); i++) {
        result.put(names.get(i), sortedAndMerged(values[i], counts[i], lengths[i], nulls[i]));
        values[i] = new double[0];
        counts[i] = new long[0];
      }
      return new NumericCounts(result);
    }
  }

  /** Sorts and merges {@code values[0..length)} in place (when needed) and trims to size. */
  private static Column sortedAndMerged(double[] values, long[] counts, int length, long nulls) {
    boolean ascending = true;
    for (int i = 0; i < length; i++) {
      values[i] += 0.0; // -0.0 + 0.0 is 0.0; every other value is unchanged
      ascending &= i == 0 || Double.compare(values[i - 1], values[i]) < 0;
    }
    if (!ascending) {
      sortPairs(values, counts, length);
    }
    int kept = 0;
    for (int i = 0; i < length; i++) {
      if (kept > 0 && Double.compare(values[kept - 1], values[i]) == 0) {
        counts[kept - 1] += counts[i];
      } else {
        values[kept] = values[i];
        counts[kept] = counts[i];
        kept++;
      }
    }
    return new Column(
        kept == values.length ? values : Arrays.copyOf(values, kept),
        kept == counts.length ? counts : Arrays.copyOf(counts, kept),
        nulls);
  }

  private static void sortPairs(double[] values, long[] counts, int length) {
    Integer[] order = new Integer[length];
    for (int i = 0; i < length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Double.compare(values[a], values[b]));
    double[] sortedValues = new double[length];
    long[] sortedCounts = new long[length];
    for (int i = 0; i < length; i++) {
      sortedValues[i] = values[order[i]];
      sortedCounts[i] = counts[order[i]];
    }
    System.arraycopy(sortedValues, 0, values, 0, length);
    System.arraycopy(sortedCounts, 0, counts, 0, length);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("NumericCounts[");
    columns.forEach(
        (name, column) ->
            text.append(text.length() > 14 ? ", " : "")
                .append(name)
                .append(": ")
                .append(column.values().length)
                .append(" distinct, ")
                .append(column.nulls())
                .append(" null"));
    return text.append(']').toString();
  }
}
