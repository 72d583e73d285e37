package dev.mltest.assertions;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.Dataset;
import org.apiguardian.api.API;

/**
 * The entry point of MLTest's AssertJ-style assertions on data.
 *
 * <pre>{@code
 * import static dev.mltest.assertions.MlAssertions.assertThat;
 * import static dev.mltest.assertions.MlAssertions.mostly;
 *
 * Dataset customers = Dataset.csv(Path.of("data/customers.csv"));
 * assertThat(customers).hasRowCountBetween(1, 1_000_000).hasColumns("id", "income", "segment");
 * assertThat(customers).column("id").isNotNull().isUnique();
 * assertThat(customers)
 *     .column("income")
 *     .hasNullRatioAtMost(0.05)
 *     .hasValuesBetween(0, 1e7, mostly(0.99));
 * assertThat(customers).where("segment = 'retail'").column("segment").hasValuesIn("retail");
 * assertThat(customers).satisfies("format", Map.of("column", "email", "format", "email"));
 * }</pre>
 *
 * <p>A failed assertion throws {@link org.opentest4j.AssertionFailedError} whose message states the
 * rule, what was observed and examples of offending values with their row numbers. An assertion
 * that cannot be evaluated, such as one naming an unknown column, throws {@link DataCheckException}
 * instead. Both messages quote data as text that no report renders as markup ({@link
 * dev.mltest.data.ValueText#withoutMarkup}).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MlAssertions {
  private MlAssertions() {}

  /** Starts assertions on a dataset: a file or an in-memory table. */
  public static DatasetAssert assertThat(Dataset actual) {
    return new DatasetAssert(actual);
  }

  /**
   * Starts assertions on the drift between a reference (e.g. training) dataset and a current one.
   *
   * <pre>{@code
   * assertThatDrift(training, today).column("income").usingMethod(DriftMethod.KS).hasNoDrift();
   * }</pre>
   */
  public static DriftAssert assertThatDrift(Dataset reference, Dataset current) {
    return new DriftAssert(reference, current, dev.mltest.drift.DriftConfig.defaults());
  }

  /**
   * The share of judged rows that must pass a per-row assertion, e.g. {@code hasValuesBetween(0, 1,
   * mostly(0.95))}.
   *
   * @param share from 0 to 1
   */
  public static Mostly mostly(double share) {
    return new Mostly(share);
  }
}
