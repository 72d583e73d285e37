package dev.mltest.engine.regression;

import dev.mltest.engine.execution.MlTestExecutionContext;
import dev.mltest.regression.Baseline;
import dev.mltest.regression.BaselineStore;
import dev.mltest.regression.ComparisonReport;
import dev.mltest.regression.ModelEvaluation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import org.junit.platform.engine.reporting.FileEntry;

/**
 * Writes a trained model ({@code model.tribuo}, Tribuo's protobuf format) and a {@code model.json}
 * with its metrics and lineage to the method node's output directory.
 */
final class ModelFiles {
  private static final System.Logger LOG = System.getLogger(ModelFiles.class.getName());

  private ModelFiles() {}

  static void write(
      RegressionMethodDescriptor node,
      MlTestExecutionContext context,
      ModelEvaluation evaluation,
      ComparisonReport report) {
    try {
      Path dir = context.request().getOutputDirectoryCreator().createOutputDirectory(node);
      Path model = dir.resolve("model.tribuo");
      Objects.requireNonNull(evaluation.model(), "written only for a trained model")
          .serializeToFile(model);
      Path json = dir.resolve("model.json");
      Files.writeString(
          json, BaselineStore.toJson(Baseline.of(node.testId(), evaluation, report.criteria())));
      context.listener().fileEntryPublished(node, FileEntry.from(model, "application/x-protobuf"));
      context.listener().fileEntryPublished(node, FileEntry.from(json, "application/json"));
    } catch (IOException | RuntimeException e) {
      LOG.log(System.Logger.Level.WARNING, () -> "cannot write the trained model: " + e);
    }
  }
}
