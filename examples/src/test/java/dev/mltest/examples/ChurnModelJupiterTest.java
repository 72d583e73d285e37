package dev.mltest.examples;

import static dev.mltest.regression.RegressionAssertions.assertThat;

import dev.mltest.regression.Baseline;
import dev.mltest.regression.BaselineComparison;
import dev.mltest.regression.BaselineStore;
import dev.mltest.regression.ModelEvaluation;
import dev.mltest.regression.SampleTraining;
import dev.mltest.regression.TrainingSpec;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tribuo.classification.dtree.CARTClassificationTrainer;

/** The same comparison from a plain JUnit Jupiter test, through the AssertJ entry point. */
class ChurnModelJupiterTest {
  private static final Path BASELINE =
      Path.of("src/test/resources/dev/mltest/examples/decision-tree.baseline.json");

  @Test
  void decisionTreeHasNoRegression() {
    TrainingSpec spec =
        TrainingSpec.classification(new CARTClassificationTrainer(6))
            .suiteData("dev/mltest/examples/churn.mltest.yaml")
            .label("churned")
            .exclude("customer_id")
            .sampleFraction(0.05)
            .stratified()
            .seed(42)
            .metrics("accuracy", "macroF1")
            .build();
    ModelEvaluation evaluation = SampleTraining.run(spec);
    assertThat(evaluation).hasMetricAtLeast("accuracy", 0.65);
    if (Boolean.getBoolean("mltest.baseline.update")) {
      // The same switch as the engine's: write the reviewed values as the new baseline.
      BaselineStore.write(
          BASELINE,
          Baseline.of(
              "ChurnModelJupiterTest#decisionTree",
              evaluation,
              BaselineComparison.compare(evaluation, null).criteria()));
    }
    assertThat(evaluation)
        .comparedTo(BaselineStore.read(BASELINE))
        .hasNoRegression()
        .isComparable();
  }
}
