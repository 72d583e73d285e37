package dev.mltest.benchmarks.deequ;

import com.amazon.deequ.VerificationResult;
import com.amazon.deequ.VerificationSuite;
import com.amazon.deequ.checks.Check;
import com.amazon.deequ.checks.CheckLevel;
import com.amazon.deequ.checks.CheckStatus;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.DoublePredicate;
import java.util.function.LongPredicate;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Function1;
import scala.Option;
import scala.runtime.AbstractFunction1;
import scala.util.matching.Regex;

/**
 * Times Amazon Deequ's verification of the checks of the MLTest benchmark's suite shapes ({@code
 * SuiteShape} in the benchmarks module) over the files that module wrote, against one hand-written
 * Spark aggregate query computing the same numbers (Spark's floor), alternating the two, in Spark
 * local mode on the machine's cores. Prints one markdown row per run and writes them as
 * tab-separated lines ({@code shape, file, deequ seconds, query seconds}) for the benchmarks module
 * to put next to MLTest's times.
 *
 * <p>The checks are those of the MLTest suites, in Deequ's words: {@code between} is {@code
 * isContainedIn} with both bounds included (nulls pass in both tools), {@code notNull} with {@code
 * mostly} is {@code hasCompleteness}, the exact median is {@code hasExactQuantile} (Deequ's {@code
 * hasApproxQuantile} would be cheaper and less exact than what MLTest computes). A CSV is read with
 * its schema given, so Spark spends no pass inferring types: the fastest way to run Deequ.
 */
public final class DeequBenchmark {
  private static final String EMAIL = "^[^@]+@[^@]+\\.[a-z]+$";
  private static final String[] GRADES = {"A", "B", "C", "D", "E", "F", "G"};
  private static final String[] PURPOSES = {
    "car", "home", "education", "business", "medical", "other"
  };
  private static final String[] LETTERS = {"a", "b", "c", "d"};

  private DeequBenchmark() {}

