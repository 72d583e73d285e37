package dev.mltest.drift;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;
import org.apiguardian.api.API;

/**
 * How the values of a column were grouped before a binned method (Jensen-Shannon, PSI, KL,
 * Hellinger, L-infinity, chi-square, z) compared them, recorded so that a report can show the
 * buckets behind a score.
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public sealed interface Binning {

  /** The method compares the raw values (KS, Wasserstein). */
  record None() implements Binning {}

  /**
   * Equal-width bins; bin i holds {@code edges[i] <= v < edges[i+1]}, the last bin also its right
   * edge.
   *
   * @param edges bin edges, ascending, one more than the bins
   * @param referenceCounts reference values per bin
   * @param currentCounts current values per bin
   */
  record Histogram(List<Double> edges, List<Long> referenceCounts, List<Long> currentCounts)
      implements Binning {
    /** Copies the lists. */
    public Histogram {
      edges = List.copyOf(edges);
      referenceCounts = List.copyOf(referenceCounts);
      currentCounts = List.copyOf(currentCounts);
    }
  }

  /**
   * One bucket per distinct value of either side.
   *
   * @param values the value labels, ascending
   * @param referenceCounts reference count per value
   * @param currentCounts current count per value
   */
  record Values(List<String> values, List<Long> referenceCounts, List<Long> currentCounts)
      implements Binning {
    /**
     * At most this many buckets are kept for reports: the largest (by the larger of the two
     * shares), and one {@code (other: N values)} bucket for the rest, so that a column with a
     * million categories writes a few kilobytes, not a hundred megabytes.
     */
    public static final int MAX_BUCKETS = 50;

    /** Copies the lists. */
    public Values {
      values = List.copyOf(values);
      referenceCounts = List.copyOf(referenceCounts);
      currentCounts = List.copyOf(currentCounts);
    }

    /**
     * The buckets, capped at {@link #MAX_BUCKETS}: the largest in their original order, then one
     * bucket summing the others.
     */
    static Values capped(List<String> labels, long[] reference, long[] current) {
      int size = labels.size();
      if (size <= MAX_BUCKETS) {
        return new Values(
            labels,
            IntStream.range(0, size).mapToObj(i -> reference[i]).toList(),
            IntStream.range(0, size).mapToObj(i -> current[i]).toList());
      }
      double refTotal = 0;
      double curTotal = 0;
      for (int i = 0; i < size; i++) {
        refTotal += reference[i];
        curTotal += current[i];
      }
      double n = Math.max(refTotal, 1);
      double m = Math.max(curTotal, 1);
      int[] kept =
          IntStream.range(0, size)
              .boxed()
              .sorted(
                  Comparator.comparingDouble(
                      (Integer i) -> -Math.max(reference[i] / n, current[i] / m)))
              .limit(MAX_BUCKETS - 1)
              .mapToInt(Integer::intValue)
              .sorted()
              .toArray();
      List<String> keptLabels = new ArrayList<>();
      List<Long> keptRef = new ArrayList<>();
      List<Long> keptCur = new ArrayList<>();
      long otherRef = (long) refTotal;
      long otherCur = (long) curTotal;
      for (int i : kept) {
        keptLabels.add(labels.get(i));
        keptRef.add(reference[i]);
        keptCur.add(current[i]);
        otherRef -= reference[i];
        otherCur -= current[i];
      }
      keptLabels.add("(other: %,d values)".formatted(size - kept.length));
      keptRef.add(otherRef);
      keptCur.add(otherCur);
      return new Values(keptLabels, keptRef, keptCur);
    }
  }
}
