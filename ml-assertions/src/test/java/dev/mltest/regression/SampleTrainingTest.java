package dev.mltest.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.mltest.data.Dataset;
import dev.mltest.lineage.ModelProvenance;
import dev.mltest.lineage.RunProvenance;
import dev.mltest.lineage.SampleDefinition;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.ensemble.VotingCombiner;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.regression.rtree.CARTRegressionTrainer;

class SampleTrainingTest {
  @TempDir static Path dir;
  static Path churn;

  @BeforeAll
  static void data() throws IOException {
    churn = ChurnData.write(dir.resolve("churn.csv"), 20_000, 7);
  }

  private static TrainingSpec.Builder classification(Trainer<Label> trainer) {
    return TrainingSpec.classification(trainer)
        .data(Dataset.csv(churn))
        .label("churned")
        .exclude("customer_id", "spend")
        .sampleFraction(0.1)
        .stratified()
        .seed(42);
  }

  private static Trainer<Label> randomForest() {
    return new RandomForestTrainer<>(
        new CARTClassificationTrainer(6, 0.5f, 3L), new VotingCombiner(), 10, 11L);
  }

  @Test
  void logisticRegressionIsDeterministic() {
    ModelEvaluation first =
        SampleTraining.run(classification(new LogisticRegressionTrainer()).build());
    ModelEvaluation second =
        SampleTraining.run(classification(new LogisticRegressionTrainer()).build());
    assertThat(first.metrics()).isNotEmpty().isEqualTo(second.metrics());
    assertThat(first.lineage().changesFrom(second.lineage())).isEmpty();
  }

  @Test
  void reusingOneTrainerGivesTheSameMetrics() {
    LogisticRegressionTrainer trainer = new LogisticRegressionTrainer();
    TrainingSpec spec = classification(trainer).build();
    assertThat(SampleTraining.run(spec).metrics()).isEqualTo(SampleTraining.run(spec).metrics());
  }

  @Test
  void cartIsDeterministic() {
    ModelEvaluation first =
        SampleTraining.run(classification(new CARTClassificationTrainer(6)).build());
    ModelEvaluation second =
        SampleTraining.run(classification(new CARTClassificationTrainer(6)).build());
    assertThat(first.metrics()).isEqualTo(second.metrics());
  }

  @Test
  void randomForestIsDeterministic() {
    ModelEvaluation first = SampleTraining.run(classification(randomForest()).build());
    ModelEvaluation second = SampleTraining.run(classification(randomForest()).build());
    assertThat(first.metrics())
        .containsKeys("auc", "logLoss", "brierScore")
        .isEqualTo(second.metrics());
  }

  @Test
  void anotherSeedDrawsAnotherSample() {
    ModelEvaluation a =
        SampleTraining.run(classification(new CARTClassificationTrainer(6)).build());
    ModelEvaluation b =
        SampleTraining.run(classification(new CARTClassificationTrainer(6)).seed(43).build());
    assertThat(a.metrics()).isNotEqualTo(b.metrics());
    assertThat(b.lineage().changesFrom(a.lineage())).containsExactly("seed 42 → 43");
  }

  @Test
  void computesTheDefaultClassificationMetricsWithLineage() {
    ModelEvaluation evaluation =
        SampleTraining.run(classification(new LogisticRegressionTrainer()).build());
    // A scored binary classifier: ranking and two proper scoring rules, no 0.5-threshold metrics.
    assertThat(evaluation.metrics()).containsOnlyKeys("auc", "logLoss", "brierScore");
    RegressionAssertions.assertThat(evaluation)
        .hasMetricAtLeast("auc", 0.6)
        .hasMetricAtMost("logLoss", 5)
        .hasMetricAtMost("brierScore", 0.25);
    ModelProvenance lineage = evaluation.lineage();
    assertThat(lineage.trainRows() + lineage.testRows()).isEqualTo(2_000);
    assertThat(lineage.testRows()).isBetween(395L, 405L);
    assertThat(lineage.sample().features())
        .containsExactly("age", "tenure_months", "monthly_charges", "contract", "support_calls");
    assertThat(lineage.data()).singleElement().satisfies(f -> assertThat(f.sha256()).hasSize(64));
    assertThat(lineage.trainer().className()).endsWith("LogisticRegressionTrainer");
    assertThat(lineage.trainer().parameters())
        .containsKey("epochs")
        .doesNotContainKey("train-invocation-count");
    assertThat(lineage.run().environment().versions())
        .containsKeys("tribuo", "duckdb", "mltest", "java");
    assertThat(lineage.run().environment())
        .as("a baseline records the versions a report of the same run records")
        .isEqualTo(RunProvenance.probe(variable -> null).environment());
    assertThat(evaluation.model()).isNotNull();
  }

  @Test
  void stratifiedSamplingKeepsTheLabelSharesInTrainingAndTestRows() throws Exception {
    TrainingSpec spec = classification(new LogisticRegressionTrainer()).build();
    SampledData sample =
        TrainingSampler.sample(
            spec,
            features ->
                new SampleDefinition(
                    "churned", features, 0.1, null, true, 0.2, SampleDefinition.ALGORITHM));
    long yes;
    long all;
    try (java.sql.Connection c = java.sql.DriverManager.getConnection("jdbc:duckdb:");
        java.sql.Statement s = c.createStatement();
        java.sql.ResultSet rs =
            s.executeQuery(
                "SELECT count(*) FILTER (churned = 'yes'), count(*) FROM read_csv('%s', types = {'churned': 'VARCHAR'})"
                    .formatted(churn))) {
      rs.next();
      yes = rs.getLong(1);
      all = rs.getLong(2);
    }
    assertThat(share(sample.train(), "yes"))
        .isCloseTo((double) yes / all, org.assertj.core.data.Offset.offset(0.002));
    assertThat(share(sample.test(), "yes"))
        .isCloseTo((double) yes / all, org.assertj.core.data.Offset.offset(0.003));
  }

