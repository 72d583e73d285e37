package dev.mltest.regression;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Which rows and columns a run trained and evaluated on: everything that, with the data and the
 * seed, determines the sample.
 *
 * @param label the label column
 * @param features the feature columns actually used, in table order
 * @param fraction the share of rows sampled, if sampled by fraction
 * @param size the number of rows sampled, if sampled by size
 * @param stratified whether each label value is sampled in proportion
 * @param testFraction the share of the sample held out for evaluation
 * @param algorithm the sampling algorithm's name and version
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SampleDefinition(
    String label,
    List<String> features,
    @Nullable Double fraction,
    @Nullable Long size,
    boolean stratified,
    double testFraction,
    String algorithm) {

  /** The current sampling algorithm: seeded hash ordering of row numbers, computed in DuckDB. */
  public static final String ALGORITHM = "mltest-hash-v1";

  public SampleDefinition {
    requireNonNull(label, "label");
    features = List.copyOf(features);
    requireNonNull(algorithm, "algorithm");
  }

  /** What differs from another definition, one entry per part, e.g. {@code label a → b}. */
  List<String> changesFrom(SampleDefinition old) {
    List<String> changes = new ArrayList<>();
    change(changes, "label", old.label, label);
    change(changes, "features", old.features, features);
    change(changes, "sample fraction", old.fraction, fraction);
    change(changes, "sample size", old.size, size);
    change(changes, "stratified", old.stratified, stratified);
    change(changes, "test fraction", old.testFraction, testFraction);
    change(changes, "sampling algorithm", old.algorithm, algorithm);
    return changes;
  }

  private static void change(
      List<String> changes, String what, @Nullable Object old, @Nullable Object now) {
    if (!Objects.equals(old, now)) {
      changes.add(
          "%s %s → %s".formatted(what, old == null ? "unset" : old, now == null ? "unset" : now));
    }
  }
}
