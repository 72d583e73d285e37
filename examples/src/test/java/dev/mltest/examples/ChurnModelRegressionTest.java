package dev.mltest.examples;

import dev.mltest.engine.RegressionTest;
import dev.mltest.regression.MetricSpec;
import dev.mltest.regression.TrainingSpec;
import java.util.List;
import java.util.Map;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.transform.TransformTrainer;
import org.tribuo.transform.TransformationMap;
import org.tribuo.transform.transformations.MeanStdDevTransformation;

/**
 * Sample-training regression tests: each method trains on a seeded 5% sample of the churn data that
 * {@code churn.mltest.yaml} checks, and every metric is compared with the committed baseline next
 * to this class ({@code ChurnModelRegressionTest.<method>.baseline.json}).
 */
class ChurnModelRegressionTest {

  /**
   * Columns a pipeline change drops (comma-separated system property {@code churn.pipeline.drop}):
   * the {@code worse-model} profile drops the two strongest features, as a careless pull request
   * would, and the tests fail with {@code REGRESSION}.
   */
  static String[] droppedColumns() {
    String drop = System.getProperty("churn.pipeline.drop", "").trim();
    return drop.isEmpty() ? new String[0] : drop.split("\\s*,\\s*");
  }

  /** The shared part: data, label, sample and seed. */
  private static TrainingSpec.Builder churnSample(TrainingSpec.Builder builder) {
    return builder
        .suiteData("dev/mltest/examples/churn.mltest.yaml")
        .label("churned")
        .rowKey("customer_id")
        .exclude(droppedColumns())
        .sampleFraction(0.05)
        .stratified()
        .testFraction(0.25)
        .seed(42);
  }

  @RegressionTest(metrics = {"accuracy", "macroF1", "auc", "logLoss", "recall[yes]"})
  TrainingSpec logisticRegression() {
    // Standardized numeric features: SGD on raw charges (tens to thousands) would barely converge.
    // (One-hot string features are left alone: their present values are all 1.)
    var standardize =
        new TransformationMap(
            Map.of(
                "tenure_months", List.of(new MeanStdDevTransformation()),
                "monthly_charges", List.of(new MeanStdDevTransformation()),
                "total_charges", List.of(new MeanStdDevTransformation()),
                "support_tickets", List.of(new MeanStdDevTransformation())));
    return churnSample(
            TrainingSpec.classification(
                new TransformTrainer<>(new LogisticRegressionTrainer(), standardize)))
        .metric(MetricSpec.of("accuracy").absTol(0.02).min(0.7))
        .metric(MetricSpec.of("auc").absTol(0.02).min(0.75))
        .build();
  }

  @RegressionTest(metrics = {"accuracy", "macroF1", "auc"})
  TrainingSpec randomForest() {
    var forest =
        new RandomForestTrainer<>(
            new CARTClassificationTrainer(8, 0.6f, 7L), new VotingCombiner(), 25, 7L);
    return churnSample(TrainingSpec.classification(forest))
        .metric(MetricSpec.of("accuracy").absTol(0.02))
        .build();
  }
}
