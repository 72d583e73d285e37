package dev.mltest.drift;

/**
 * Evidently's Hellinger distance, sqrt(1 - sum sqrt(p q)) with the sum clipped to [0, 1].
 *
 * <p>Categorical columns use the share of each category. Numeric columns use Evidently's own
 * binning for this method, which differs from the other binned methods: Sturges edges over the
 * <em>distinct</em> values of both sides (always, whatever the number of distinct values), and
 * NumPy density histograms multiplied back by the mean bin width.
 */
final class HellingerDistance {
  private HellingerDistance() {}

  static double ofShares(double[] p, double[] q) {
    CompensatedSum overlap = new CompensatedSum();
    for (int i = 0; i < p.length; i++) {
      overlap.add(Math.sqrt(p[i] * q[i]));
    }
    return fromOverlap(overlap.value());
  }

  /** Edges over the distinct values of the union of both sides. */
  static double[] numericEdges(NumericSample reference, NumericSample current) {
    long distinct = DistinctOverlap.of(reference, current).union();
    double min = Math.min(reference.min(), current.min());
    double max = Math.max(reference.max(), current.max());
    return SturgesHistogram.edges(min, max, distinct);
  }

  /** The distance from histogram counts over {@code edges}, as NumPy's density histograms. */
  static double ofHistograms(long[] reference, long[] current, double[] edges) {
    int bins = edges.length - 1;
    double meanWidth = (edges[bins] - edges[0]) / bins;
    double referenceTotal = total(reference);
    double currentTotal = total(current);
    CompensatedSum overlap = new CompensatedSum();
    for (int i = 0; i < bins; i++) {
      // Densities times the mean width, so that no factor under- or overflows near 1e300.
      double relativeWidth = meanWidth / (edges[i + 1] - edges[i]);
      double referenceShare = reference[i] / referenceTotal * relativeWidth;
      double currentShare = current[i] / currentTotal * relativeWidth;
      overlap.add(Math.sqrt(referenceShare * currentShare));
    }
    return fromOverlap(overlap.value());
  }

  private static double fromOverlap(double overlap) {
    return Math.sqrt(1.0 - Math.min(1.0, Math.max(0.0, overlap)));
  }

  private static double total(long[] counts) {
    long total = 0;
    for (long count : counts) {
      total += count;
    }
    return total;
  }
}