  private static double share(org.tribuo.MutableDataset<?> dataset, String label) {
    long count = 0;
    for (org.tribuo.Example<?> example : dataset) {
      if (example.getOutput().toString().startsWith(label)) {
        count++;
      }
    }
    return (double) count / dataset.size();
  }

  @Test
  void perClassMetrics() {
    ModelEvaluation evaluation =
        SampleTraining.run(
            classification(new LogisticRegressionTrainer())
                .metrics("recall[yes]", "f1[no]")
                .build());
    assertThat(evaluation.metrics()).containsOnlyKeys("recall[yes]", "f1[no]");
  }

  @Test
  void sampleSizeIsExactWithoutStratification() {
    ModelEvaluation evaluation =
        SampleTraining.run(
            TrainingSpec.classification(new CARTClassificationTrainer(4))
                .data(Dataset.csv(churn))
                .label("churned")
                .features("age", "support_calls")
                .sampleSize(1_000)
                .testFraction(0.25)
                .build());
    assertThat(evaluation.lineage().trainRows()).isEqualTo(750);
    assertThat(evaluation.lineage().testRows()).isEqualTo(250);
  }

  @Test
  void regressionMetrics() {
    ModelEvaluation evaluation =
        SampleTraining.run(
            TrainingSpec.regression(new CARTRegressionTrainer(6))
                .data(Dataset.csv(churn))
                .label("spend")
                .features("age", "tenure_months", "monthly_charges")
                .sampleFraction(0.1)
                .build());
    assertThat(evaluation.metrics()).containsOnlyKeys("rmse", "mae", "r2");
    RegressionAssertions.assertThat(evaluation).hasMetricAtLeast("r2", 0.8);
  }

  @Test
  void unavailableMetricsSayWhy() {
    ModelEvaluation evaluation =
        SampleTraining.run(
            classification(new LogisticRegressionTrainer()).metrics("f1[maybe]").build());
    assertThat(evaluation.whyUnavailable("f1[maybe]"))
        .hasValue("no class 'maybe' among the trained classes [no, yes]");
  }

  @Test
  void theBrierScoreIsForBinaryLabelsOnly() {
    ModelEvaluation evaluation =
        SampleTraining.run(
            TrainingSpec.classification(new LogisticRegressionTrainer())
                .data(Dataset.csv(churn))
                .label("contract")
                .exclude("customer_id", "spend", "churned")
                .sampleFraction(0.1)
                .seed(42)
                .metrics("logLoss", "brierScore")
                .build());
    assertThat(evaluation.metrics()).containsOnlyKeys("logLoss");
    assertThat(evaluation.whyUnavailable("brierScore"))
        .hasValue(
            "the Brier score is computed for binary labels; the label has 3 classes"
                + " [monthly, two-year, yearly]");
  }

  @Test
  void unknownColumnsGetASuggestion() {
    assertThatThrownBy(
            () ->
                SampleTraining.run(
                    classification(new LogisticRegressionTrainer())
                        .features("tenure_month")
                        .build()))
        .isInstanceOf(RegressionRunException.class)
        .hasMessageStartingWith(
            "feature column 'tenure_month' is not in churn.csv; did you mean 'tenure_months'?");
    assertThatThrownBy(
            () ->
                SampleTraining.run(
                    TrainingSpec.classification(new LogisticRegressionTrainer())
                        .data(Dataset.csv(churn))
                        .label("churn")
                        .build()))
        .hasMessageContaining("label column 'churn' is not in churn.csv; did you mean 'churned'?");
  }

  @Test
  void invalidSpecsAreExplained() {
    assertThatThrownBy(
            () -> TrainingSpec.classification(new LogisticRegressionTrainer()).label("x").build())
        .hasMessageStartingWith("no data:");
    assertThatThrownBy(
            () -> classification(new LogisticRegressionTrainer()).sampleFraction(1.5).build())
        .hasMessage("sample fraction must be in (0, 1], not 1.5");
    assertThatThrownBy(
            () -> classification(new LogisticRegressionTrainer()).metrics("acuracy").build())
        .hasMessageContaining("unknown metric 'acuracy'; did you mean 'accuracy'?");
    assertThatThrownBy(
            () ->
                TrainingSpec.regression(new CARTRegressionTrainer())
                    .data(Dataset.csv(churn))
                    .label("spend")
                    .stratified()
                    .build())
        .hasMessageContaining("stratified sampling needs class labels");
    assertThatThrownBy(
            () ->
                classification(new LogisticRegressionTrainer())
                    .data(Dataset.table("t").build())
                    .build())
        .hasMessageContaining("write the in-memory table 't' to a CSV file");
  }

  @Test
  void aMissingFileIsNamed() {
    assertThatThrownBy(
            () ->
                SampleTraining.run(
                    classification(new LogisticRegressionTrainer())
                        .data(Dataset.csv(dir.resolve("nope.csv")))
                        .build()))
        .isInstanceOf(RegressionRunException.class)
        .hasMessageContaining("data file not found")
        .hasMessageContaining("nope.csv");
  }
}
