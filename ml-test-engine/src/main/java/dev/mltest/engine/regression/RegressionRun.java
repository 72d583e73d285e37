package dev.mltest.engine.regression;

import dev.mltest.engine.execution.MlTestExecutionContext;
import dev.mltest.regression.Baseline;
import dev.mltest.regression.BaselineComparison;
import dev.mltest.regression.BaselineDiff;
import dev.mltest.regression.BaselineFileException;
import dev.mltest.regression.BaselineQuality;
import dev.mltest.regression.BaselineStore;
import dev.mltest.regression.ComparisonOptions;
import dev.mltest.regression.ComparisonReport;
import dev.mltest.regression.EvaluationRows;
import dev.mltest.regression.EvaluationRowsStore;
import dev.mltest.regression.MetricCatalog;
import dev.mltest.regression.MetricOutcome;
import dev.mltest.regression.ModelEvaluation;
import dev.mltest.regression.SampleTraining;
import dev.mltest.regression.TrainingSpec;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * The expensive part of a regression method, run once in its container: build the spec, check that
 * its data passed its suites, train, evaluate, compare with the baseline, and update the baseline
 * when asked.
 */
final class RegressionRun {
  private static final System.Logger LOG = System.getLogger(RegressionRun.class.getName());

  private final RegressionMethodDescriptor node;
  private final MlTestExecutionContext context;
  private final RegressionSettings settings;

  RegressionRun(RegressionMethodDescriptor node, MlTestExecutionContext context) {
    this.node = node;
    this.context = context;
    this.settings = RegressionSettings.from(context.request().getConfigurationParameters());
  }

  RegressionState run() {
    if (settings.problem() != null) {
      throw new RegressionDefinitionException(settings.problem());
    }
    Optional<Baseline> baseline = readBaseline();
    TrainingSpec spec = spec();
    Optional<String> dataFailure = context.datasetFailure(spec.data().path());
    if (dataFailure.isPresent()) {
      String reason =
          "the dataset %s failed its data expectations: %s"
              .formatted(spec.data().path(), dataFailure.get());
      if (!(settings.updateBaselines() && settings.force())) {
        String text =
            settings.updateBaselines()
                ? "baseline not updated and not training: %s; a baseline from data that failed"
                        .formatted(reason)
                    + " its own suite is refused (add -Dmltest.baseline.force=true to write it"
                    + " anyway)"
                : "not training: " + reason;
        // Surefire shows aborted tests as skipped without the reason: say it in the build output.
        LOG.log(System.Logger.Level.WARNING, () -> node.testId() + " aborted: " + text);
        return new RegressionState.Aborted(text);
      }
      publish("mltest.baseline.forced", "written from failing data: " + reason);
    }
    context.trainedOn(node, node.testId(), spec.data().path());
    Map<String, String> invalid = new LinkedHashMap<>();
    List<String> valid = new ArrayList<>();
    for (String name : node.metricNames()) {
      Optional<String> problem = MetricCatalog.problem(name, spec.task());
      if (problem.isPresent()) {
        invalid.put(name, problem.get());
      } else {
        valid.add(name);
      }
    }
    ModelEvaluation evaluation = evaluate(spec, valid);
    Set<String> compared = new LinkedHashSet<>(valid);
    if (compared.isEmpty()) {
      compared.addAll(evaluation.metrics().keySet());
    }
    String howTo = node.location().howToCreate(node.testClass().getName(), node.method());
    ComparisonOptions options =
        ComparisonOptions.defaults(baseline.isPresent() ? readRows() : null)
            .withMode(settings.tolerance())
            .acceptingProtocolChanges(settings.warnOnProtocolChange())
            .withHints(
                howTo, node.location().howToAccept(node.testClass().getName(), node.method()));
    ComparisonReport report =
        BaselineComparison.compare(evaluation, baseline.orElse(null), compared, options);
    publishLineage(evaluation);
    publishComparison(report);
    writeModel(evaluation, report);
    if (settings.updateBaselines()) {
      return update(evaluation, report, baseline.orElse(null), invalid);
    }
    if (node.metricNames().isEmpty()) {
      Map<String, String> current = new LinkedHashMap<>();
      evaluation
          .metrics()
          .forEach((name, value) -> current.put("mltest.current." + name, value.toString()));
      if (!current.isEmpty()) {
        context.listener().reportingEntryPublished(node, ReportEntry.from(current));
      }
      throw new RegressionDefinitionException(
          baseline.isPresent()
              ? "the baseline %s holds no metrics and @RegressionTest declares none"
                  .formatted(node.location().sourceFile())
              : "no metrics to compare: "
                  + howTo
                  + "; the model's default metrics are then recorded, or declare them in"
                  + " @RegressionTest(metrics = {...})");
    }
    return new RegressionState.Judged(evaluation, report, invalid, false, null);
  }

  private Optional<Baseline> readBaseline() {
    try {
      return node.location().read();
    } catch (BaselineFileException e) {
      if (settings.updateBaselines()) {
        LOG.log(
            System.Logger.Level.WARNING,
            () -> "replacing the unusable baseline: " + e.getMessage());
        return Optional.empty();
      }
      throw new RegressionDefinitionException(
          "the baseline cannot be used: %s; fix or delete it (then recreate it with -Dmltest.baseline.update=true)"
              .formatted(e.getMessage()),
          e);
    }
  }

  private @Nullable EvaluationRows readRows() {
    try {
      return node.location().readRows().orElse(null);
    } catch (BaselineFileException e) {
      LOG.log(
          System.Logger.Level.WARNING,
          () ->
              "ignoring the baseline's evaluation rows (fixed tolerance instead): "
                  + e.getMessage());
      return null;
    }
  }