  public static void main(String[] args) throws IOException {
    Map<String, String> options = new LinkedHashMap<>();
    for (String arg : args) {
      int eq = arg.indexOf('=');
      if (arg.startsWith("--") && eq > 2) {
        options.put(arg.substring(2, eq), arg.substring(eq + 1));
      }
    }
    int repeats = Integer.parseInt(options.getOrDefault("repeats", "3"));
    String runs = options.getOrDefault("files", "");
    if (runs.isBlank()) {
      throw new IllegalArgumentException(
          "--files=<shape>:<file>,... is required (shapes: credit, filtered, wide)");
    }
    SparkSession spark =
        SparkSession.builder()
            .master(options.getOrDefault("master", "local[*]"))
            .appName("mltest-deequ-benchmark")
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "4")
            .getOrCreate();
    spark.sparkContext().setLogLevel("ERROR");
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    List<String> lines = new ArrayList<>();
    out.println("| shape, file | Deequ (s) | one Spark query (s) | Deequ / query |");
    out.println("|---|---|---|---|");
    for (String run : runs.split(",")) {
      String[] parts = run.split(":", 2);
      String shape = parts[0];
      Path file = Path.of(parts[1]).toAbsolutePath();
      double[] times =
          alternate(
              repeats, () -> verify(spark, shape, file), () -> floorQuery(spark, shape, file));
      out.printf(
          Locale.ROOT,
          "| %s, %s | %.3f | %.3f | %.2f |%n",
          shape,
          file.getFileName(),
          times[0],
          times[1],
          times[0] / times[1]);
      lines.add(
          String.join(
              "\t", shape, file.toString(), Double.toString(times[0]), Double.toString(times[1])));
    }
    spark.stop();
    String output = options.get("output");
    if (output != null) {
      Path path = Path.of(output);
      Files.createDirectories(path.toAbsolutePath().getParent());
      Files.write(path, lines, StandardCharsets.UTF_8);
    }
  }

  /** Runs Deequ's verification of the shape's checks; every shape passes on its data. */
  private static void verify(SparkSession spark, String shape, Path file) {
    Dataset<Row> data = read(spark, shape, file);
    Check check =
        switch (shape) {
          case "credit" -> credit();
          case "filtered" -> filtered();
          case "wide" -> wide();
          default -> throw new IllegalArgumentException("unknown shape: " + shape);
        };
    VerificationResult result = VerificationSuite.apply().onData(data).addCheck(check).run();
    if (result.status() != CheckStatus.Success()) {
      throw new IllegalStateException(
          "Deequ found a failing check in " + shape + ": " + result.checkResults());
    }
  }

  private static Check credit() {
    return new Check(CheckLevel.Error(), "credit", noConstraints())
        .hasSize(atLeast(1), none())
        .isComplete("id", none(), none())
        .isComplete("credit_limit", none(), none())
        .isUnique("id", none(), none())
        .isContainedIn("age", 18, 100, true, true, none(), none())
        .isContainedIn("balance", 0, 1e6, true, true, none(), none())
        .isContainedIn("grade", GRADES)
        .isContainedIn("purpose", PURPOSES)
        .hasPattern(
            "email", new Regex(EMAIL, noGroups()), share(r -> r >= 0.99), none(), none(), none())
        .hasMean("income", share(m -> m >= 1 && m <= 1e6), none())
        .hasStandardDeviation("income", share(s -> s >= 0 && s <= 1e6), none())
        .hasExactQuantile("score", 0.5, share(q -> q >= 0.4 && q <= 0.6), none());
  }

  private static Check filtered() {
    return new Check(CheckLevel.Error(), "filtered", noConstraints())
        .isContainedIn("income", 0, 1e7, true, true, none(), none())
        .where("purpose = 'car'")
        .hasCompleteness("balance", share(c -> c >= 0.8), none(), none())
        .where("grade IN ('A', 'B')")
        .hasMean("income", share(m -> m >= 1 && m <= 1e6), none())
        .where("age >= 30")
        .hasStandardDeviation("income", share(s -> s >= 0 && s <= 1e6), none())
        .where("age < 30")
        .isContainedIn("age", 18, 100, true, true, none(), none())
        .where("credit_limit > 10000")
        .isContainedIn("purpose", PURPOSES, share(r -> r >= 1), none())
        .where("balance > 1000")
        .hasPattern(
            "email", new Regex(EMAIL, noGroups()), share(r -> r >= 0.99), none(), none(), none())
        .where("score > 0.5")
        .isUnique("id", none(), none())
        .where("grade = 'A'");
  }

  private static Check wide() {
    Check check = new Check(CheckLevel.Error(), "wide", noConstraints());
    for (int k = 0; k < 100; k++) {
      String n = "n%03d".formatted(k);
      check =
          check
              .isContainedIn(n, 0, 100, true, true, none(), none())
              .hasMean(n, share(m -> m >= 0 && m <= 100), none());
    }
    for (int k = 0; k < 100; k++) {
      String t = "t%03d".formatted(k);
      check =
          check.isContainedIn(t, LETTERS).hasCompleteness(t, share(c -> c >= 0.9), none(), none());
    }
    return check;
  }

  /** The same numbers as the shape's checks in one Spark aggregate query: Spark's floor. */
  private static void floorQuery(SparkSession spark, String shape, Path file) {
    read(spark, shape, file).createOrReplaceTempView("bench");
    String regex = EMAIL.replace("\\", "\\\\");
    String in = quoted(PURPOSES);
    String sql =
        switch (shape) {
          case "credit" ->
              """
              SELECT count(*), count_if(id IS NULL), count_if(credit_limit IS NULL),
                count(id) - count(DISTINCT id),
                count_if(NOT (age BETWEEN 18 AND 100)), count(age),
                count_if(NOT (balance BETWEEN 0 AND 1e6)), count(balance),
                count_if(grade NOT IN (%s)), count(grade),
                count_if(purpose NOT IN (%s)), count(purpose),
                count_if(NOT (email RLIKE '%s')), count(email),
                avg(income), stddev_samp(income), percentile(score, 0.5)
              FROM bench
              """
                  .formatted(quoted(GRADES), in, regex);
          case "filtered" ->
              """
              SELECT
                count_if(purpose = 'car' AND NOT (income BETWEEN 0 AND 1e7)),
                count_if(purpose = 'car' AND income IS NOT NULL),
                count_if(grade IN ('A', 'B') AND balance IS NULL), count_if(grade IN ('A', 'B')),
                avg(CASE WHEN age >= 30 THEN income END),
                stddev_samp(CASE WHEN age < 30 THEN income END),
                count_if(credit_limit > 10000 AND NOT (age BETWEEN 18 AND 100)),
                count_if(credit_limit > 10000 AND age IS NOT NULL),
                count_if(balance > 1000 AND purpose NOT IN (%s)),
                count_if(balance > 1000 AND purpose IS NOT NULL),
                count_if(score > 0.5 AND NOT (email RLIKE '%s')),
                count_if(score > 0.5 AND email IS NOT NULL),
                count(CASE WHEN grade = 'A' THEN id END)
                  - count(DISTINCT CASE WHEN grade = 'A' THEN id END)
              FROM bench
              """
                  .formatted(in, regex);
          case "wide" -> wideQuery();
          default -> throw new IllegalArgumentException("unknown shape: " + shape);
        };
    spark.sql(sql).collectAsList();
  }

  private static String wideQuery() {
    List<String> aggregates = new ArrayList<>();
    aggregates.add("count(*)");
    for (int k = 0; k < 100; k++) {
      aggregates.add(
          "count_if(NOT (%1$s BETWEEN 0 AND 100)), count(%1$s), avg(%1$s)"
              .formatted("n%03d".formatted(k)));
    }
    for (int k = 0; k < 100; k++) {
      aggregates.add(
          "count_if(%1$s NOT IN ('a', 'b', 'c', 'd')), count(%1$s)"
              .formatted("t%03d".formatted(k)));
    }
    return "SELECT " + String.join(",\n  ", aggregates) + " FROM bench";
  }

  private static Dataset<Row> read(SparkSession spark, String shape, Path file) {
    String path = file.toString();
    if (path.endsWith(".parquet")) {
      return spark.read().parquet(path);
    }
    StructType schema = "wide".equals(shape) ? wideSchema() : creditSchema();
    if (path.endsWith(".jsonl")) {
      return spark.read().schema(schema).json(path);
    }
    return spark.read().option("header", "true").schema(schema).csv(path);
  }

  /** The types the benchmark's DuckDB query writes the credit data with. */
  private static StructType creditSchema() {
    return new StructType(
        new StructField[] {
          field("id", DataTypes.LongType),
          field("age", DataTypes.LongType),
          field("income", DataTypes.DoubleType),
          field("credit_limit", DataTypes.LongType),
          field("balance", DataTypes.DoubleType),
          field("grade", DataTypes.StringType),
          field("purpose", DataTypes.StringType),
          field("email", DataTypes.StringType),
          field("score", DataTypes.DoubleType),
          field("opened", DataTypes.DateType)
        });
  }

  private static StructType wideSchema() {
    List<StructField> fields = new ArrayList<>();
    for (int k = 0; k < 100; k++) {
      fields.add(field("n%03d".formatted(k), DataTypes.DoubleType));
    }
    for (int k = 0; k < 100; k++) {
      fields.add(field("t%03d".formatted(k), DataTypes.StringType));
    }
    return new StructType(fields.toArray(StructField[]::new));
  }

  private static StructField field(String name, org.apache.spark.sql.types.DataType type) {
    return DataTypes.createStructField(name, type, true);
  }

  private static String quoted(String[] values) {
    return Arrays.stream(values).map(v -> "'" + v + "'").collect(Collectors.joining(", "));
  }

  /**
   * Median wall times in seconds of {@code repeats} runs of each, after one warm-up of each,
   * alternating so that a change in the machine's load touches both alike.
   */
  private static double[] alternate(int repeats, Runnable first, Runnable second) {
    first.run();
    second.run();
    double[][] seconds = new double[2][repeats];
    Runnable[] runs = {first, second};
    for (int i = 0; i < repeats; i++) {
      for (int k = 0; k < 2; k++) {
        long start = System.nanoTime();
        runs[k].run();
        seconds[k][i] = (System.nanoTime() - start) / 1e9;
      }
    }
    double[] medians = new double[2];
    for (int k = 0; k < 2; k++) {
      Arrays.sort(seconds[k]);
      medians[k] = seconds[k][repeats / 2];
    }
    return medians;
  }

  private static <T> Option<T> none() {
    return Option.empty();
  }

  private static scala.collection.Seq<String> noGroups() {
    return emptySeq();
  }

  private static scala.collection.Seq<com.amazon.deequ.constraints.Constraint> noConstraints() {
    return emptySeq();
  }

  private static <T> scala.collection.Seq<T> emptySeq() {
    return scala.collection.JavaConverters.asScalaBuffer(new ArrayList<T>()).toSeq();
  }

  /** A Scala {@code Long => Boolean}, as Deequ's size assertions take. */
  private static Function1<Object, Object> atLeast(long min) {
    LongPredicate test = n -> n >= min;
    return new AbstractFunction1<>() {
      @Override
      public Object apply(Object value) {
        return test.test((Long) value);
      }
    };
  }

  /** A Scala {@code Double => Boolean}, as Deequ's metric assertions take. */
  private static Function1<Object, Object> share(DoublePredicate test) {
    return new AbstractFunction1<>() {
      @Override
      public Object apply(Object value) {
        return test.test((Double) value);
      }
    };
  }
}
