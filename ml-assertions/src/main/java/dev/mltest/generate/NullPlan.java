package dev.mltest.generate;

import org.jspecify.annotations.Nullable;

/**
 * How many nulls a column may hold.
 *
 * @param never whether nulls are forbidden
 * @param minRatio the smallest null share, if bounded
 * @param maxRatio the largest null share, if bounded
 * @param maxCount the most nulls in any table
 */
record NullPlan(boolean never, @Nullable Double minRatio, @Nullable Double maxRatio, int maxCount) {
  boolean admits(int rows, int nullCount) {
    if (nullCount > 0 && (never || nullCount > maxCount)) {
      return false;
    }
    if (minRatio == null && maxRatio == null) {
      return true;
    }
    if (rows == 0) {
      // The share of nulls in no rows is undefined, which fails the ratio check.
      return false;
    }
    double share = (double) nullCount / rows;
    return (minRatio == null || share >= minRatio) && (maxRatio == null || share <= maxRatio);
  }

  NullPlan atMost(int count) {
    return new NullPlan(never, minRatio, maxRatio, Math.min(maxCount, count));
  }
}
