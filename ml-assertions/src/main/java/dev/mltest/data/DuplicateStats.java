package dev.mltest.data;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Duplicates over a grouping key.
 *
 * @param rowsInDuplicateGroups rows whose key occurs more than once
 * @param duplicateGroups keys that occur more than once
 * @param surplusRows rows beyond the first of each duplicated key
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record DuplicateStats(long rowsInDuplicateGroups, long duplicateGroups, long surplusRows) {}
