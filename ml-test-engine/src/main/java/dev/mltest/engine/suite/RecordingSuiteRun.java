package dev.mltest.engine.suite;

import dev.mltest.engine.config.MlTestConfiguration;
import dev.mltest.engine.execution.DataBackendPool;
import dev.mltest.expect.ExpectationResult;
import dev.mltest.expect.ExpectationSpec;
import dev.mltest.history.MetricHistory;
import dev.mltest.suite.SuiteDefinition;
import dev.mltest.suite.SuiteEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * Evaluates a suite like {@link SuiteRun} and records the dataset's failures (failed expectations
 * that fail their test, an unreadable file) with the run, so that later tests on the same file know
 * its data is bad.
 */
final class RecordingSuiteRun {
  private RecordingSuiteRun() {}

  /** {@link SuiteRun#evaluate} with the suite's metric history, recording failures. */
  public static Map<String, ExpectationResult> evaluate(
      SuiteSource source,
      SuiteDefinition definition,
      List<SuiteEntry> selected,
      MlTestConfiguration configuration,
      DataBackendPool backends,
      BiConsumer<Path, String> failures,
      Function<List<ExpectationSpec>, MetricHistory> histories) {
    Optional<Path> dataset = dataset(source, definition, configuration);
    Map<String, ExpectationResult> results;
    try {
      results = SuiteRun.evaluate(source, definition, selected, configuration, backends, histories);
    } catch (ExpectationErrorException e) {
      dataset.ifPresent(path -> failures.accept(path, e.getMessage()));
      throw e;
    }
    if (dataset.isPresent()) {
      for (SuiteEntry entry : selected) {
        ExpectationResult result = results.get(entry.name());
        if (result != null
            && result.status() == ExpectationResult.Status.FAILED
            && result.failsTest()) {
          failures.accept(
              dataset.get(),
              "suite %s, expectation %s: %s"
                  .formatted(source.location(), entry.name(), result.message()));
        }
      }
    }
    return results;
  }

  private static Optional<Path> dataset(
      SuiteSource source, SuiteDefinition definition, MlTestConfiguration configuration) {
    if (definition.dataset() == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          definition
              .dataset()
              .resolve(
                  source.directory().orElse(null),
                  configuration.dataRoot(),
                  configuration.dataRootPolicy())
              .path());
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
