package dev.mltest.engine.regression;

import dev.mltest.data.Dataset;
import dev.mltest.engine.RegressionTest;
import dev.mltest.regression.TrainingSpec;
import org.tribuo.classification.dtree.CARTClassificationTrainer;

/** Regression tests written wrongly, for the engine's bad-input tests. */
public class BrokenModels {

  @RegressionTest(metrics = {"accuracy", "acuracy", "rmse"})
  TrainingSpec typo() {
    return TrainingSpec.classification(new CARTClassificationTrainer(3))
        .data(Dataset.csv(ChurnModels.data))
        .label("churned")
        .features("age", "support_calls")
        .sampleSize(500)
        .build();
  }

  @RegressionTest(metrics = "accuracy")
  String wrongReturnType() {
    return "not a spec";
  }
}
