package dev.mltest.suggest;

import dev.mltest.data.ColumnType;
import dev.mltest.data.ValueFormat;
import dev.mltest.profile.ColumnProfile;
import dev.mltest.profile.Profiler;
import dev.mltest.profile.ValueCount;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.jspecify.annotations.Nullable;

/** What the batches say about one column: its profile in each batch, pooled. */
final class ColumnEvidence {
  private final String name;
  private final List<ColumnProfile> batches;

  ColumnEvidence(String name, List<ColumnProfile> batches) {
    this.name = name;
    this.batches = List.copyOf(batches);
  }

  String name() {
    return name;
  }

  int batchCount() {
    return batches.size();
  }

  long rows() {
    return batches.stream().mapToLong(ColumnProfile::rows).sum();
  }

  long nonNull() {
    return batches.stream().mapToLong(ColumnProfile::nonNull).sum();
  }

  long smallestNonNull() {
    return batches.stream().mapToLong(ColumnProfile::nonNull).min().orElse(0);
  }

  long smallestRows() {
    return batches.stream().mapToLong(ColumnProfile::rows).min().orElse(0);
  }

  long nulls() {
    return batches.stream().mapToLong(ColumnProfile::nulls).sum();
  }

  double largestNullShare() {
    return batches.stream().mapToDouble(ColumnProfile::nullShare).max().orElse(0);
  }

  /** The type every batch agrees on; integer and decimal batches agree on decimal. */
  Optional<ColumnType> type() {
    Set<ColumnType> types = new TreeSet<>();
    batches.forEach(b -> types.add(b.type()));
    if (types.size() == 1) {
      return Optional.of(types.iterator().next());
    }
    if (types.equals(Set.of(ColumnType.INTEGER, ColumnType.DECIMAL))) {
      return Optional.of(ColumnType.DECIMAL);
    }
    return Optional.empty();
  }

  /** Every value distinct and non-null in every batch (and more than a handful of rows). */
  boolean isKey() {
    return batches.stream().allMatch(b -> b.nulls() == 0 && b.distinct() == b.rows())
        && smallestRows() >= 20;
  }

  double min() {
    return batches.stream().mapToDouble(b -> number(b.min())).min().orElse(Double.NaN);
  }

  double max() {
    return batches.stream().mapToDouble(b -> number(b.max())).max().orElse(Double.NaN);
  }

  /**
   * Every distinct value with its pooled count, if every batch has few enough distinct values for
   * its profile to list them all.
   */
  Optional<Map<String, Long>> allValues() {
    Map<String, Long> values = new TreeMap<>();
    for (ColumnProfile b : batches) {
      if (b.distinct() > Profiler.TOP_VALUES || b.topValues().size() < b.distinct()) {
        return Optional.empty();
      }
      for (ValueCount v : b.topValues()) {
        values.merge(v.value(), v.count(), Long::sum);
      }
    }
    return Optional.of(values);
  }

  /** Whether every batch holds every value of the pooled set. */
  boolean valuesInEveryBatch(Set<String> values) {
    return batches.stream()
        .allMatch(
            b ->
                b.topValues().stream().map(ValueCount::value).toList().containsAll(values)
                    && b.topValues().size() == values.size());
  }

  /** The well-known format of every non-null value of every batch, if any. */
  Optional<ValueFormat> commonFormat() {
    Optional<ValueFormat> first = batches.get(0).commonFormat();
    return batches.stream().allMatch(b -> b.commonFormat().equals(first))
        ? first
        : Optional.empty();
  }

  /** The shapes of all values, if each batch's listed shapes cover all its non-null values. */
  Optional<Set<String>> allShapes() {
    Set<String> shapes = new TreeSet<>();
    for (ColumnProfile b : batches) {
      long covered = b.shapes().stream().mapToLong(ValueCount::count).sum();
      if (covered != b.nonNull()) {
        return Optional.empty();
      }
      b.shapes().forEach(s -> shapes.add(s.value()));
    }
    return Optional.of(shapes);
  }

  long minLength() {
    return batches.stream()
        .filter(b -> b.lengths() != null)
        .mapToLong(b -> b.lengths().min())
        .min()
        .orElse(0);
  }

  long maxLength() {
    return batches.stream()
        .filter(b -> b.lengths() != null)
        .mapToLong(b -> b.lengths().max())
        .max()
        .orElse(0);
  }

  boolean hasLengths() {
    return batches.stream().anyMatch(b -> b.lengths() != null);
  }

  /** Each batch's value of a statistic, NaN where it is missing. */
  List<Double> perBatch(ToDoubleFunction<ColumnProfile> statistic) {
    List<Double> values = new ArrayList<>();
    batches.forEach(b -> values.add(statistic.applyAsDouble(b)));
    return values;
  }

  /** The standard deviation pooled over the batches (root of the mean variance). */
  double pooledStdev() {
    return Math.sqrt(
        batches.stream()
            .mapToDouble(b -> b.stdev() == null ? Double.NaN : b.stdev() * b.stdev())
            .average()
            .orElse(Double.NaN));
  }

  /** The interquartile range pooled over the batches. */
  double pooledIqr() {
    return batches.stream()
        .mapToDouble(b -> b.quantile(0.75).orElse(Double.NaN) - b.quantile(0.25).orElse(Double.NaN))
        .average()
        .orElse(Double.NaN);
  }

  static double number(@Nullable Object value) {
    return value instanceof Number n ? n.doubleValue() : Double.NaN;
  }
}
