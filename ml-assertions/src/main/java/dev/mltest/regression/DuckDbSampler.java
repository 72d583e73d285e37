package dev.mltest.regression;

import dev.mltest.data.ColumnType;
import dev.mltest.data.DatabaseMessages;
import dev.mltest.data.DuckDbReader;
import dev.mltest.data.FileDataset;
import dev.mltest.expect.NearestNames;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** Draws the seeded sample with embedded DuckDB and converts it to Tribuo datasets. */
final class DuckDbSampler {
  private DuckDbSampler() {}

  /** The table's columns and their logical types, in table order. */
  static Map<String, ColumnType> columns(
      Connection connection, FileDataset file, @Nullable String textColumn) throws SQLException {
    Map<String, ColumnType> columns = new LinkedHashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery("DESCRIBE SELECT * FROM " + SampleQuery.reader(file, textColumn))) {
      while (rs.next()) {
        columns.put(
            rs.getString("column_name"), ColumnType.fromSqlType(rs.getString("column_type")));
      }
    }
    return columns;
  }

  /**
   * Samples, splits and converts.
   *
   * @throws RegressionRunException if the file cannot be read or a column is missing or unusable
   */
  static SampledData sample(TrainingSpec spec, SampleDefinitionBuilder definitions) {
    FileDataset file = spec.data();
    try (Connection connection = DriverManager.getConnection("jdbc:duckdb:")) {
      DuckDbReader.lockDownTo(connection, file);
      Map<String, ColumnType> columns = columns(connection, file, null);
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
      String textLabel = spec.task() == ModelTask.CLASSIFICATION ? spec.label() : null;
      List<String> features = features(spec, columns, file);
      SampleDefinition definition = definitions.definition(features);
      Map<String, Long> counts = counts(connection, spec, textLabel);
      Map<String, Long> quotas = SampleQuery.quotas(counts, definition);
      TribuoRows rows =
          read(
              connection,
              spec,
              textLabel,
              features,
              columns,
              definition,
              quotas,
              SampleQuery.keyBound(counts, quotas));
      if (!rows.met(quotas, definition.stratified())) {
        // Too few rows below the key bound in some stratum (rare): rank every row instead.
        rows =
            read(
                connection,
                spec,
                textLabel,
                features,
                columns,
                definition,
                quotas,
                SampleQuery.NO_BOUND);
      }
      String version = connection.getMetaData().getDatabaseProductVersion();
      return new SampledData(features, rows.train(), rows.test(), version, rows.testKeys());
    } catch (SQLException e) {
      throw new RegressionRunException(
          "cannot sample %s: %s"
              .formatted(
                  file.path(), firstLine(Objects.requireNonNullElse(e.getMessage(), e.toString()))),
          e);
    }
  }

  private static Map<String, Long> counts(
      Connection connection, TrainingSpec spec, @Nullable String textLabel) throws SQLException {
    Map<String, Long> counts = new LinkedHashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                SampleQuery.countSql(spec.data(), spec.label(), textLabel, spec.stratified()))) {
      while (rs.next()) {
        counts.put(rs.getString(1), rs.getLong(2));
      }
    }
    return counts;
  }

  private static TribuoRows read(
      Connection connection,
      TrainingSpec spec,
      @Nullable String textLabel,
      List<String> features,
      Map<String, ColumnType> columns,
      SampleDefinition definition,
      Map<String, Long> quotas,
      long keyBound)
      throws SQLException {
    TribuoRows rows = new TribuoRows(spec, features, columns);
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                SampleQuery.sql(
                    spec.data(),
                    spec.label(),
                    textLabel,
                    features,
                    definition,
                    spec.seed(),
                    quotas,
                    keyBound))) {
      while (rs.next()) {
        rows.add(rs);
      }
    }
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

  private static String firstLine(String message) {
    return DatabaseMessages.concise(message);
  }

  /** Makes the sample definition once the feature columns are known. */
  interface SampleDefinitionBuilder {
    SampleDefinition definition(List<String> features);
  }
}
