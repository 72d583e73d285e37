package dev.mltest.spark;

import dev.mltest.data.BoundTable;
import dev.mltest.data.BucketNeed;
import dev.mltest.data.BucketPlan;
import dev.mltest.data.CatalogTable;
import dev.mltest.data.Column;
import dev.mltest.data.ColumnType;
import dev.mltest.data.DataAccessException;
import dev.mltest.data.Dataset;
import dev.mltest.data.DuplicateStats;
import dev.mltest.data.FileDataset;
import dev.mltest.data.HadoopDataset;
import dev.mltest.data.Measure;
import dev.mltest.data.Measurements;
import dev.mltest.data.MostCommon;
import dev.mltest.data.NumericCounts;
import dev.mltest.data.OrderStats;
import dev.mltest.data.SampleDraw;
import dev.mltest.data.SampleRequest;
import dev.mltest.data.SampledRow;
import dev.mltest.data.SqlDialect;
import dev.mltest.data.TableSchema;
import dev.mltest.data.ValueSample;
import dev.mltest.data.ZScoreStats;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.jspecify.annotations.Nullable;

/**
 * A dataset bound to a Spark temporary view. All scan-shareable measures are one {@code agg} over
 * one read; each grouping measure is one job more. Only aggregates, the requested samples and the
 * judged text values (streamed) reach the driver.
 */
final class SparkTable implements BoundTable {
  private final SparkSession spark;
  private final Dataset dataset;
  private final org.apache.spark.sql.Dataset<Row> frame;
  private final String name;
  private final TableSchema schema;
  private final List<String> integral = new ArrayList<>();
  private final long maxDriverValues;
  private @Nullable String numbered;

  SparkTable(
      SparkSession spark,
      Dataset dataset,
      org.apache.spark.sql.Dataset<Row> frame,
      String name,
      long maxDriverValues) {
    this.spark = spark;
    this.maxDriverValues = maxDriverValues;
    this.dataset = dataset;
    this.frame = frame;
    this.name = name;
    frame.createOrReplaceTempView(name);
    List<Column> columns = new ArrayList<>();
    for (StructField f : frame.schema().fields()) {
      ColumnType type = SparkFiles.columnType(f.dataType());
      columns.add(new Column(f.name(), type, f.dataType().sql()));
      if (type == ColumnType.INTEGER) {
        integral.add(f.name());
      }
    }
    this.schema = new TableSchema(columns);
  }

  @Override
  public Dataset dataset() {
    return dataset;
  }

  @Override
  public TableSchema schema() {
    return schema;
  }

  private String from() {
    return SparkSql.SQL.ident(name);
  }

  /**
   * The table with its rows numbered from 1 in file order ({@link SparkSql#ROW}): partitions are
   * numbered in order, so one file's rows keep their order. Built on first use, for samples, order
   * checks, judged text and training samples.
   */
  private String numbered() {
    if (numbered == null) {
      String view = name + "_rows";
      RowNumbers.number(spark, frame).createOrReplaceTempView(view);
      numbered = view;
    }
    return SparkSql.SQL.ident(numbered);
  }

  @Override
  public Measurements measure(Collection<? extends Measure> measures) {
    List<Measure> distinct = new ArrayList<>(new LinkedHashSet<>(measures));
    Map<Measure, Optional<Object>> values = new HashMap<>();
    Map<Measure, String> failures = new HashMap<>();
    List<Measure> shared = distinct.stream().filter(SparkSql::inSharedScan).toList();
    for (List<Measure> scanned : scans(shared, integral::contains)) {
      try {
        values.putAll(scan(scanned));
      } catch (Exception e) {
        // One bad user expression must not cost the others their results: find the culprit.
        checkReadable(e);
        for (Measure m : scanned) {
          try {
            values.putAll(scan(List.of(m)));
          } catch (Exception single) {
            if (!(m instanceof Measure.Duplicates)) {
              failures.put(m, message(single));
            }
          }
        }
      }
    }
    for (Measure m : distinct) {
      if (!SparkSql.inSharedScan(m) || m instanceof Measure.Duplicates && !values.containsKey(m)) {
        try {
          values.put(m, Optional.of(ownPass(m)));
        } catch (Exception e) {
          checkReadable(e);
          failures.put(m, message(e));
        }
      }
    }
    return new Measurements(values, failures);
  }

