package dev.mltest.lineage;

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

  /**
   * The algorithm that hashes a row-key column's values instead of row numbers (see {@code
   * TrainingSpec.Builder#rowKey}), followed by {@code :} and the column.
   */
  public static final String KEY_ALGORITHM = "mltest-keyhash-v1";

  /** The sampling algorithm's name for a spec: by row number, or by the row-key column. */
  public static String algorithm(@Nullable String rowKey) {
    return rowKey == null ? ALGORITHM : KEY_ALGORITHM + ":" + rowKey;
  }

  /** The row-key column the sample was drawn by, if any. */
  public @Nullable String rowKey() {
    return algorithm.startsWith(KEY_ALGORITHM + ":")
        ? algorithm.substring(KEY_ALGORITHM.length() + 1)
        : null;
  }

  public SampleDefinition {
    requireNonNull(label, "label");
    features = List.copyOf(features);
    requireNonNull(algorithm, "algorithm");
  }

  /** What differs from another definition, one entry per part, e.g. {@code label a → b}. */
  List<String> changesFrom(SampleDefinition old) {
    List<String> changes = new ArrayList<>(featureChangesFrom(old));
    changes.addAll(protocolChangesFrom(old));
    return changes;
  }

  /** A changed feature list: a change of the model, compared as usual. */
  List<String> featureChangesFrom(SampleDefinition old) {
    List<String> changes = new ArrayList<>();
    if (!features.equals(old.features)) {
      List<String> dropped = old.features.stream().filter(f -> !features.contains(f)).toList();
      List<String> added = features.stream().filter(f -> !old.features.contains(f)).toList();
      changes.add(
          "features %s → %s%s%s"
              .formatted(
                  old.features,
                  features,
                  dropped.isEmpty() ? "" : " (dropped " + String.join(", ", dropped) + ")",
                  added.isEmpty() ? "" : " (added " + String.join(", ", added) + ")"));
    }
    return changes;
  }

  /**
   * A changed evaluation protocol: which rows are evaluated against which label. Values measured
   * under another protocol are not comparable.
   */
  List<String> protocolChangesFrom(SampleDefinition old) {
    List<String> changes = new ArrayList<>();
    change(changes, "label", old.label, label);
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
