package dev.mltest.regression;

import dev.mltest.data.BoundTable;
import dev.mltest.data.ColumnType;
import dev.mltest.data.DataAccessException;
import dev.mltest.data.DataBackend;
import dev.mltest.data.DatabaseMessages;
import dev.mltest.data.FileDataset;
import dev.mltest.data.FileFormat;
import dev.mltest.data.SampleDraw;
import dev.mltest.lineage.SampleDefinition;
import dev.mltest.text.NearestNames;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the seeded sample through the {@link DataBackend} boundary ({@link BoundTable#drawSample})
 * and converts it to Tribuo datasets; the backend decides how the rows are read.
 */
final class TrainingSampler {
  private TrainingSampler() {}

  /**
   * Samples, splits and converts.
   *
   * @throws RegressionRunException if the file cannot be read or a column is missing or unusable
   */
  static SampledData sample(TrainingSpec spec, SampleDefinitionBuilder definitions) {
    FileDataset file = spec.data();
    try (DataBackend backend = DataBackend.duckDb();
        BoundTable sniffed = backend.open(file)) {
      Map<String, ColumnType> columns = new LinkedHashMap<>();
      sniffed.schema().columns().forEach(c -> columns.put(c.name(), c.type()));
      ColumnType labelType = columns.get(spec.label());
      if (labelType == null) {
        throw new RegressionRunException(unknownColumn("label", spec.label(), columns, file));
      }
      if (spec.task() == ModelTask.REGRESSION && !labelType.isNumeric()) {
        throw new RegressionRunException(
            "the regression label column '%s' is %s; it must be numeric"
                .formatted(spec.label(), labelType.key()));
      }
      // A class label is read as text: yes/no must stay classes, not become booleans.
      BoundTable table =
          spec.task() == ModelTask.CLASSIFICATION
                  && file.format() == FileFormat.CSV
                  && labelType != ColumnType.STRING
              ? backend.open(file.withTypes(Map.of(spec.label(), "VARCHAR")))
              : sniffed;
      List<String> features = features(spec, columns, file);
      SampleDefinition definition = definitions.definition(features);
      Map<String, Long> counts = table.labelCounts(spec.label(), spec.stratified());
      Map<String, Long> quotas = SampleQuery.quotas(counts, definition);
      TribuoRows rows =
          read(
              table,
              spec,
              features,
              columns,
              definition,
              quotas,
              SampleQuery.keyBound(counts, quotas));
      if (!rows.met(quotas, definition.stratified())) {
        // Too few rows below the key bound in some stratum (rare): rank every row instead.
        rows = read(table, spec, features, columns, definition, quotas, SampleDraw.NO_BOUND);
      }
      return new SampledData(features, rows.train(), rows.test(), rows.testKeys());
    } catch (DataAccessException e) {
      throw new RegressionRunException(
          "cannot sample %s: %s".formatted(file.path(), DatabaseMessages.concise(e.getMessage())),
          e);
    }
  }

  private static TribuoRows read(
      BoundTable table,
      TrainingSpec spec,
      List<String> features,
      Map<String, ColumnType> columns,
      SampleDefinition definition,
      Map<String, Long> quotas,
      long keyBound) {
    TribuoRows rows = new TribuoRows(spec, features, columns);
    table.drawSample(
        new SampleDraw(
            spec.label(),
            spec.task() == ModelTask.REGRESSION,
            features,
            definition.rowKey(),
            definition.stratified(),
            quotas,
            keyBound,
            definition.testFraction(),
            spec.seed()),
        rows::add);
    return rows;
  }

  private static List<String> features(
      TrainingSpec spec, Map<String, ColumnType> columns, FileDataset file) {
    for (String excluded : spec.excluded()) {
      if (!columns.containsKey(excluded)) {
        throw new RegressionRunException(unknownColumn("excluded", excluded, columns, file));
      }
    }
    if (!spec.features().isEmpty()) {
      for (String feature : spec.features()) {
        ColumnType type = columns.get(feature);
        if (type == null) {
          throw new RegressionRunException(unknownColumn("feature", feature, columns, file));
        }
        if (!usable(type)) {
          throw new RegressionRunException(
              ("feature column '%s' is %s; features must be numeric, boolean or string columns"
                      + " (strings are one-hot encoded)")
                  .formatted(feature, type.key()));
        }
      }
      return spec.features().stream().filter(f -> !spec.excluded().contains(f)).toList();
    }
    List<String> features = new ArrayList<>();
    columns.forEach(
        (name, type) -> {
          if (!name.equals(spec.label()) && !spec.excluded().contains(name) && usable(type)) {
            features.add(name);
          }
        });
    if (features.isEmpty()) {
      throw new RegressionRunException(
          "%s has no usable feature column besides the label '%s'"
              .formatted(file.name(), spec.label()));
    }
    return features;
  }

  private static boolean usable(ColumnType type) {
    return type.isNumeric() || type == ColumnType.BOOLEAN || type == ColumnType.STRING;
  }

  private static String unknownColumn(
      String role, String name, Map<String, ColumnType> columns, FileDataset file) {
    return "%s column '%s' is not in %s%s; columns: %s"
        .formatted(
            role,
            name,
            file.name(),
            NearestNames.didYouMean(name, columns.keySet()),
            String.join(", ", columns.keySet()));
  }

  /** Makes the sample definition once the feature columns are known. */
  interface SampleDefinitionBuilder {
    SampleDefinition definition(List<String> features);
  }
}