  /**
   * The aggregate queries the shared measures need: one, unless it would hold both a distinct
   * aggregate ({@code count(DISTINCT ...)}, as uniqueness and distinct counts use) and an exact
   * quantile. Spark plans a distinct aggregate as a grouping by the distinct key, so a {@code
   * percentile} beside it is built through that grouping: with a unique id over 1M rows the one
   * query took 3.85 s where the two took 0.89 s and 1.32 s (benchmarks-spark, credit shape, see
   * docs/spark.md). The distinct aggregates then get a read of their own.
   */
  static List<List<Measure>> scans(List<Measure> shared, Predicate<String> integral) {
    List<Measure> distinctKeyed =
        shared.stream()
            .filter(
                m ->
                    SparkSql.SQL.aggregates(m, integral).stream()
                        .anyMatch(e -> e.contains("(DISTINCT ")))
            .toList();
    boolean quantiles = shared.stream().anyMatch(m -> m instanceof Measure.Quantiles);
    if (shared.isEmpty()) {
      return List.of();
    }
    if (distinctKeyed.isEmpty() || !quantiles || distinctKeyed.size() == shared.size()) {
      return List.of(shared);
    }
    List<Measure> rest = shared.stream().filter(m -> !distinctKeyed.contains(m)).toList();
    return List.of(rest, distinctKeyed);
  }

  private Map<Measure, Optional<Object>> scan(List<Measure> measures) {
    Map<String, Integer> columns = new LinkedHashMap<>();
    Map<Measure, List<Integer>> columnsOf = new HashMap<>();
    for (Measure m : measures) {
      columnsOf.put(
          m,
          SparkSql.SQL.aggregates(m, integral::contains).stream()
              .map(e -> columns.computeIfAbsent(e, k -> columns.size()))
              .toList());
    }
    Row row = one("SELECT " + String.join(", ", columns.keySet()) + " FROM " + from());
    Map<Measure, Optional<Object>> values = new HashMap<>();
    for (Measure m : measures) {
      List<Integer> at = Objects.requireNonNull(columnsOf.get(m), "every measure has columns");
      if (m instanceof Measure.Duplicates) {
        if (row.getLong(at.get(0)) == row.getLong(at.get(1))) {
          values.put(m, Optional.of(new DuplicateStats(0, 0, 0)));
        }
      } else {
        values.put(m, Optional.ofNullable(SparkValues.normalise(row.get(at.get(0)))));
      }
    }
    return values;
  }

  private Object ownPass(Measure m) {
    if (m instanceof Measure.Duplicates d) {
      Row r = one(SparkSql.SQL.duplicates(d, from()));
      return new DuplicateStats(r.getLong(0), r.getLong(1), r.getLong(2));
    } else if (m instanceof Measure.MostCommonValues c) {
      List<Object> found = new ArrayList<>();
      long count = 0;
      long tied = 0;
      for (Row r : spark.sql(SparkSql.SQL.mostCommon(c, from())).collectAsList()) {
        found.add(Objects.requireNonNull(SparkValues.normalise(r.get(0))));
        count = r.getLong(1);
        tied = r.getLong(2);
      }
      return new MostCommon(found, count, tied);
    } else if (m instanceof Measure.TopValues t) {
      List<Object> top = new ArrayList<>();
      for (Row r : spark.sql(SparkSql.SQL.topValues(t, from())).collectAsList()) {
        top.add(r.getString(0));
      }
      return top;
    } else if (m instanceof Measure.ZScoreOutliers z) {
      Row moments = one(SparkSql.SQL.zScoreMoments(z, from()));
      Double mean = moments.isNullAt(1) ? null : moments.getDouble(1);
      Double sd = moments.isNullAt(2) ? null : moments.getDouble(2);
      long outliers = one(SparkSql.SQL.zScoreCount(z, from(), mean, sd)).getLong(0);
      return new ZScoreStats(moments.getLong(0), outliers, mean, sd);
    } else if (m instanceof Measure.OrderBreaks o) {
      Row r = one(SparkSql.SQL.orderBreaks(o, numbered()));
      return new OrderStats(
          r.getLong(0),
          r.getLong(1),
          r.isNullAt(2) ? null : r.getLong(2),
          r.isNullAt(3) ? null : r.getString(3),
          r.isNullAt(4) ? null : r.getString(4));
    } else if (m instanceof Measure.JudgedText j) {
      return JudgedTextPass.judge(spark, j, numbered(), schema);
    }
    throw new IllegalArgumentException("not a measure of its own pass: " + m);
  }

  private Row one(String sql) {
    return spark.sql(sql).collectAsList().get(0);
  }

