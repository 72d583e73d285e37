package dev.mltest.data;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.List;
import org.apiguardian.api.API;

/**
 * A numeric column that a table cannot count value by value within its limit, as {@link
 * BoundTable#bucketNeeds(List)} reports it: into how many buckets it may count the column instead,
 * and why.
 *
 * @param buckets the most buckets the table brings to the JVM for this column (at least 2)
 * @param distinctValues how many distinct values the column has (an estimate)
 * @param reason why, naming the limit and its setting, as words that follow "N distinct values",
 *     e.g. {@code exceed mltest.spark.driver-max-values (1,000,000)}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record BucketNeed(int buckets, long distinctValues, String reason) {
  /** Checks the parts. */
  public BucketNeed {
    requireNonNull(reason, "reason");
    if (buckets < 2 || distinctValues < 0) {
      throw new IllegalArgumentException(
          "%d buckets for %d distinct values".formatted(buckets, distinctValues));
    }
  }
}
