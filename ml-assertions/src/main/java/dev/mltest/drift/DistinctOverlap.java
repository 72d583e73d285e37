package dev.mltest.drift;

/**
 * How the distinct values of two sorted samples overlap, found in one merge.
 *
 * @param union distinct values in either sample
 * @param shared distinct values present in both samples
 */
record DistinctOverlap(long union, long shared) {

  static DistinctOverlap of(NumericSample reference, NumericSample current) {
    double[] x = reference.sortedValues();
    double[] y = current.sortedValues();
    long union = 0;
    long shared = 0;
    int i = 0;
    int j = 0;
    while (i < x.length || j < y.length) {
      double value = j == y.length || (i < x.length && x[i] <= y[j]) ? x[i] : y[j];
      boolean inX = i < x.length && x[i] == value;
      boolean inY = j < y.length && y[j] == value;
      while (i < x.length && x[i] == value) {
        i++;
      }
      while (j < y.length && y[j] == value) {
        j++;
      }
      union++;
      shared += inX && inY ? 1 : 0;
    }
    return new DistinctOverlap(union, shared);
  }

  static DistinctOverlap of(CategoricalSample reference, CategoricalSample current) {
    long shared =
        reference.counts().keySet().stream().filter(current.counts()::containsKey).count();
    return new DistinctOverlap(
        reference.distinctCount() + current.distinctCount() - shared, shared);
  }
}
