package dev.mltest.drift;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
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
    /** Copies the lists. */
    public Values {
      values = List.copyOf(values);
      referenceCounts = List.copyOf(referenceCounts);
      currentCounts = List.copyOf(currentCounts);
    }
  }
}
