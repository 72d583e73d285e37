package dev.mltest.expect;

import static org.apiguardian.api.API.Status.INTERNAL;

import org.apiguardian.api.API;

/**
 * Row counts behind a per-row result, as Great Expectations reports them.
 *
 * @param elementCount rows considered (after {@code where})
 * @param missingCount rows whose checked value is null (not judged, except by {@code notNull})
 * @param unexpectedCount judged rows that failed
 */
@API(status = INTERNAL, since = "0.1")
public record Counts(long elementCount, long missingCount, long unexpectedCount) {

  /** Rows that were judged. */
  public long judgedCount() {
    return elementCount - missingCount;
  }

  /**
   * Whether at least {@code mostly} of the judged rows passed; true when none were judged (the
   * check's message then says there was nothing to judge).
   */
  public boolean meets(double mostly) {
    long judged = judgedCount();
    return judged == 0 || judged - unexpectedCount >= mostly * judged - 1e-9;
  }

  /** Failed share of the judged rows (0 when none were judged). */
  public double unexpectedShare() {
    return judgedCount() == 0 ? 0 : (double) unexpectedCount / judgedCount();
  }

  /** Failed share of all rows considered (0 for no rows). */
  public double unexpectedShareOfAll() {
    return elementCount == 0 ? 0 : (double) unexpectedCount / elementCount;
  }

  /** Null share of all rows considered (0 for no rows). */
  public double missingShare() {
    return elementCount == 0 ? 0 : (double) missingCount / elementCount;
  }
}
