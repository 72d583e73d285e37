package dev.mltest.regression;

import dev.mltest.lineage.CodeProvenance;
import dev.mltest.lineage.DatasetProvenance;
import dev.mltest.lineage.EnvironmentProvenance;
import dev.mltest.lineage.ModelProvenance;
import dev.mltest.lineage.RunProvenance;
import dev.mltest.lineage.SampleDefinition;
import dev.mltest.lineage.TrainerConfiguration;
import java.util.List;
import java.util.Map;

/** Lineages for tests. */
final class Lineages {
  private Lineages() {}

  static ModelProvenance sample() {
    return new ModelProvenance(
        new RunProvenance(
            new CodeProvenance("0123456789abcdef", false, null),
            new EnvironmentProvenance(Map.of("tribuo", "4.3.2", "duckdb", "v1.5.0")),
            List.of(new DatasetProvenance("data/churn.csv", "a".repeat(64), 1234))),
        new SampleDefinition(
            "churned", List.of("age", "tenure"), 0.05, null, true, 0.2, SampleDefinition.ALGORITHM),
        42,
        new TrainerConfiguration(
            "org.tribuo.classification.sgd.linear.LogisticRegressionTrainer",
            Map.of("epochs", "5", "seed", "12345")),
        800,
        200);
  }
}
