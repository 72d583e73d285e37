package dev.mltest.drift;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.BoundTable;
import dev.mltest.data.BucketPlan;
import dev.mltest.data.NumericCounts;
import dev.mltest.data.ValueText;
import dev.mltest.text.Formats;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;

/**
 * Compares a reference and a current dataset column by column. Numeric columns are counted by the
 * backend, in one scan per side, as distinct values with their counts (sorted by the backend, held
 * in memory in proportion to the distinct values); categorical columns are counted likewise. Every
 * method of a column then works on the same samples. A backend that cannot bring every distinct
 * value of a column to the JVM says so ({@link BoundTable#bucketNeeds}); both sides then count that
 * column in the same shared buckets and its result states the approximation ({@link
 * ColumnDriftResult#approximation()}).
 *
 * <pre>{@code
 * try (DataBackend backend = DataBackend.duckDb();
 *     BoundTable reference = backend.open(Dataset.csv(Path.of("train.csv")));
 *     BoundTable current = backend.open(Dataset.csv(Path.of("today.csv")))) {
 *   DriftReport report = DatasetComparison.compare(reference, current, DriftConfig.defaults());
 * }
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1.0")
public final class DatasetComparison {
  private DatasetComparison() {}

  /** Plans the columns from the two schemas and compares them. */
  public static DriftReport compare(BoundTable reference, BoundTable current, DriftConfig config) {
    return compare(
        reference,
        current,
        config,
        DriftPlan.columns(config, reference.schema(), current.schema()));
  }

  /**
   * Compares the planned columns.
   *
   * @throws dev.mltest.data.DataAccessException if a side cannot be read
   */
  public static DriftReport compare(
      BoundTable reference, BoundTable current, DriftConfig config, List<PlannedColumn> planned) {
    List<String> numeric = names(planned, ColumnKind.NUMERIC);
    List<String> categorical = names(planned, ColumnKind.CATEGORICAL);
    // Columns a side cannot bring to the JVM value by value are counted by both in shared buckets.
    Map<String, BucketPlan> buckets = SharedBuckets.plan(reference, current, numeric);
    NumericCounts refNumbers = reference.numericCounts(numeric, buckets);
    NumericCounts curNumbers = current.numericCounts(numeric, buckets);
    Map<String, Map<@Nullable String, Long>> refCounts = reference.categoryCounts(categorical);
    Map<String, Map<@Nullable String, Long>> curCounts = current.categoryCounts(categorical);
    Map<String, NumericSample[]> numericSamples = new HashMap<>();
    Map<String, CategoricalSample[]> categoricalSamples = new HashMap<>();
    Map<String, String> notes = new LinkedHashMap<>();
    List<ColumnOutcome> outcomes = new ArrayList<>();
    List<ColumnDriftResult> compared = new ArrayList<>();
    for (PlannedColumn column : planned) {
      String name = column.name();
      if (column.kind() == null) {
        outcomes.add(new ColumnOutcome.Failed(name, String.valueOf(column.problem())));
        continue;
      }
      try {
        ColumnDriftResult result;
        if (column.kind() == ColumnKind.NUMERIC) {
          NumericSample ref = NumericSample.ofCounts(refNumbers.column(name));
          NumericSample cur = NumericSample.ofCounts(curNumbers.column(name));
          numericSamples.put(name, new NumericSample[] {ref, cur});
          BucketPlan plan = buckets.get(name);
          Optional<String> excluded =
              ColumnRoles.exclusion(
                  column,
                  ref.size(),
                  plan == null ? ref.distinctCount() : plan.distinctValues(),
                  config);
          if (excluded.isPresent()) {
            outcomes.add(new ColumnOutcome.Excluded(name, excluded.get()));
            continue;
          }
          if (column.temporal()) {
            notes.put(name, TemporalText.ranges(column.type(), ref, cur));
          }
          result = ColumnDrift.numeric(name, ref, cur, config);
        } else {
          CategoricalSample ref = CategoricalSample.ofCounts(planned(refCounts, name));
          CategoricalSample cur = CategoricalSample.ofCounts(planned(curCounts, name));
          categoricalSamples.put(name, new CategoricalSample[] {ref, cur});
          Optional<String> excluded =
              ColumnRoles.exclusion(column, ref.size(), ref.distinctCount(), config);
          if (excluded.isPresent()) {
            outcomes.add(new ColumnOutcome.Excluded(name, excluded.get()));
            continue;
          }
          result = ColumnDrift.categorical(name, ref, cur, config);
        }
        outcomes.add(new ColumnOutcome.Compared(result));
        compared.add(result);
      } catch (DriftInputException e) {
        outcomes.add(new ColumnOutcome.Failed(name, e.getMessage()));
      }
    }
    DatasetDriftResult dataset =
        compared.isEmpty() ? null : DatasetDriftRule.of(config).judge(compared);
    return new DriftReport(
        outcomes, dataset, coverage(config, numericSamples, categoricalSamples, planned), notes);
  }

  /** The data of a planned column: both datasets were read for every planned column. */
  private static <V> V planned(Map<String, V> byColumn, String name) {
    return Objects.requireNonNull(byColumn.get(name), () -> "column not read: " + name);
  }

  private static List<String> names(List<PlannedColumn> planned, ColumnKind kind) {
    return planned.stream().filter(p -> p.kind() == kind).map(PlannedColumn::name).toList();
  }

  private static List<CoverageOutcome> coverage(
      DriftConfig config,
      Map<String, NumericSample[]> numeric,
      Map<String, CategoricalSample[]> categorical,
      List<PlannedColumn> planned) {
    List<CoverageOutcome> checks = new ArrayList<>();
    for (PlannedColumn column : planned) {
      String name = column.name();
      if (config.maxOutOfReferenceRange() != null && column.kind() == ColumnKind.NUMERIC) {
        checks.add(outOfRange(name, numeric.get(name), config.maxOutOfReferenceRange(), column));
      }
      if (config.maxNewCategories() != null && column.kind() == ColumnKind.CATEGORICAL) {
        checks.add(newCategories(name, categorical.get(name), config.maxNewCategories()));
      }
    }
    return checks;
  }

  private static CoverageOutcome outOfRange(
      String name, NumericSample @Nullable [] samples, double limit, PlannedColumn column) {
    String check = "outOfReferenceRange";
    if (samples == null) {
      return new CoverageOutcome(
          check, name, null, limit, false, name + ": the column could not be read", List.of());
    }
    try {
      ReferenceCoverage.OutOfRange r =
          ReferenceCoverage.outOfReferenceRange(samples[0], samples[1]);
      boolean passed = r.share() <= limit;
      String message =
          "%s: %s of %s current values lie outside the reference range [%s, %s] (at most %s allowed)"
              .formatted(
                  name,
                  Formats.percent(r.share()),
                  Formats.count(r.currentSize()),
                  TemporalText.value(column.type(), r.referenceMin()),
                  TemporalText.value(column.type(), r.referenceMax()),
                  Formats.percent(limit));
      return new CoverageOutcome(check, name, r.share(), limit, passed, message, List.of());
    } catch (DriftInputException e) {
      return new CoverageOutcome(
          check, name, null, limit, false, name + ": " + e.getMessage(), List.of());
    }
  }

  private static CoverageOutcome newCategories(
      String name, CategoricalSample @Nullable [] samples, double limit) {
    String check = "newCategories";
    if (samples == null) {
      return new CoverageOutcome(
          check, name, null, limit, false, name + ": the column could not be read", List.of());
    }
    try {
      ReferenceCoverage.NewCategories r = ReferenceCoverage.newCategories(samples[0], samples[1]);
      boolean passed = r.share() <= limit;
      List<String> shown = r.categories().subList(0, Math.min(10, r.categories().size()));
      String message =
          "%s: %s of %s current values have categories the reference never has (%s distinct)%s (at most %s allowed)"
              .formatted(
                  name,
                  Formats.percent(r.share()),
                  Formats.count(r.currentSize()),
                  Formats.count(r.categories().size()),
                  shown.isEmpty()
                      ? ""
                      : ": "
                          + String.join(", ", shown.stream().map(ValueText::quote).toList())
                          + (r.categories().size() > shown.size() ? ", ..." : ""),
                  Formats.percent(limit));
      return new CoverageOutcome(check, name, r.share(), limit, passed, message, r.categories());
    } catch (DriftInputException e) {
      return new CoverageOutcome(
          check, name, null, limit, false, name + ": " + e.getMessage(), List.of());
    }
  }
}