  private void publishComparison(ComparisonReport report) {
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("mltest.comparison", report.method());
    if (!report.changes().isEmpty()) {
      entries.put("mltest.changes", String.join("; ", report.changes()));
    }
    if (!report.protocolChanges().isEmpty()) {
      entries.put("mltest.protocolChanges", String.join("; ", report.protocolChanges()));
    }
    context.listener().reportingEntryPublished(node, ReportEntry.from(entries));
  }

  private TrainingSpec spec() {
    Method method = node.method();
    Object instance =
        Modifier.isStatic(method.getModifiers())
            ? null
            : ReflectionSupport.newInstance(node.testClass());
    Object result = ReflectionSupport.invokeMethod(method, instance);
    if (result instanceof TrainingSpec spec) {
      return spec;
    }
    if (result instanceof TrainingSpec.Builder builder) {
      return builder.build();
    }
    throw new RegressionDefinitionException(
        "@RegressionTest method %s must return a TrainingSpec (or a TrainingSpec.Builder), not %s"
            .formatted(method.getName(), result == null ? "null" : result.getClass().getName()));
  }

  private ModelEvaluation evaluate(TrainingSpec spec, List<String> metrics) {
    return SampleTraining.run(spec, metrics);
  }

  private RegressionState update(
      ModelEvaluation evaluation,
      ComparisonReport report,
      @Nullable Baseline old,
      Map<String, String> invalid) {
    List<String> bounds =
        report.outcomes().stream()
            .filter(o -> o.kind() == MetricOutcome.Kind.BOUND_VIOLATED)
            .map(MetricOutcome::message)
            .toList();
    if (!bounds.isEmpty()) {
      String refused = "baseline not updated: " + String.join("; ", bounds);
      publish("mltest.baseline.refused", refused);
      LOG.log(System.Logger.Level.WARNING, refused);
      return new RegressionState.Judged(evaluation, report, invalid, false, refused);
    }
    List<String> useless = BaselineQuality.problems(evaluation);
    if (!useless.isEmpty()) {
      if (!settings.force()) {
        String refused =
            "baseline not updated: the model is useless as a baseline: %s; fix the model, or add"
                    .formatted(String.join("; ", useless))
                + " -Dmltest.baseline.force=true to write it anyway";
        publish("mltest.baseline.refused", refused);
        LOG.log(System.Logger.Level.WARNING, () -> node.testId() + ": " + refused);
        return new RegressionState.Judged(evaluation, report, invalid, false, refused);
      }
      String flagged = "USELESS BASELINE written (forced): " + String.join("; ", useless);
      publish("mltest.baseline.useless", flagged);
      LOG.log(System.Logger.Level.WARNING, () -> node.testId() + ": " + flagged);
    }
    List<String> accepted =
        report.outcomes().stream()
            .filter(o -> o.kind() == MetricOutcome.Kind.REGRESSED)
            .map(MetricOutcome::message)
            .toList();
    if (!accepted.isEmpty()) {
      LOG.log(
          System.Logger.Level.WARNING,
          () ->
              "%s: the update accepts regressions: %s"
                  .formatted(node.testId(), String.join("; ", accepted)));
    }
    Baseline updated = Baseline.of(node.testId(), evaluation, report.criteria());
    List<String> diff = BaselineDiff.lines(old, updated);
    Path rowsFile = EvaluationRowsStore.pathFor(node.location().sourceFile());
    if (old != null && diff.isEmpty() && Files.exists(rowsFile)) {
      // Nothing changed: leave the files (and their timestamps) alone, so that reviews see no
      // churn.
      publish("mltest.baseline.unchanged", node.location().sourceFile().toString());
      return new RegressionState.Judged(evaluation, report, invalid, true, null);
    }
    BaselineStore.write(node.location().sourceFile(), updated);
    if (!evaluation.rows().isEmpty()) {
      EvaluationRowsStore.write(rowsFile, evaluation.rows());
    }
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("mltest.baseline.updated", node.location().sourceFile().toString());
    for (int i = 0; i < diff.size(); i++) {
      entries.put("mltest.baseline.diff." + (i + 1), diff.get(i));
    }
    context.listener().reportingEntryPublished(node, ReportEntry.from(entries));
    LOG.log(
        System.Logger.Level.INFO,
        () ->
            "updated baseline %s:%n  %s"
                .formatted(node.location().sourceFile(), String.join("%n  ".formatted(), diff)));
    return new RegressionState.Judged(evaluation, report, invalid, true, null);
  }

  private void publishLineage(ModelEvaluation evaluation) {
    var lineage = evaluation.lineage();
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("mltest.seed", Long.toString(lineage.seed()));
    entries.put(
        "mltest.sample",
        "%d train + %d test rows".formatted(lineage.trainRows(), lineage.testRows()));
    lineage.data().forEach(f -> entries.put("mltest.data." + f.fileName(), "sha256 " + f.sha256()));
    entries.put("mltest.trainer", lineage.trainer().className());
    entries.put("mltest.git", lineage.run().code().toString());
    entries.put("mltest.versions", lineage.run().environment().versions().toString());
    entries.put(
        "mltest.timing",
        "sample %d ms, train %d ms, evaluate %d ms"
            .formatted(
                evaluation.timings().sampleMillis(),
                evaluation.timings().trainMillis(),
                evaluation.timings().evaluateMillis()));
    context.listener().reportingEntryPublished(node, ReportEntry.from(entries));
  }

  private void writeModel(ModelEvaluation evaluation, ComparisonReport report) {
    if (settings.writeModels() && evaluation.model() != null) {
      ModelFiles.write(node, context, evaluation, report);
    }
  }

  private void publish(String key, String value) {
    context.listener().reportingEntryPublished(node, ReportEntry.from(key, value));
  }
}
