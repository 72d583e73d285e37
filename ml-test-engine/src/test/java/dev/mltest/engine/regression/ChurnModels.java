package dev.mltest.engine.regression;

import dev.mltest.data.Dataset;
import dev.mltest.engine.RegressionTest;
import dev.mltest.regression.MetricSpec;
import dev.mltest.regression.TrainingSpec;
import java.nio.file.Path;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;

/** Regression tests run by the engine tests (not named *Test, so Surefire leaves them alone). */
public class ChurnModels {
  static Path data;
  static long seed = 42;

  @RegressionTest(metrics = {"accuracy", "macroF1", "auc"})
  TrainingSpec logistic() {
    return TrainingSpec.classification(new LogisticRegressionTrainer())
        .data(Dataset.csv(data))
        .label("churned")
        .exclude("customer_id")
        .sampleFraction(0.2)
        .stratified()
        .seed(seed)
        .metric(MetricSpec.of("accuracy").absTol(0.01).relTol(0))
        .build();
  }

  @RegressionTest(metrics = {"accuracy"})
  static TrainingSpec.Builder tree() {
    return TrainingSpec.classification(new CARTClassificationTrainer(5))
        .data(Dataset.csv(data))
        .label("churned")
        .features("age", "tenure_months", "support_calls")
        .sampleSize(1_000)
        .seed(seed);
  }
}
