package dev.mltest.drift;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How the p-value of a test was computed. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum PValueComputation {
  /** From the exact null distribution of the statistic (KS for small samples). */
  EXACT,
  /** From a limiting distribution (KS for large samples, chi-square, normal). */
  ASYMPTOTIC,
  /** The score is a distance, not a p-value. */
  NONE
}
