package dev.mltest.drift;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * What is left of one side of a column after cleaning, and what was dropped.
 *
 * @param size values kept
 * @param droppedNaN NaN values dropped (numeric columns, or NaN objects in categorical ones)
 * @param droppedInfinite positive or negative infinities dropped
 * @param droppedNull null values dropped
 * @param distinctValues number of distinct kept values
 * @param tiedValues kept values that are equal to at least one other kept value
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public record SampleSummary(
    long size,
    long droppedNaN,
    long droppedInfinite,
    long droppedNull,
    long distinctValues,
    long tiedValues) {

  /**
   * Returns the number of values dropped for any reason.
   *
   * @return NaN, infinite and null values dropped
   */
  public long dropped() {
    return droppedNaN + droppedInfinite + droppedNull;
  }

  /**
   * Tells whether any value is tied with another.
   *
   * @return true if the sample has ties
   */
  public boolean hasTies() {
    return tiedValues > 0;
  }
}
