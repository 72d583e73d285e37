package dev.mltest.drift;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * Scores current bucket counts against reference shares stored in a suite rather than computed from
 * a reference dataset, with the share-based drift methods and their usual formulas (the same zero
 * fill for PSI and KL, the same goodness-of-fit test, with the stored shares as the expected
 * proportions).
 *
 * <pre>{@code
 * double psi = StoredShares.score(DriftMethod.PSI, new double[] {0.5, 0.5}, new long[] {60, 40});
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class StoredShares {
  /** The methods that compare shares, and so can judge stored ones. */
  public static final List<DriftMethod> METHODS =
      List.of(
          DriftMethod.PSI,
          DriftMethod.JENSENSHANNON,
          DriftMethod.KL_DIV,
          DriftMethod.HELLINGER,
          DriftMethod.L_INFINITY,
          DriftMethod.CHISQUARE_GOF);

  private StoredShares() {}

  /**
   * The method's score of the current counts against the stored shares.
   *
   * @param reference the stored share of each bucket (summing to 1)
   * @param current the current count of each bucket, in the same order
   * @return the distance, or the p-value for {@code chisquare_gof}
   * @throws IllegalArgumentException for a method not in {@link #METHODS}, buckets of different
   *     sizes, or no current values
   */
  public static double score(DriftMethod method, double[] reference, long[] current) {
    if (reference.length != current.length) {
      throw new IllegalArgumentException(
          "%d stored shares but %d current counts".formatted(reference.length, current.length));
    }
    long total = 0;
    for (long c : current) {
      total += c;
    }
    if (total == 0) {
      throw new IllegalArgumentException("no current values to compare");
    }
    double[] q = ShareDistances.shares(current, total);
    return switch (method) {
      case PSI ->
          ShareDistances.populationStability(
              ShareDistances.fillZeroes(reference), ShareDistances.fillZeroes(q));
      case KL_DIV ->
          ShareDistances.kullbackLeibler(
              ShareDistances.fillZeroes(reference), ShareDistances.fillZeroes(q));
      case JENSENSHANNON -> ShareDistances.jensenShannon(reference, q);
      case HELLINGER -> HellingerDistance.ofShares(reference, q);
      case L_INFINITY -> ShareDistances.lInfinity(reference, q);
      case CHISQUARE_GOF -> goodnessOfFit(reference, current, total);
      default ->
          throw new IllegalArgumentException(
              method.key() + " compares two samples, not stored shares");
    };
  }

  /**
   * {@code scipy.stats.chisquare(f_obs = current, f_exp = shares * n)} over the buckets that are
   * stored or observed; an observed bucket with a stored share of 0 makes the p-value 0.
   */
  private static double goodnessOfFit(double[] reference, long[] current, long total) {
    CompensatedSum statistic = new CompensatedSum();
    int buckets = 0;
    for (int i = 0; i < reference.length; i++) {
      if (reference[i] == 0 && current[i] == 0) {
        continue;
      }
      buckets++;
      double expected = reference[i] * total;
      double difference = current[i] - expected;
      statistic.add(
          expected == 0.0 ? Double.POSITIVE_INFINITY : difference * difference / expected);
    }
    return buckets <= 1 ? 1.0 : GoodnessOfFitChiSquare.upperTail(statistic.value(), buckets - 1);
  }
}
