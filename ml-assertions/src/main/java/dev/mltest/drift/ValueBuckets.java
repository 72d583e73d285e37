package dev.mltest.drift;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One bucket per value of the union of both sides, in ascending value order, with the count of each
 * side (Evidently's bucketing for categorical columns and for numeric columns with at most 20
 * distinct reference values).
 *
 * @param labels value labels, ascending (numerically for numeric columns)
 * @param reference reference count per bucket
 * @param current current count per bucket
 * @param newLabels labels present in current only, ascending
 */
record ValueBuckets(List<String> labels, long[] reference, long[] current, List<String> newLabels) {

  static ValueBuckets of(CategoricalSample reference, CategoricalSample current) {
    Builder builder = new Builder();
    var ref = reference.counts().entrySet().iterator();
    var cur = current.counts().entrySet().iterator();
    Map.@Nullable Entry<String, Long> r = ref.hasNext() ? ref.next() : null;
    Map.@Nullable Entry<String, Long> c = cur.hasNext() ? cur.next() : null;
    while (r != null || c != null) {
      int order = r == null ? 1 : c == null ? -1 : r.getKey().compareTo(c.getKey());
      // order <= 0 only when r is there, order >= 0 only when c is.
      String label =
          order <= 0 ? Objects.requireNonNull(r).getKey() : Objects.requireNonNull(c).getKey();
      builder.add(
          label,
          order <= 0 ? Objects.requireNonNull(r).getValue() : 0,
          order >= 0 ? Objects.requireNonNull(c).getValue() : 0);
      if (order <= 0) {
        r = ref.hasNext() ? ref.next() : null;
      }
      if (order >= 0) {
        c = cur.hasNext() ? cur.next() : null;
      }
    }
    return builder.build();
  }

  static ValueBuckets of(NumericSample reference, NumericSample current) {
    Builder builder = new Builder();
    double[] x = reference.distinctValues();
    double[] y = current.distinctValues();
    int i = 0;
    int j = 0;
    while (i < x.length || j < y.length) {
      double value = j == y.length || (i < x.length && x[i] <= y[j]) ? x[i] : y[j];
      boolean inX = i < x.length && x[i] == value;
      boolean inY = j < y.length && y[j] == value;
      builder.add(
          Double.toString(value), inX ? reference.countAt(i++) : 0, inY ? current.countAt(j++) : 0);
    }
    return builder.build();
  }

  int size() {
    return labels.size();
  }

  long referenceTotal() {
    return Arrays.stream(reference).sum();
  }

  long currentTotal() {
    return Arrays.stream(current).sum();
  }

  private static final class Builder {
    private final List<String> labels = new ArrayList<>();
    private final List<String> newLabels = new ArrayList<>();
    private long[] reference = new long[8];
    private long[] current = new long[8];

    void add(String label, long referenceCount, long currentCount) {
      int index = labels.size();
      if (index == reference.length) {
        reference = Arrays.copyOf(reference, index * 2);
        current = Arrays.copyOf(current, index * 2);
      }
      labels.add(label);
      reference[index] = referenceCount;
      current[index] = currentCount;
      if (referenceCount == 0) {
        newLabels.add(label);
      }
    }

    ValueBuckets build() {
      int size = labels.size();
      return new ValueBuckets(
          List.copyOf(labels),
          Arrays.copyOf(reference, size),
          Arrays.copyOf(current, size),
          List.copyOf(newLabels));
    }
  }
}
