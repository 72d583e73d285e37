package dev.mltest.drift;

/**
 * Neumaier's compensated summation. NumPy sums arrays pairwise; a compensated sum is at least as
 * accurate, so the two agree to a few units in the last place whatever the summation order.
 */
final class CompensatedSum {
  private double sum;
  private double compensation;

  void add(double value) {
    double t = sum + value;
    if (Math.abs(sum) >= Math.abs(value)) {
      compensation += (sum - t) + value;
    } else {
      compensation += (value - t) + sum;
    }
    sum = t;
  }

  double value() {
    // An infinite term makes the compensation NaN; the plain sum is then the answer.
    double total = sum + compensation;
    return Double.isNaN(total) && !Double.isNaN(sum) ? sum : total;
  }
}
