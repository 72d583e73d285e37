package dev.mltest.data;

import java.util.List;

/**
 * What a {@link TextJudge} found in a column.
 *
 * @param judged the non-null values judged
 * @param failing the values that failed
 * @param examples the first failing distinct values in row order, each with why it failed
 */
public record TextVerdicts(long judged, long failing, List<Failure> examples) {
  public TextVerdicts {
    examples = List.copyOf(examples);
  }

  /**
   * One failing value.
   *
   * @param sample the value as shown, how often it occurs among the failures, and its first row
   * @param reason why it failed (the first reason, for a value that occurs more than once)
   */
  public record Failure(ValueSample sample, String reason) {}
}
