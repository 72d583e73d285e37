package dev.mltest.regression;

import static java.util.Objects.requireNonNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.data.Dataset;
import dev.mltest.data.FileDataset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * What a sample-training regression test trains and how it measures it: a Tribuo trainer, a file
 * dataset, the label and feature columns, the sample (fraction or size, stratification, held-out
 * share, seed) and the metrics with their tolerances.
 *
 * <pre>{@code
 * TrainingSpec.classification(new LogisticRegressionTrainer())
 *     .data(Dataset.csv(Path.of("data/churn.csv")))   // or .suiteData("com/acme/churn.mltest.yaml")
 *     .label("churned")
 *     .features("age", "income", "tenure_months")     // default: every other usable column
 *     .sampleFraction(0.05)                          // or .sampleSize(5_000); default 0.1
 *     .stratified()
 *     .testFraction(0.25)                            // default 0.2
 *     .seed(42)                                      // default 42
 *     .metric(MetricSpec.of("accuracy").absTol(0.02).min(0.7))
 *     .build();
 * }</pre>
 *
 * @param task classification or regression
 * @param trainer the Tribuo trainer; a fresh one per run keeps runs independent
 * @param data the file read
 * @param dataDescription how the data was named, for messages (e.g. the suite that names it)
 * @param label the label column
 * @param features requested feature columns; empty for every usable column but the label
 * @param excluded columns never used as features
 * @param fraction the share of rows sampled, if sampled by fraction
 * @param size the number of rows sampled, if sampled by size
 * @param stratified whether each label value is sampled in proportion
 * @param testFraction the share of the sample held out for evaluation
 * @param seed the sampling seed
 * @param metrics declared metrics by name, in declaration order
 * @param positiveLabel the positive class for binary AUC; {@code null} for the default
 * @param rowKey a column identifying rows (e.g. a customer id): the sample is drawn by its values
 *     instead of row numbers, and two runs' evaluation rows are matched by it; {@code null} for row
 *     numbers
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record TrainingSpec(
    ModelTask task,
    Trainer<?> trainer,
    FileDataset data,
    String dataDescription,
    String label,
    List<String> features,
    List<String> excluded,
    @Nullable Double fraction,
    @Nullable Long size,
    boolean stratified,
    double testFraction,
    long seed,
    Map<String, MetricSpec> metrics,
    @Nullable String positiveLabel,
    @Nullable String rowKey) {

  /** Default share of rows sampled. */
  public static final double DEFAULT_FRACTION = 0.1;

  /** Default share of the sample held out for evaluation. */
  public static final double DEFAULT_TEST_FRACTION = 0.2;

  /** Default seed. */
  public static final long DEFAULT_SEED = 42;

  public TrainingSpec {
    requireNonNull(task, "task");
    requireNonNull(trainer, "trainer");
    requireNonNull(data, "data");
    requireNonNull(label, "label");
    features = List.copyOf(features);
    excluded = List.copyOf(excluded);
    metrics = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(metrics));
  }

  /** Starts a spec for a classifier; the label column's values are the classes. */
  public static Builder classification(Trainer<Label> trainer) {
    return new Builder(ModelTask.CLASSIFICATION, trainer);
  }

  /** Starts a spec for a regressor; the label column must be numeric. */
  public static Builder regression(Trainer<Regressor> trainer) {
    return new Builder(ModelTask.REGRESSION, trainer);
  }

  /** Builds a {@link TrainingSpec}; start with {@link #classification} or {@link #regression}. */
  public static final class Builder {
    private final ModelTask task;
    private final Trainer<?> trainer;
    private @Nullable Dataset data;
    private @Nullable String dataDescription;
    private @Nullable RuntimeException dataProblem;
    private @Nullable String label;
    private final List<String> features = new ArrayList<>();
    private final List<String> excluded = new ArrayList<>();
    private @Nullable Double fraction;
    private @Nullable Long size;
    private boolean stratified;
    private double testFraction = DEFAULT_TEST_FRACTION;
    private long seed = DEFAULT_SEED;
    private final Map<String, MetricSpec> metrics = new LinkedHashMap<>();
    private @Nullable String positiveLabel;
    private @Nullable String rowKey;

    Builder(ModelTask task, Trainer<?> trainer) {
      this.task = task;
      this.trainer = requireNonNull(trainer, "trainer");
    }

    /** Trains on a file dataset (CSV, Parquet, JSON lines). */
    public Builder data(Dataset dataset) {
      this.data = requireNonNull(dataset, "dataset");
      this.dataDescription = dataset.name();
      return this;
    }

    /**
     * Trains on the dataset a suite file names, so that the regression test and the data
     * expectations read the same file (and the test is aborted when that suite fails).
     *
     * @param suiteResource the suite file's classpath resource name, e.g. {@code
     *     com/acme/churn.mltest.yaml}
     */
    public Builder suiteData(String suiteResource) {
      try {
        this.data = SuiteDatasets.resolve(suiteResource);
        this.dataDescription = "the dataset of suite " + suiteResource;
      } catch (IllegalArgumentException e) {
        this.dataProblem = e;
      }
      return this;
    }

    /** Trains on a data file found on the classpath, e.g. {@code com/acme/data/churn.csv}. */
    public Builder classpathData(String resource) {
      try {
        this.data = SuiteDatasets.classpathFile(resource);
        this.dataDescription = resource;
      } catch (IllegalArgumentException e) {
        this.dataProblem = e;
      }
      return this;
    }

    /** The label column. */
    public Builder label(String column) {
      this.label = requireNonNull(column, "column");
      return this;
    }

    /** The feature columns; without this call every usable column but the label is a feature. */
    public Builder features(String... columns) {
      features.addAll(Arrays.asList(columns));
      return this;
    }

    /** Columns never used as features, such as ids. */
    public Builder exclude(String... columns) {
      excluded.addAll(Arrays.asList(columns));
      return this;
    }

    /** Samples this share of the rows (0 < fraction ≤ 1). */
    public Builder sampleFraction(double share) {
      this.fraction = share;
      this.size = null;
      return this;
    }

    /** Samples this many rows (at most all of them). */
    public Builder sampleSize(long rows) {
      this.size = rows;
      this.fraction = null;
      return this;
    }

    /** Samples each label value in proportion to its share of the data. */
    public Builder stratified() {
      this.stratified = true;
      return this;
    }

    /** Holds out this share of the sample for evaluation (0 < share < 1); default 0.2. */
    public Builder testFraction(double share) {
      this.testFraction = share;
      return this;
    }

    /** The sampling seed; the same seed gives the same sample and the same metrics. */
    public Builder seed(long value) {
      this.seed = value;
      return this;
    }

    /** Declares a metric with its tolerances; replaces an earlier declaration of the same name. */
    public Builder metric(MetricSpec spec) {
      metrics.put(spec.name(), spec);
      return this;
    }

    /** Declares metrics judged by the baseline file and the defaults. */
    public Builder metrics(String... names) {
      for (String name : names) {
        metrics.putIfAbsent(name, MetricSpec.of(name));
      }
      return this;
    }

    /**
     * The positive class for binary AUC; by default {@code 1}, {@code true} or {@code yes} if
     * present.
     */
    public Builder positiveLabel(String value) {
      this.positiveLabel = requireNonNull(value, "value");
      return this;
    }

    /**
     * Draws the sample by the values of an identifying column (a customer or order id) instead of
     * row numbers: a row keeps its place in the training or evaluation set when rows are reordered,
     * added or removed, and the statistical comparison matches the evaluation rows of two runs by
     * it even when the data file changed. The column is also excluded from the features. Rows with
     * the same key land on the same side of the split.
     */
    public Builder rowKey(String column) {
      this.rowKey = requireNonNull(column, "column");
      if (!excluded.contains(column)) {
        excluded.add(column);
      }
      return this;
    }

    /**
     * The finished spec.
     *
     * @throws IllegalArgumentException naming what is missing or invalid
     */
    public TrainingSpec build() {
      if (dataProblem != null) {
        throw dataProblem;
      }
      if (data == null) {
        throw new IllegalArgumentException(
            "no data: call .data(Dataset.csv(path)), .suiteData(suiteResource) or .classpathData(resource)");
      }
      if (!(data instanceof FileDataset file)) {
        throw new IllegalArgumentException(
            ("regression tests train on file datasets (their SHA-256 is part of the baseline's"
                    + " lineage); write the in-memory table '%s' to a CSV file and use"
                    + " Dataset.csv(path)")
                .formatted(data.name()));
      }
      if (label == null || label.isBlank()) {
        throw new IllegalArgumentException("no label column: call .label(column)");
      }
      if (features.contains(label)) {
        throw new IllegalArgumentException(
            "the label column '%s' cannot also be a feature".formatted(label));
      }
      Double share = fraction == null && size == null ? (Double) DEFAULT_FRACTION : fraction;
      if (share != null && !(share > 0 && share <= 1)) {
        throw new IllegalArgumentException("sample fraction must be in (0, 1], not " + share);
      }
      if (size != null && size < 2) {
        throw new IllegalArgumentException("sample size must be at least 2, not " + size);
      }
      if (!(testFraction > 0 && testFraction < 1)) {
        throw new IllegalArgumentException("test fraction must be in (0, 1), not " + testFraction);
      }
      if (stratified && task == ModelTask.REGRESSION) {
        throw new IllegalArgumentException(
            "stratified sampling needs class labels; a regression label ('%s') is a number"
                .formatted(label));
      }
      for (String name : metrics.keySet()) {
        MetricCatalog.problem(name, task)
            .ifPresent(
                p -> {
                  throw new IllegalArgumentException(p);
                });
      }
      return new TrainingSpec(
          task,
          trainer,
          file,
          dataDescription == null ? file.name() : dataDescription,
          label,
          features,
          excluded,
          share,
          size,
          stratified,
          testFraction,
          seed,
          metrics,
          positiveLabel,
          rowKey);
    }
  }
}
