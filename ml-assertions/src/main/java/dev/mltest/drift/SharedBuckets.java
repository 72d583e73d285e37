package dev.mltest.drift;

import dev.mltest.data.BoundTable;
import dev.mltest.data.BucketNeed;
import dev.mltest.data.BucketPlan;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Plans the buckets that both sides of a comparison count a numeric column in when either side
 * cannot bring every distinct value to the JVM ({@link BoundTable#bucketNeeds}): each side proposes
 * boundaries from its own quantiles and maximum, at most half the buckets allowed, and the plan is
 * the union of the two proposals. Both sides then count in the same buckets, which is what makes
 * the K-S bound of {@link KsBound} hold, and the union gives either side's distribution the same
 * resolution, so a shift of the current side is not hidden in one wide bucket of the reference.
 */
final class SharedBuckets {
  private SharedBuckets() {}

  /**
   * Plans the buckets of the columns either side asks to bucket; empty when both count every column
   * exactly (the usual case, and always on DuckDB), which costs nothing more.
   */
  static Map<String, BucketPlan> plan(
      BoundTable reference, BoundTable current, List<String> columns) {
    if (columns.isEmpty()) {
      return Map.of();
    }
    Map<String, BucketNeed> referenceNeeds = reference.bucketNeeds(columns);
    Map<String, BucketNeed> currentNeeds = current.bucketNeeds(columns);
    if (referenceNeeds.isEmpty() && currentNeeds.isEmpty()) {
      return Map.of();
    }
    Map<String, BucketNeed> needs = new LinkedHashMap<>();
    for (String column : columns) {
      BucketNeed r = referenceNeeds.get(column);
      BucketNeed c = currentNeeds.get(column);
      if (r == null || c == null) {
        BucketNeed only = r != null ? r : c;
        if (only != null) {
          needs.put(column, only);
        }
        continue;
      }
      needs.put(
          column,
          new BucketNeed(
              Math.min(r.buckets(), c.buckets()),
              Math.max(r.distinctValues(), c.distinctValues()),
              r.reason().equals(c.reason())
                  ? r.reason()
                  : "reference: " + r.reason() + "; current: " + c.reason()));
    }
    Map<String, Integer> half = new LinkedHashMap<>();
    needs.forEach((column, need) -> half.put(column, Math.max(1, need.buckets() / 2)));
    Map<String, double[]> referenceBounds = reference.bucketBoundaries(half);
    Map<String, double[]> currentBounds = current.bucketBoundaries(half);
    Map<String, BucketPlan> plans = new LinkedHashMap<>();
    needs.forEach(
        (column, need) -> {
          double[] merged =
              merged(
                  referenceBounds.getOrDefault(column, new double[0]),
                  currentBounds.getOrDefault(column, new double[0]),
                  need.buckets());
          if (merged.length > 0) {
            plans.put(column, new BucketPlan(merged, need.distinctValues(), need.reason()));
          }
        });
    return plans;
  }

  /**
   * The sorted union of two proposals, thinned to at most {@code limit} boundaries if it is longer
   * (every other one dropped, the last, the largest value of both sides, always kept, so no value
   * lies above the plan).
   */
  static double[] merged(double[] a, double[] b, int limit) {
    TreeSet<Double> union = new TreeSet<>();
    for (double v : a) {
      union.add(v + 0.0);
    }
    for (double v : b) {
      union.add(v + 0.0);
    }
    double[] all = union.stream().mapToDouble(Double::doubleValue).toArray();
    while (all.length > limit && all.length > 1) {
      double[] thinned = new double[(all.length + 1) / 2];
      for (int i = 0; i < thinned.length; i++) {
        // Keep the odd positions counted from the end, so the last boundary stays.
        thinned[thinned.length - 1 - i] = all[all.length - 1 - 2 * i];
      }
      all = thinned;
    }
    return Arrays.copyOf(all, all.length);
  }
}
