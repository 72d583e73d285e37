package dev.mltest.drift;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What a drift score means, which decides how it is read against its threshold. */
@API(status = EXPERIMENTAL, since = "0.1.0")
public enum ScoreKind {
  /** The p-value of a statistical test: small values mean drift. */
  P_VALUE,
  /** A distance or divergence between the two distributions: large values mean drift. */
  DISTANCE
}
