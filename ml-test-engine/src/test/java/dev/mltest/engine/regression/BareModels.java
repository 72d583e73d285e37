package dev.mltest.engine.regression;

import dev.mltest.data.Dataset;
import dev.mltest.engine.RegressionTest;
import dev.mltest.regression.MetricSpec;
import dev.mltest.regression.TrainingSpec;
import org.tribuo.classification.dtree.CARTClassificationTrainer;

/** Regression tests without declared metrics, and with an impossible bound. */
public class BareModels {

  /** Writes the churn data these models train on, for tests outside this package. */
  public static void writeData(java.nio.file.Path directory) throws java.io.IOException {
    ChurnModels.data = ChurnFiles.write(directory.resolve("churn.csv"), 2_000);
  }

  @RegressionTest
  TrainingSpec bare() {
    return TrainingSpec.classification(new CARTClassificationTrainer(4))
        .data(Dataset.csv(ChurnModels.data))
        .label("churned")
        .features("age", "tenure_months", "support_calls")
        .sampleSize(800)
        .build();
  }

  @RegressionTest(metrics = {"accuracy", "macroF1"})
  TrainingSpec bounded() {
    return TrainingSpec.classification(new CARTClassificationTrainer(4))
        .data(Dataset.csv(ChurnModels.data))
        .label("churned")
        .features("age", "tenure_months", "support_calls")
        .sampleSize(800)
        .metric(MetricSpec.of("accuracy").min(0.99))
        .build();
  }
}
