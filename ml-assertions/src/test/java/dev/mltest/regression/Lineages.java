package dev.mltest.regression;

import java.util.List;
import java.util.Map;

/** Lineages for tests. */
final class Lineages {
  private Lineages() {}

  static Lineage sample() {
    return new Lineage(
        List.of(new DataFile("data/churn.csv", "a".repeat(64), 1234)),
        new SampleDefinition(
            "churned", List.of("age", "tenure"), 0.05, null, true, 0.2, SampleDefinition.ALGORITHM),
        42,
        new TrainerConfiguration(
            "org.tribuo.classification.sgd.linear.LogisticRegressionTrainer",
            Map.of("epochs", "5", "seed", "12345")),
        new GitState("0123456789abcdef", false),
        Map.of("tribuo", "4.3.2", "duckdb", "v1.5.0"),
        800,
        200);
  }
}
