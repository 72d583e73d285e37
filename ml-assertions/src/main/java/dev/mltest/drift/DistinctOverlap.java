package dev.mltest.drift;

/**
 * How the distinct values of two sorted samples overlap, found in one merge.
 *
 * @param union distinct values in either sample
 * @param shared distinct values present in both samples
 */
record DistinctOverlap(long union, long shared) {

  static DistinctOverlap of(NumericSample reference, NumericSample current) {
    double[] x = reference.distinctValues();
    double[] y = current.distinctValues();
    long shared = 0;
    int i = 0;
    int j = 0;
    while (i < x.length && j < y.length) {
      if (x[i] < y[j]) {
        i++;
      } else if (x[i] > y[j]) {
        j++;
      } else {
        shared++;
        i++;
        j++;
      }
    }
    return new DistinctOverlap((long) x.length + y.length - shared, shared);
  }

  static DistinctOverlap of(CategoricalSample reference, CategoricalSample current) {
    long shared =
        reference.counts().keySet().stream().filter(current.counts()::containsKey).count();
    return new DistinctOverlap(
        reference.distinctCount() + current.distinctCount() - shared, shared);
  }
}
