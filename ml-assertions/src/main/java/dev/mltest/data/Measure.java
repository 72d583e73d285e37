package dev.mltest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Something to measure over a table, independent of the backend. An evaluation plan collects the
 * measures of every check of a suite; a backend computes all of them together, in one scan for the
 * scan-shareable ones and one more per distinct grouping key.
 *
 * <p>Measures are values: two checks that need the same measure share one computation.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public sealed interface Measure {

  /** The row filter the measure applies. */
  RowCondition where();

  /**
   * Whether the measure needs a pass of its own rather than the shared scan: a grouping, or a
   * second look at each value once a whole-column statistic (a mean, the previous row) is known.
   */
  default boolean isGrouping() {
    return this instanceof Duplicates
        || this instanceof MostCommonValues
        || this instanceof ZScoreOutliers
        || this instanceof OrderBreaks
        || this instanceof JudgedText;
  }

  /** Number of rows satisfying {@code where}. Result: {@code Long}. */
  record RowCount(RowCondition where) implements Measure {}

  /** Number of rows satisfying both {@code where} and {@code condition}. Result: {@code Long}. */
  record CountWhere(RowCondition where, RowCondition condition) implements Measure {}

  /** An aggregate of one column over the rows satisfying {@code where}. */
  record Aggregate(Aggregation aggregation, String column, RowCondition where) implements Measure {}

  /**
   * The mean absolute difference between two numeric (or boolean, as 0/1) columns over the rows
   * where both are non-null, such as the mean absolute error of a prediction. Result: {@code
   * Double}, or null for no such rows.
   */
  record MeanAbsoluteDifference(String left, String right, RowCondition where) implements Measure {}

  /** Exact (interpolated) quantiles of a numeric column. Result: {@code List<Double>}. */
  record Quantiles(String column, List<Double> probabilities, RowCondition where)
      implements Measure {
    public Quantiles {
      probabilities = List.copyOf(probabilities);
    }
  }

  /** Which of the listed values occur in the column. Result: {@code List<Object>}. */
  record PresentValues(String column, List<Object> values, RowCondition where) implements Measure {
    public PresentValues {
      values = List.copyOf(values);
    }
  }

  /** Number of distinct non-null values satisfying {@code condition}. Result: {@code Long}. */
  record DistinctCountWhere(String column, RowCondition condition, RowCondition where)
      implements Measure {}

  /**
   * Duplicate statistics over a grouping key. Result: {@link DuplicateStats}.
   *
   * @param skipNullKeys whether rows with a null in any key column are left out
   */
  record Duplicates(List<String> columns, boolean skipNullKeys, RowCondition where)
      implements Measure {
    public Duplicates {
      columns = List.copyOf(columns);
    }
  }

  /**
   * The most frequent values of a column, as text, most frequent first; approximate for columns
   * with more distinct values than {@code k} (a bounded-memory sketch), so callers count the values
   * they keep exactly with {@link CountWhere}. With {@code shapes}, each value is first reduced to
   * its shape: digits become {@code 9}, ASCII letters {@code a}. Nulls are left out. Result: {@code
   * List<String>}.
   */
  record TopValues(String column, int k, boolean shapes, RowCondition where) implements Measure {
    public TopValues {
      if (k < 1) {
        throw new IllegalArgumentException("k must be positive: " + k);
      }
    }
  }

  /**
   * The most frequent non-null values of a column, exactly, with ties. Result: {@link MostCommon}.
   *
   * @param limit how many tied values to keep at most
   */
  record MostCommonValues(String column, int limit, RowCondition where) implements Measure {
    public MostCommonValues {
      if (limit < 1) {
        throw new IllegalArgumentException("limit must be positive: " + limit);
      }
    }
  }

  /**
   * The non-null values of a numeric (or boolean, as 0/1) column whose z-score, against the mean
   * and sample standard deviation of the finite values, is {@code k} or more: {@code |z| >= k}, or
   * {@code z >= k} when not {@code doubleSided}. A NaN or infinite value is always an outlier.
   * Result: {@link ZScoreStats}.
   */
  record ZScoreOutliers(String column, double k, boolean doubleSided, RowCondition where)
      implements Measure {}

  /**
   * The non-null values that break an order: each is compared with the previous non-null value of
   * its group, in the file's row order or by {@code orderBy} (ties in file order). Rows with a null
   * in {@code orderBy} are left out. Result: {@link OrderStats}.
   *
   * @param increasing whether values must increase (else decrease)
   * @param strict whether equal neighbours break the order
   * @param groupBy columns whose values form independent sequences (none: one sequence)
   * @param orderBy the column that orders each sequence, or null for the row order
   */
  record OrderBreaks(
      String column,
      boolean increasing,
      boolean strict,
      List<String> groupBy,
      @org.jspecify.annotations.Nullable String orderBy,
      RowCondition where)
      implements Measure {
    public OrderBreaks {
      groupBy = List.copyOf(groupBy);
    }
  }

  /**
   * The non-null values of a column judged on the JVM by {@code judge}, streamed in row order and
   * never collected. Result: {@link TextVerdicts}.
   *
   * @param keyColumns columns shown with each failing example ({@code id=17}); empty for none
   * @param examples how many distinct failing values to keep
   */
  record JudgedText(
      String column, TextJudge judge, List<String> keyColumns, int examples, RowCondition where)
      implements Measure {
    public JudgedText {
      keyColumns = List.copyOf(keyColumns);
      if (examples < 0) {
        throw new IllegalArgumentException("examples must not be negative: " + examples);
      }
    }
  }

  /** The column aggregates a backend computes. */
  enum Aggregation {
    MIN,
    MAX,
    MEAN,
    STDDEV,
    SUM,
    DISTINCT_COUNT,
    MIN_LENGTH,
    MAX_LENGTH,
    MEAN_LENGTH
  }
}
