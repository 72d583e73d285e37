package dev.mltest.examples.pipeline;

import dev.mltest.data.Dataset;
import dev.mltest.regression.Baseline;
import dev.mltest.regression.BaselineStore;
import dev.mltest.regression.MetricCriteria;
import dev.mltest.regression.ModelEvaluation;
import dev.mltest.regression.SampleTraining;
import dev.mltest.regression.TrainingSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.transform.TransformTrainer;
import org.tribuo.transform.TransformationMap;
import org.tribuo.transform.transformations.MeanStdDevTransformation;

/**
 * The churn model's training pipeline: load the customer export, standardize the numeric features,
 * train a logistic regression on a seeded, stratified sample, evaluate it on held-out rows, and
 * write the model with a {@code model.json} holding its metrics and lineage (data SHA-256, sample,
 * seed, trainer configuration, git commit), so the artifact is traceable.
 *
 * <pre>
 * java dev.mltest.examples.pipeline.ChurnPipeline data/telco-churn.csv target/model
 * </pre>
 */
public final class ChurnPipeline {
  private ChurnPipeline() {}

  /** What the pipeline trains: the same definition the regression tests guard. */
  public static TrainingSpec spec(Path churnCsv, double sampleFraction, long seed) {
    // Standardized numeric features: SGD on raw charges (tens to thousands) barely converges.
    var standardize =
        new TransformationMap(
            Map.of(
                "tenure_months", List.of(new MeanStdDevTransformation()),
                "monthly_charges", List.of(new MeanStdDevTransformation()),
                "total_charges", List.of(new MeanStdDevTransformation()),
                "support_tickets", List.of(new MeanStdDevTransformation())));
    return TrainingSpec.classification(
            new TransformTrainer<>(new LogisticRegressionTrainer(), standardize))
        .data(Dataset.csv(churnCsv))
        .label("churned")
        .exclude("customer_id")
        .sampleFraction(sampleFraction)
        .stratified()
        .testFraction(0.25)
        .seed(seed)
        .build();
  }

  /** Loads, samples, trains and evaluates. */
  public static ModelEvaluation trainAndEvaluate(Path churnCsv, double sampleFraction, long seed) {
    return SampleTraining.run(spec(churnCsv, sampleFraction, seed));
  }

  /**
   * Writes {@code model.tribuo} (Tribuo's format) and {@code model.json} (metrics and lineage) into
   * the folder.
   *
   * @return the two files
   */
  public static List<Path> writeModel(ModelEvaluation evaluation, Path folder) throws IOException {
    if (evaluation.model() == null) {
      throw new IllegalArgumentException("the evaluation did not keep its trained model");
    }
    Files.createDirectories(folder);
    Path model = folder.resolve("model.tribuo");
    evaluation.model().serializeToFile(model);
    List<MetricCriteria> criteria = new ArrayList<>();
    for (String metric : evaluation.metrics().keySet()) {
      try {
        criteria.add(MetricCriteria.resolve(metric, null, null));
      } catch (IllegalArgumentException noKnownDirection) {
        // A metric without a well-known direction is kept out of model.json rather than guessed.
      }
    }
    Path json = folder.resolve("model.json");
    Files.writeString(
        json, BaselineStore.toJson(Baseline.of("churn-pipeline", evaluation, criteria)));
    return List.of(model, json);
  }

  /** Trains on {@code args[0]} (a churn CSV) and writes the model into {@code args[1]}. */
  public static void main(String[] args) throws IOException {
    Path data =
        Path.of(
            args.length > 0
                ? args[0]
                : "src/test/resources/dev/mltest/examples/data/telco-churn.csv");
    Path out = Path.of(args.length > 1 ? args[1] : "target/model");
    ModelEvaluation evaluation = trainAndEvaluate(data, 0.05, 42);
    List<Path> files = writeModel(evaluation, out);
    System.out.println("metrics: " + evaluation.metrics());
    System.out.println("wrote " + files);
  }
}
