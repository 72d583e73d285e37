package dev.mltest.regression;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.mltest.data.Dataset;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tribuo.classification.sgd.linear.LogisticRegressionTrainer;
import org.tribuo.regression.rtree.CARTRegressionTrainer;

/** The evaluation rows a run exposes, their file next to the baseline, and row-key sampling. */
class EvaluationRowsTest {
  @TempDir static Path dir;
  static Path churn;
  static Path shuffled;

  @BeforeAll
  static void data() throws IOException {
    churn = ChurnData.write(dir.resolve("churn.csv"), 8_000, 3);
    List<String> lines = Files.readAllLines(churn, StandardCharsets.UTF_8);
    List<String> body = new ArrayList<>(lines.subList(1, lines.size()));
    Collections.shuffle(body, new Random(5));
    body.add(0, lines.get(0));
    shuffled = Files.write(dir.resolve("shuffled.csv"), body, StandardCharsets.UTF_8);
  }

  private static TrainingSpec.Builder spec(Path data) {
    return TrainingSpec.classification(new LogisticRegressionTrainer())
        .data(Dataset.csv(data))
        .label("churned")
        .exclude("spend")
        .sampleFraction(0.2)
        .stratified();
  }

  @Test
  void aRunExposesItsEvaluationRowsAndTheyReproduceItsMetrics() {
    ModelEvaluation evaluation =
        SampleTraining.run(
            spec(churn)
                .exclude("customer_id")
                .metrics("accuracy", "macroF1", "microF1", "auc", "logLoss")
                .build());
    EvaluationRows rows = evaluation.rows();
    assertThat(rows.size()).isEqualTo(evaluation.lineage().testRows());
    assertThat(rows.positiveLabel()).isEqualTo("yes");
    assertThat(rows.rows()).allSatisfy(r -> assertThat(r.key()).containsOnlyDigits());
    RowMetrics metrics = RowMetrics.of(rows);
    for (String metric : List.of("accuracy", "macroF1", "microF1", "auc", "logLoss")) {
      assertThat(metrics.value(metric, metrics.all()))
          .as(metric)
          .isCloseTo(evaluation.metric(metric).orElseThrow(), within(1e-9));
    }
  }

  @Test
  void theBrierScoreIsTheMeanSquaredErrorOfThePositiveClassProbability() {
    ModelEvaluation evaluation =
        SampleTraining.run(spec(churn).exclude("customer_id").metrics("auc", "brierScore").build());
    EvaluationRows rows = evaluation.rows();
    double sum = 0;
    for (EvaluationRows.Row row : rows.rows()) {
      double outcome = row.truth().equals(rows.positiveLabel()) ? 1 : 0;
      sum += (row.positiveScore() - outcome) * (row.positiveScore() - outcome);
    }
    double expected = sum / rows.size();
    assertThat(evaluation.metric("brierScore")).hasValueCloseTo(expected, within(1e-12));
    assertThat(rows.metric("brierScore")).isCloseTo(expected, within(1e-12));
    assertThat(expected).isBetween(0.05, 0.25);
  }

  @Test
  void aRowKeyKeepsTheSampleWhenRowsAreReordered() {
    ModelEvaluation original = SampleTraining.run(spec(churn).rowKey("customer_id").build());
    ModelEvaluation reordered = SampleTraining.run(spec(shuffled).rowKey("customer_id").build());
    assertThat(keys(reordered.rows())).isEqualTo(keys(original.rows()));
    assertThat(original.lineage().sample().rowKey()).isEqualTo("customer_id");
    assertThat(original.lineage().sample().features()).doesNotContain("customer_id");
    assertThat(reordered.lineage().protocolChangesFrom(original.lineage())).isEmpty();
    PairedDelta paired = PairedDelta.of(original.rows(), reordered.rows(), true, 0.95, 500, 1);
    assertThat(paired.paired()).isTrue();
  }

  @Test
  void rowNumbersDoNotSurviveReordering() {
    ModelEvaluation original = SampleTraining.run(spec(churn).exclude("customer_id").build());
    ModelEvaluation reordered = SampleTraining.run(spec(shuffled).exclude("customer_id").build());
    assertThat(keys(reordered.rows())).isNotEqualTo(keys(original.rows()));
  }

  @Test
  void rowsRoundTripThroughTheirFile() {
    ModelEvaluation evaluation = SampleTraining.run(spec(churn).rowKey("customer_id").build());
    Path file = EvaluationRowsStore.pathFor(dir.resolve("T.m.baseline.json"));
    assertThat(file.getFileName().toString()).isEqualTo("T.m.baseline.rows.json.gz");
    EvaluationRowsStore.write(file, evaluation.rows());
    assertThat(EvaluationRowsStore.readIfExists(file)).contains(evaluation.rows());
    assertThat(EvaluationRowsStore.readIfExists(dir.resolve("none.gz"))).isEmpty();
  }

  @Test
  void regressionRowsReproduceRmse() {
    ModelEvaluation evaluation =
        SampleTraining.run(
            TrainingSpec.regression(new CARTRegressionTrainer(4))
                .data(Dataset.csv(churn))
                .label("spend")
                .exclude("customer_id", "churned")
                .sampleFraction(0.2)
                .metrics("rmse", "mae", "r2")
                .build());
    RowMetrics metrics = RowMetrics.of(evaluation.rows());
    for (String metric : List.of("rmse", "mae", "r2")) {
      assertThat(metrics.value(metric, metrics.all()))
          .as(metric)
          .isCloseTo(evaluation.metric(metric).orElseThrow(), within(1e-9));
    }
  }

  private static List<String> keys(EvaluationRows rows) {
    return rows.rows().stream().map(EvaluationRows.Row::key).sorted().toList();
  }
}
