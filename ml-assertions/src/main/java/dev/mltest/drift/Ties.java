package dev.mltest.drift;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Ties between the values of a column, which matter for rank-based tests such as KS.
 *
 * @param referenceTiedValues reference values equal to another reference value
 * @param currentTiedValues current values equal to another current value
 * @param sharedValues distinct values present on both sides
 * @param affectsStatistic true if ordering the tied values differently could give a larger KS
 *     statistic, so the KS p-value is one of several possible ones; false for other methods
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record Ties(
    long referenceTiedValues, long currentTiedValues, long sharedValues, boolean affectsStatistic) {

  /**
   * Tells whether any value is tied, within a side or across sides.
   *
   * @return true if there are ties
   */
  public boolean present() {
    return referenceTiedValues > 0 || currentTiedValues > 0 || sharedValues > 0;
  }
}
