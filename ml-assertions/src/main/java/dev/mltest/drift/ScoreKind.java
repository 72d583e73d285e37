package dev.mltest.drift;

/** What a drift score means, which decides how it is read against its threshold. */
public enum ScoreKind {
  /** The p-value of a statistical test: small values mean drift. */
  P_VALUE,
  /** A distance or divergence between the two distributions: large values mean drift. */
  DISTANCE
}
