package dev.mltest.assertions;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The share of judged rows that must pass a per-row assertion, as Great Expectations' {@code
 * mostly}. Obtain one from {@link MlAssertions#mostly(double)}.
 *
 * @param share from 0 to 1; nulls are not judged, except by {@code isNotNull}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record Mostly(double share) {
  /** The default: every judged row must pass. */
  static final Mostly ALL = new Mostly(1.0);

  public Mostly {
    if (!(share >= 0 && share <= 1)) {
      throw new IllegalArgumentException("mostly must be from 0 to 1, found " + share);
    }
  }
}
