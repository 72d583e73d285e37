package dev.mltest.engine.regression;

import dev.mltest.data.Dataset;
import dev.mltest.engine.RegressionTest;
import dev.mltest.regression.TrainingSpec;
import java.nio.file.Path;
import java.util.List;
import org.tribuo.classification.baseline.DummyClassifierTrainer;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.AdaGrad;

/**
 * A regression test whose pipeline the engine tests change the ways pull requests do: the data
 * file, the feature list, the trainer's settings, the evaluation protocol. Not named *Test, so
 * Surefire leaves it alone.
 */
public class ChangingModels {
  static Path data;
  static List<String> excluded = List.of();
  static int epochs = 5;
  static long seed = 42;
  static double fraction = 0.4;
  static boolean dummy;

  static void reset(Path file) {
    data = file;
    excluded = List.of();
    epochs = 5;
    seed = 42;
    fraction = 0.4;
    dummy = false;
  }

  @RegressionTest(metrics = {"accuracy", "auc", "logLoss"})
  TrainingSpec churn() {
    TrainingSpec.Builder spec =
        dummy
            ? TrainingSpec.classification(DummyClassifierTrainer.createMostFrequentTrainer())
            : TrainingSpec.classification(
                new LinearSGDTrainer(
                    new LogMulticlass(), new AdaGrad(1.0, 0.1), epochs, 1000, 1, 12345L));
    return spec.data(Dataset.csv(data))
        .label("churned")
        .rowKey("customer_id")
        .exclude(excluded.toArray(String[]::new))
        .sampleFraction(fraction)
        .stratified()
        .seed(seed)
        .build();
  }
}
