package dev.mltest.regression;

import java.util.Arrays;
import java.util.Comparator;

/** Ranks from 1 with ties given their mean rank (what Mann–Whitney and DeLong need). */
final class MidRanks {
  private MidRanks() {}

  static double[] of(double[] values) {
    int n = values.length;
    Integer[] order = new Integer[n];
    Arrays.setAll(order, i -> i);
    Arrays.sort(order, Comparator.comparingDouble(i -> values[i]));
    double[] ranks = new double[n];
    int i = 0;
    while (i < n) {
      int j = i;
      while (j + 1 < n && values[order[j + 1]] == values[order[i]]) {
        j++;
      }
      double rank = (i + j) / 2.0 + 1;
      for (int k = i; k <= j; k++) {
        ranks[order[k]] = rank;
      }
      i = j + 1;
    }
    return ranks;
  }
}
