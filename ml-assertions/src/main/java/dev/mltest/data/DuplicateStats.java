package dev.mltest.data;

/**
 * Duplicates over a grouping key.
 *
 * @param rowsInDuplicateGroups rows whose key occurs more than once
 * @param duplicateGroups keys that occur more than once
 * @param surplusRows rows beyond the first of each duplicated key
 */
public record DuplicateStats(long rowsInDuplicateGroups, long duplicateGroups, long surplusRows) {}
