package dev.mltest.drift;

/** How the p-value of a test was computed. */
public enum PValueComputation {
  /** From the exact null distribution of the statistic (KS for small samples). */
  EXACT,
  /** From a limiting distribution (KS for large samples, chi-square, normal). */
  ASYMPTOTIC,
  /** The score is a distance, not a p-value. */
  NONE
}
