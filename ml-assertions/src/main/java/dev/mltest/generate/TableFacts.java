package dev.mltest.generate;

import dev.mltest.data.ComparisonOperator;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** What a contract says about the table as a whole and about pairs of columns. */
final class TableFacts {
  @Nullable Long minRows;
  @Nullable Long maxRows;
  @Nullable String rowCountSource;
  final List<Comparison> comparisons = new ArrayList<>();
  final List<KeyFact> compositeKeys = new ArrayList<>();
  final List<DuplicateFact> duplicateLimits = new ArrayList<>();

  /**
   * {@code left operator right} in every row where both are non-null.
   *
   * @param source the expectation's name
   */
  record Comparison(String left, ComparisonOperator operator, String right, String source) {}

  /**
   * Columns that are unique together (rows with a null key are not judged unless {@code notNull}).
   *
   * @param columns the key columns
   * @param source the expectation's name
   */
  record KeyFact(List<String> columns, String source) {}

  /**
   * At most {@code max} surplus duplicates over the columns (all columns when empty).
   *
   * @param columns the columns that define a duplicate
   * @param max the accepted number of surplus rows
   * @param source the expectation's name
   */
  record DuplicateFact(List<String> columns, long max, String source) {}
}
