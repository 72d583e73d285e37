package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How long each step of a run took, in milliseconds.
 *
 * @param sampleMillis fingerprinting, sampling and conversion
 * @param trainMillis training
 * @param evaluateMillis evaluation and metrics
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Timings(long sampleMillis, long trainMillis, long evaluateMillis) {
  /** Training plus evaluation. */
  public long trainAndEvaluateMillis() {
    return trainMillis + evaluateMillis;
  }
}
