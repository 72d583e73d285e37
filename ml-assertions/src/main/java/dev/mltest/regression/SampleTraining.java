package dev.mltest.regression;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import dev.mltest.lineage.CodeProvenance;
import dev.mltest.lineage.DatasetFingerprints;
import dev.mltest.lineage.DatasetProvenance;
import dev.mltest.lineage.EnvironmentProvenance;
import dev.mltest.lineage.ModelProvenance;
import dev.mltest.lineage.RunProvenance;
import dev.mltest.lineage.SampleDefinition;
import dev.mltest.lineage.TrainerConfiguration;
import dev.mltest.logging.QuietLibraries;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.apiguardian.api.API;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.regression.Regressor;

/**
 * Runs a sample-training regression test's expensive part once: fingerprints the data, draws the
 * seeded sample with DuckDB, converts it to Tribuo datasets, trains, evaluates with Tribuo's
 * evaluators and records the lineage.
 *
 * <pre>{@code
 * ModelEvaluation evaluation = SampleTraining.run(spec);
 * double accuracy = evaluation.metric("accuracy").orElseThrow();
 * }</pre>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SampleTraining {
  private static final System.Logger LOG = System.getLogger(SampleTraining.class.getName());

  private SampleTraining() {}

  /** Trains and evaluates, computing the declared metrics (or the task's defaults if none). */
  public static ModelEvaluation run(TrainingSpec spec) {
    return run(spec, List.of());
  }

  /**
   * Trains and evaluates, computing the declared metrics and {@code moreMetrics} (or the task's
   * defaults if both are empty).
   *
   * @throws RegressionRunException if the data cannot be read or the trainer fails
   */
  public static ModelEvaluation run(TrainingSpec spec, Collection<String> moreMetrics) {
    QuietLibraries.apply();
    long start = System.nanoTime();
    if (!java.nio.file.Files.isRegularFile(spec.data().path())) {
      throw new RegressionRunException(
          "data file not found: %s (%s)"
              .formatted(spec.data().path().toAbsolutePath(), spec.dataDescription()));
    }
    DatasetProvenance data = fingerprint(spec.data().path());
    TrainerConfiguration trainerConfiguration = TrainerProvenances.configuration(spec.trainer());
    SampledData sample =
        TrainingSampler.sample(
            spec,
            features ->
                new SampleDefinition(
                    spec.label(),
                    features,
                    spec.fraction(),
                    spec.size(),
                    spec.stratified(),
                    spec.testFraction(),
                    SampleDefinition.algorithm(spec.rowKey())));
    if (sample.train().size() == 0 || sample.test().size() == 0) {
      throw new RegressionRunException(
          "the sample of %s has %d training and %d test rows; sample more rows or change the test fraction"
              .formatted(spec.data().name(), sample.train().size(), sample.test().size()));
    }
    long sampled = System.nanoTime();
    Model<?> model = train(spec.trainer(), sample.train());
    long trained = System.nanoTime();
    Set<String> names = new LinkedHashSet<>(spec.metrics().keySet());
    names.addAll(moreMetrics);
    MetricValues values = evaluate(spec, model, sample.test(), names);
    EvaluationRows rows = rows(spec, model, sample);
    long evaluated = System.nanoTime();
    ModelProvenance lineage =
        new ModelProvenance(
            new RunProvenance(
                CodeProvenance.current(), EnvironmentProvenance.current(), List.of(data)),
            new SampleDefinition(
                spec.label(),
                sample.features(),
                spec.fraction(),
                spec.size(),
                spec.stratified(),
                spec.testFraction(),
                SampleDefinition.algorithm(spec.rowKey())),
            spec.seed(),
            trainerConfiguration,
            sample.train().size(),
            sample.test().size());
    Timings timings =
        new Timings(
            (sampled - start) / 1_000_000,
            (trained - sampled) / 1_000_000,
            (evaluated - trained) / 1_000_000);
    LOG.log(
        System.Logger.Level.DEBUG,
        () ->
            "%s: sampled %d+%d rows in %d ms, trained in %d ms, evaluated in %d ms"
                .formatted(
                    spec.data().name(),
                    lineage.trainRows(),
                    lineage.testRows(),
                    timings.sampleMillis(),
                    timings.trainMillis(),
                    timings.evaluateMillis()));
    return new ModelEvaluation(
        spec.task(),
        values.values(),
        values.unavailable(),
        spec.metrics(),
        lineage,
        timings,
        model,
        rows);
  }

  /** Each evaluation row with its key, truth and prediction (what the metrics were computed on). */
  @SuppressWarnings("unchecked")
  private static EvaluationRows rows(TrainingSpec spec, Model<?> model, SampledData sample) {
    List<String> keys = sample.testKeys();
    List<EvaluationRows.Row> rows = new ArrayList<>(keys.size());
    if (spec.task() == ModelTask.CLASSIFICATION) {
      Model<Label> classifier = (Model<Label>) model;
      Set<String> classes = new java.util.TreeSet<>();
      classifier.getOutputIDInfo().getDomain().forEach(l -> classes.add(l.getLabel()));
      String positive =
          classifier.generatesProbabilities() && classes.size() == 2
              ? ClassificationMetrics.positive(classes, spec.positiveLabel())
              : null;
      List<org.tribuo.Prediction<Label>> predictions =
          classifier.predict((MutableDataset<Label>) sample.test());
      for (int i = 0; i < predictions.size(); i++) {
        org.tribuo.Prediction<Label> p = predictions.get(i);
        String truth = p.getExample().getOutput().getLabel();
        double positiveScore = Double.NaN;
        double truthScore = Double.NaN;
        if (classifier.generatesProbabilities()) {
          Label t = p.getOutputScores().get(truth);
          truthScore = t == null ? 0 : t.getScore();
          if (positive != null) {
            Label s = p.getOutputScores().get(positive);
            positiveScore = s == null ? 0 : s.getScore();
          }
        }
        rows.add(
            new EvaluationRows.Row(
                keys.get(i), truth, p.getOutput().getLabel(), positiveScore, truthScore));
      }
      return new EvaluationRows(spec.task(), positive, rows);
    }
    List<org.tribuo.Prediction<Regressor>> predictions =
        ((Model<Regressor>) model).predict((MutableDataset<Regressor>) sample.test());
    for (int i = 0; i < predictions.size(); i++) {
      org.tribuo.Prediction<Regressor> p = predictions.get(i);
      rows.add(
          new EvaluationRows.Row(
              keys.get(i),
              Double.toString(p.getExample().getOutput().getValues()[0]),
              Double.toString(p.getOutput().getValues()[0]),
              Double.NaN,
              Double.NaN));
    }
    return new EvaluationRows(spec.task(), null, rows);
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Model<?> train(Trainer<?> trainer, MutableDataset<?> train) {
    try {
      // Invocation 0: the same trainer configuration gives the same model, however often it ran.
      return ((Trainer) trainer).train(train, Map.of(), 0);
    } catch (RuntimeException e) {
      throw new RegressionRunException(
          "training %s failed: %s".formatted(trainer.getClass().getSimpleName(), e), e);
    }
  }

  @SuppressWarnings("unchecked")
  private static MetricValues evaluate(
      TrainingSpec spec, Model<?> model, MutableDataset<?> test, Set<String> requested) {
    try {
      if (spec.task() == ModelTask.CLASSIFICATION) {
        Model<Label> classifier = (Model<Label>) model;
        List<String> names =
            requested.isEmpty()
                ? ClassificationMetrics.defaults(classifier)
                : new ArrayList<>(requested);
        return ClassificationMetrics.evaluate(
            classifier, (MutableDataset<Label>) test, names, spec.positiveLabel());
      }
      List<String> names =
          requested.isEmpty() ? RegressionMetrics.defaults() : new ArrayList<>(requested);
      return RegressionMetrics.evaluate(
          (Model<Regressor>) model, (MutableDataset<Regressor>) test, names);
    } catch (RuntimeException e) {
      throw new RegressionRunException("evaluating the model failed: " + e, e);
    }
  }

  private static DatasetProvenance fingerprint(Path file) {
    try {
      return DatasetFingerprints.shared().of(file);
    } catch (UncheckedIOException e) {
      // UncheckedIOException's constructors require a cause.
      IOException cause = Objects.requireNonNull(e.getCause());
      throw new RegressionRunException(
          "cannot read data file %s: %s"
              .formatted(file, Objects.requireNonNullElse(cause.getMessage(), cause.toString())),
          e);
    }
  }
}
