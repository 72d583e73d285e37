package dev.mltest.data;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

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
   * <p>A column counted in buckets ({@link BucketPlan}) holds each bucket's end as its value and
   * says so in {@code bucketing}: its counts are exact at every value, and {@link
   * Bucketing#interior()} tells how many of each value's rows lie strictly inside the bucket, below
   * the value, which is what a bound on a statistic needs.
   *
   * @param values the distinct non-null values, ascending
   * @param counts how many rows hold each value
   * @param nulls how many rows hold null
   * @param bucketing null when every value is a raw value; else how the values were bucketed
   */
  public record Column(double[] values, long[] counts, long nulls, @Nullable Bucketing bucketing) {
    /** An exact column: every value is a raw value. */
    public Column(double[] values, long[] counts, long nulls) {
      this(values, counts, nulls, null);
    }

    /** Checks the invariants. */
    public Column {
      requireNonNull(values, "values");
      requireNonNull(counts, "counts");
      if (bucketing != null) {
        bucketing.check(counts);
      }
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
     * Counts this exact column in the plan's buckets: each value moves up to the end of its bucket
     * ({@link BucketPlan#representative(double)}), counts of values that meet are added, and the
     * rows that moved are the bucket's interior.
     *
     * @param plan the shared boundaries
     * @return the bucketed column
     * @throws IllegalStateException if this column is bucketed already
     */
    public Column bucketed(BucketPlan plan) {
      if (bucketing != null) {
        throw new IllegalStateException("the column is bucketed already");
      }
      double[] out = new double[values.length];
      long[] outCounts = new long[values.length];
      long[] interior = new long[values.length];
      int size = 0;
      for (int k = 0; k < values.length; k++) {
        // Representatives never decrease along ascending values, so equal ones are neighbours.
        double r = plan.representative(values[k]);
        if (size == 0 || Double.compare(out[size - 1], r) != 0) {
          out[size++] = r;
        }
        outCounts[size - 1] += counts[k];
        interior[size - 1] += Double.compare(r, values[k]) == 0 ? 0 : counts[k];
      }
      return new Column(
          Arrays.copyOf(out, size),
          Arrays.copyOf(outCounts, size),
          nulls,
          new Bucketing(
              plan.boundaries().length,
              plan.distinctValues(),
              plan.reason(),
              Arrays.copyOf(interior, size)));
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
   * How a column was bucketed.
   *
   * @param buckets how many shared buckets the plan had
   * @param distinctValues how many distinct values the raw column has (an estimate)
   * @param reason why the column was bucketed
   * @param interior for each value of the column, how many of its rows lie strictly below it in its
   *     bucket (0 for a raw value, NaN and the infinities)
   */
  public record Bucketing(int buckets, long distinctValues, String reason, long[] interior) {
    /** Checks the parts. */
    public Bucketing {
      requireNonNull(reason, "reason");
      requireNonNull(interior, "interior");
      if (buckets < 1 || distinctValues < 0) {
        throw new IllegalArgumentException(
            "%d buckets for %d distinct values".formatted(buckets, distinctValues));
      }
    }

    private void check(long[] counts) {
      if (interior.length != counts.length) {
        throw new IllegalArgumentException(
            "%d interior counts for %d values".formatted(interior.length, counts.length));
      }
      for (int i = 0; i < counts.length; i++) {
        if (interior[i] < 0 || interior[i] > counts[i]) {
          throw new IllegalArgumentException(
              "interior count %d of a value counted %d times".formatted(interior[i], counts[i]));
        }
      }
    }
  }

  /**
   * Wraps columns counted elsewhere, for example bucketed by a backend.
   *
   * @param columns the columns by name, in the order asked
   * @return the counts
   */
  public static NumericCounts of(Map<String, Column> columns) {
    return new NumericCounts(new LinkedHashMap<>(columns));
  }

  /**
   * Returns these counts with the planned columns counted in buckets ({@link
   * Column#bucketed(BucketPlan)}); the other columns are unchanged.
   *
   * @param plans the shared boundaries by column
   * @return the counts
   */
  public NumericCounts bucketed(Map<String, BucketPlan> plans) {
    Map<String, Column> result = new LinkedHashMap<>();
    columns.forEach(
        (name, column) -> {
          BucketPlan plan = plans.get(name);
          result.put(name, plan == null ? column : column.bucketed(plan));
        });
    return new NumericCounts(result);
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

  /** Sorts values (in {@link Double#compare} order) and their counts together, in place. */
  private static void sortPairs(double[] values, long[] counts, int length) {
    sortRange(values, counts, 0, length - 1);
  }

  /**
   * Quicksort of {@code [low, high]} with a median-of-three pivot, insertion sort for short ranges,
   * and recursion on the smaller part only, so that the stack stays shallow whatever the input.
   */
  private static void sortRange(double[] values, long[] counts, int low, int high) {
    while (high - low > 16) {
      int middle = (low + high) >>> 1;
      if (Double.compare(values[middle], values[low]) < 0) {
        swap(values, counts, middle, low);
      }
      if (Double.compare(values[high], values[low]) < 0) {
        swap(values, counts, high, low);
      }
      if (Double.compare(values[high], values[middle]) < 0) {
        swap(values, counts, high, middle);
      }
      double pivot = values[middle];
      int i = low;
      int j = high;
      while (i <= j) {
        while (Double.compare(values[i], pivot) < 0) {
          i++;
        }
        while (Double.compare(values[j], pivot) > 0) {
          j--;
        }
        if (i <= j) {
          swap(values, counts, i++, j--);
        }
      }
      if (j - low < high - i) {
        sortRange(values, counts, low, j);
        low = i;
      } else {
        sortRange(values, counts, i, high);
        high = j;
      }
    }
    insertionSort(values, counts, low, high);
  }

  private static void insertionSort(double[] values, long[] counts, int low, int high) {
    for (int i = low + 1; i <= high; i++) {
      double value = values[i];
      long count = counts[i];
      int j = i - 1;
      while (j >= low && Double.compare(values[j], value) > 0) {
        values[j + 1] = values[j];
        counts[j + 1] = counts[j];
        j--;
      }
      values[j + 1] = value;
      counts[j + 1] = count;
    }
  }

  private static void swap(double[] values, long[] counts, int i, int j) {
    double value = values[i];
    values[i] = values[j];
    values[j] = value;
    long count = counts[i];
    counts[i] = counts[j];
    counts[j] = count;
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