  @Override
  public List<ValueSample> sample(SampleRequest request) {
    String sql;
    try {
      sql = SparkSql.SQL.sample(request, schema.names(), numbered());
    } catch (SparkExpressionPolicy.RefusedExpressionException e) {
      throw new DataAccessException("cannot fetch offending rows: " + e.getMessage(), e);
    }
    List<String> shown = request.valueColumns().isEmpty() ? schema.names() : request.valueColumns();
    boolean bare = shown.size() == 1 && !request.valueColumns().isEmpty();
    List<ValueSample> samples = new ArrayList<>();
    try {
      for (Row r : spark.sql(sql).collectAsList()) {
        samples.add(
            new ValueSample(
                SparkValues.shown(shown, r.getList(0), bare, schema),
                r.getLong(1),
                r.getLong(2),
                request.keyColumns().isEmpty() || r.isNullAt(3)
                    ? null
                    : SparkValues.shown(request.keyColumns(), r.getList(3), false, schema)));
      }
    } catch (Exception e) {
      checkReadable(e);
      throw new DataAccessException("cannot fetch offending rows: " + message(e), e);
    }
    return samples;
  }

  @Override
  public NumericCounts numericCounts(List<String> columns) {
    return SparkDrift.numericCounts(
        spark, from(), schema, columns, maxDriverValues, this::readFailure);
  }

  @Override
  public Map<String, BucketNeed> bucketNeeds(List<String> columns) {
    return SparkBuckets.needs(spark, from(), schema, columns, maxDriverValues, this::readFailure);
  }

  @Override
  public Map<String, double[]> bucketBoundaries(Map<String, Integer> buckets) {
    return SparkBuckets.boundaries(spark, from(), schema, buckets, this::readFailure);
  }

  @Override
  public NumericCounts numericCounts(List<String> columns, Map<String, BucketPlan> plans) {
    if (plans.isEmpty()) {
      return numericCounts(columns);
    }
    return SparkBuckets.counts(
        spark, from(), schema, columns, plans, maxDriverValues, this::readFailure);
  }

  @Override
  public Map<String, Map<@Nullable String, Long>> categoryCounts(List<String> columns) {
    return SparkDrift.categoryCounts(spark, from(), columns, this::readFailure);
  }

  @Override
  public Map<String, Long> labelCounts(String label, boolean byValue) {
    try {
      return SparkSampling.counts(spark, from(), label, byValue);
    } catch (Exception e) {
      throw new DataAccessException(
          "cannot count the labels of %s: %s".formatted(dataset.name(), message(e)), e);
    }
  }

  @Override
  public void drawSample(SampleDraw draw, Consumer<SampledRow> rows) {
    for (String feature : draw.features()) {
      if (schema.column(feature).isEmpty()) {
        throw new DataAccessException("no column '%s' to sample".formatted(feature));
      }
    }
    try {
      Iterator<Row> it = spark.sql(SparkSampling.sql(numbered(), draw)).toLocalIterator();
      SparkSampling.hand(it, schema, draw, rows);
    } catch (Exception e) {
      if (e instanceof DataAccessException d) {
        throw d;
      }
      throw new DataAccessException(
          "cannot sample %s: %s".formatted(dataset.name(), message(e)), e);
    }
  }

  /** The exception for a failure of a drift query: a read error, or the query's own. */
  private DataAccessException readFailure(String what, Exception e) {
    checkReadable(e);
    return new DataAccessException(what + ": " + message(e), e);
  }

  /** Tells a data problem (the whole table unreadable) from a problem of one expression. */
  private void checkReadable(Exception original) {
    if (original instanceof SparkExpressionPolicy.RefusedExpressionException) {
      return;
    }
    try {
      frame.count();
    } catch (Exception e) {
      String what =
          dataset instanceof FileDataset f
              ? "%s file %s".formatted(f.format().key(), f.path())
              : dataset instanceof CatalogTable t
                  ? "catalog table " + t.qualifiedName()
                  : dataset instanceof HadoopDataset h
                      ? "%s dataset %s".formatted(h.format().key(), h.uri())
                      : dataset.name();
      throw new DataAccessException(
          "the Spark backend cannot read " + what + ": " + SparkMessages.concise(e), e);
    }
  }

  /** A measure's failure as reported: a refusal as it is, Spark's own errors named as Spark's. */
  private static String message(Exception e) {
    if (e instanceof SparkExpressionPolicy.RefusedExpressionException) {
      return String.valueOf(e.getMessage());
    }
    return "Spark: " + SparkMessages.concise(e);
  }

  @Override
  public void close() {
    spark.catalog().dropTempView(name);
    if (numbered != null) {
      spark.catalog().dropTempView(numbered);
    }
  }

  static StructField rowField() {
    return DataTypes.createStructField(SqlDialect.ROW, DataTypes.LongType, false);
  }
}
