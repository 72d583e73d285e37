package dev.mltest.examples;

import static org.assertj.core.api.Assertions.assertThat;

import dev.mltest.examples.pipeline.ChurnPipeline;
import dev.mltest.regression.ModelEvaluation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pipeline trains, evaluates and writes a model whose model.json traces it to its data. */
class ChurnPipelineTest {
  private static final Path DATA =
      Path.of("src/test/resources/dev/mltest/examples/data/telco-churn.csv");

  @Test
  void trainsEvaluatesAndWritesATraceableModel(@TempDir Path out) throws Exception {
    ModelEvaluation evaluation = ChurnPipeline.trainAndEvaluate(DATA, 0.05, 42);
    // The defaults for a scored binary classifier: ranking and two proper scoring rules.
    assertThat(evaluation.metrics()).containsOnlyKeys("auc", "logLoss", "brierScore");
    assertThat(evaluation.metrics().get("auc")).isGreaterThan(0.75);

    List<Path> files = ChurnPipeline.writeModel(evaluation, out);
    assertThat(files).allSatisfy(f -> assertThat(f).isRegularFile());
    String json = Files.readString(out.resolve("model.json"));
    assertThat(json)
        .contains("\"auc\"")
        .contains(evaluation.lineage().data().get(0).sha256())
        .contains("LogisticRegressionTrainer");
  }

  @Test
  void theSameSeedGivesTheSameModelMetrics() {
    assertThat(ChurnPipeline.trainAndEvaluate(DATA, 0.05, 7).metrics())
        .isEqualTo(ChurnPipeline.trainAndEvaluate(DATA, 0.05, 7).metrics());
  }
}
