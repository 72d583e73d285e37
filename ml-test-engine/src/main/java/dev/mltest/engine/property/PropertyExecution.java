package dev.mltest.engine.property;

import dev.mltest.engine.Constants;
import dev.mltest.engine.PropertyTest;
import dev.mltest.engine.execution.MlTestExecutionContext;
import dev.mltest.generate.Contract;
import dev.mltest.generate.ContractException;
import dev.mltest.generate.PropertyResult;
import dev.mltest.generate.PropertyRunner;
import dev.mltest.generate.PropertySettings;
import dev.mltest.generate.TableCsv;
import dev.mltest.report.Outcome;
import dev.mltest.report.PropertyRecord;
import dev.mltest.text.Formats;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.reporting.ReportEntry;

/**
 * Runs one property test: reads its annotation and the configuration, loads the contract, picks the
 * seed (configuration, annotation, remembered failure, else fresh), runs the tries and turns the
 * result into report entries and, on failure, counterexample files and an assertion error.
 */
final class PropertyExecution {
  private final TestDescriptor descriptor;
  private final Class<?> testClass;
  private final Method method;
  private final MlTestExecutionContext context;

  PropertyExecution(
      TestDescriptor descriptor,
      Class<?> testClass,
      Method method,
      MlTestExecutionContext context) {
    this.descriptor = descriptor;
    this.testClass = testClass;
    this.method = method;
    this.context = context;
  }

  void run() {
    PropertyTest annotation =
        AnnotationSupport.findAnnotation(method, PropertyTest.class).orElseThrow();
    PropertyConfiguration configuration =
        PropertyConfiguration.from(context.request().getConfigurationParameters());
    ParameterKind kind = ParameterKind.of(method);
    Object instance = ReflectionSupport.newInstance(testClass);
    Contract contract = ContractLoader.load(testClass, annotation, instance);
    SeedMemory memory = new SeedMemory(configuration.seedsFile());
    String key = descriptor.getUniqueId().toString();
    Seed seed = seed(annotation, configuration, memory, key);
    PropertySettings settings = settings(annotation, configuration).withSeed(seed.value());
    PropertyRunner runner = PropertyRunner.of(contract, settings);
    PropertyResult result;
    try {
      result =
          kind == ParameterKind.TABLE
              ? runner.run(table -> ReflectionSupport.invokeMethod(method, instance, table))
              : runner.runRows(row -> ReflectionSupport.invokeMethod(method, instance, row));
    } catch (ContractException e) {
      throw new PropertyDefinitionException(e.getMessage(), e);
    }
    Map<String, String> entries = new LinkedHashMap<>();
    entries.put("mltest.tries", Integer.toString(result.tries()));
    entries.put("mltest.seed", Long.toString(result.seed()));
    entries.put("mltest.seed.source", seed.source());
    entries.put("mltest.edgeCases", Integer.toString(result.edgeCases()));
    if (result instanceof PropertyResult.Passed passed && passed.discarded() > 0) {
      entries.put("mltest.discarded", Integer.toString(passed.discarded()));
    }
    if (result instanceof PropertyResult.Failed failed) {
      memory.remember(key, failed.seed());
      context
          .recorder()
          .record(
              descriptor,
              new PropertyRecord(
                  descriptor.getDisplayName(),
                  Outcome.FAILED,
                  failed.tries(),
                  failed.seed(),
                  TableCsv.render(failed.original().table()),
                  TableCsv.render(failed.shrunk()),
                  failed.summary()));
      new Counterexample(descriptor, context, failed).report(entries);
      return;
    }
    context.listener().reportingEntryPublished(descriptor, ReportEntry.from(entries));
    context
        .recorder()
        .record(
            descriptor,
            new PropertyRecord(
                descriptor.getDisplayName(),
                Outcome.PASSED,
                result.tries(),
                result.seed(),
                null,
                null,
                "%s passed (seed %d)"
                    .formatted(Formats.count(result.tries(), "try", "tries"), result.seed())));
    memory.forget(key);
  }

  private static PropertySettings settings(
      PropertyTest annotation, PropertyConfiguration configuration) {
    if (annotation.rows() < 1 || annotation.tries() < 0 || annotation.shrinkSeconds() < 0) {
      throw new PropertyDefinitionException(
          "@PropertyTest needs rows ≥ 1, tries ≥ 0 and shrinkSeconds ≥ 0; found rows = %d, tries = %d, shrinkSeconds = %d"
              .formatted(annotation.rows(), annotation.tries(), annotation.shrinkSeconds()));
    }
    int tries = annotation.tries() > 0 ? annotation.tries() : configuration.tries();
    return PropertySettings.defaults()
        .withTries(tries)
        .withRows(annotation.rows())
        .withEdgeCases(annotation.edgeCases())
        .withValidOnly(annotation.validOnly())
        .withShrinkTime(Duration.ofSeconds(annotation.shrinkSeconds()));
  }

  private static Seed seed(
      PropertyTest annotation, PropertyConfiguration configuration, SeedMemory memory, String key) {
    if (configuration.seed() != null) {
      return new Seed(configuration.seed(), "configuration " + Constants.PROPERTY_SEED);
    }
    String written = annotation.seed().trim();
    if (!written.isEmpty()) {
      try {
        return new Seed(Long.parseLong(written), "annotation");
      } catch (NumberFormatException e) {
        throw new PropertyDefinitionException(
            "@PropertyTest(seed = \"%s\") must be a whole number such as \"-4311828217734551530\""
                .formatted(written));
      }
    }
    Optional<Long> remembered = memory.recall(key);
    return remembered
        .map(s -> new Seed(s, "remembered failure"))
        .orElseGet(() -> new Seed(PropertyRunner.freshSeed(), "fresh"));
  }

  /**
   * The seed of a run and where it came from.
   *
   * @param value the seed
   * @param source {@code configuration mltest.property.seed}, {@code annotation}, {@code remembered
   *     failure} or {@code fresh}
   */
  private record Seed(long value, String source) {}
}
