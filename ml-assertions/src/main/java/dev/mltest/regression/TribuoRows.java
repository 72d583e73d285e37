package dev.mltest.regression;

import dev.mltest.data.ColumnType;
import dev.mltest.data.SampledRow;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tribuo.Example;
import org.tribuo.MutableDataset;
import org.tribuo.Output;
import org.tribuo.OutputFactory;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.provenance.SimpleDataSourceProvenance;
import org.tribuo.regression.RegressionFactory;
import org.tribuo.regression.Regressor;

/**
 * Converts sampled rows into Tribuo examples: numeric columns as they are, booleans as 1/0, strings
 * one-hot as {@code column=value}; a null value is an absent (zero) feature.
 */
final class TribuoRows {
  private final TrainingSpec spec;
  private final List<String> features;
  private final ColumnType[] types;
  private final MutableDataset<?> train;
  private final MutableDataset<?> test;
  private long skipped;
  private long rows;
  private final Map<String, Long> perLabel = new java.util.HashMap<>();
  private final List<String> testKeys = new ArrayList<>();

  TribuoRows(TrainingSpec spec, List<String> features, Map<String, ColumnType> columns) {
    this.spec = spec;
    this.features = List.copyOf(features);
    this.types = features.stream().map(columns::get).toArray(ColumnType[]::new);
    OutputFactory<?> factory =
        spec.task() == ModelTask.CLASSIFICATION ? new LabelFactory() : new RegressionFactory();
    this.train = dataset(factory, "train");
    this.test = dataset(factory, "test");
  }

  private <T extends Output<T>> MutableDataset<T> dataset(OutputFactory<T> factory, String part) {
    String description =
        "mltest %s sample of %s (seed %d)".formatted(part, spec.data().name(), spec.seed());
    return new MutableDataset<>(new SimpleDataSourceProvenance(description, factory), factory);
  }

  /** Whether every stratum (label value, or {@code ""} for the table) got its quota of rows. */
  boolean met(Map<String, Long> quotas, boolean stratified) {
    if (!stratified) {
      return rows == quotas.values().stream().mapToLong(Long::longValue).sum();
    }
    return quotas.entrySet().stream()
        .allMatch(e -> perLabel.getOrDefault(e.getKey(), 0L).longValue() == e.getValue());
  }

  void add(SampledRow row) {
    rows++;
    perLabel.merge(row.stratum(), 1L, Long::sum);
    List<String> names = new ArrayList<>(features.size());
    List<Double> values = new ArrayList<>(features.size());
    for (int i = 0; i < features.size(); i++) {
      String name = features.get(i);
      Object value = row.features().get(i);
      if (value == null) {
        continue;
      }
      if (types[i] == ColumnType.STRING) {
        names.add(name + "=" + value);
        values.add(1.0);
      } else if (value instanceof Boolean b) {
        names.add(name);
        values.add(b ? 1.0 : 0.0);
      } else {
        names.add(name);
        values.add(((Number) value).doubleValue());
      }
    }
    if (values.isEmpty()) {
      // Tribuo rejects examples without features; a row whose features are all null says nothing.
      skipped++;
      return;
    }
    if (row.test()) {
      testKeys.add(row.key());
    }
    double[] array = new double[values.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = values.get(i);
    }
    String[] featureNames = names.toArray(String[]::new);
    if (spec.task() == ModelTask.CLASSIFICATION) {
      addTo(row.test(), new ArrayExample<>(new Label((String) row.label()), featureNames, array));
    } else {
      addTo(
          row.test(),
          new ArrayExample<>(
              new Regressor(spec.label(), ((Number) row.label()).doubleValue()),
              featureNames,
              array));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private void addTo(boolean isTest, Example<?> example) {
    ((MutableDataset) (isTest ? test : train)).add(example);
  }

  MutableDataset<?> train() {
    return train;
  }

  MutableDataset<?> test() {
    return test;
  }

  /** The key of each held-out row, in the order of {@link #test()}. */
  List<String> testKeys() {
    return testKeys;
  }

  /** Rows left out because all their features were null. */
  long skipped() {
    return skipped;
  }
}
