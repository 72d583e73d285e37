package dev.mltest.engine.property;

import dev.mltest.engine.Constants;
import dev.mltest.engine.PropertyTest;
import dev.mltest.engine.execution.MlTestExecutionContext;
import dev.mltest.generate.Contract;
import dev.mltest.generate.ContractException;
import dev.mltest.generate.PropertyResult;
import dev.mltest.generate.PropertyRunner;
import dev.mltest.generate.PropertySettings;
import java.lang.reflect.Method;
import java.time.Duration;
import java.util.Optional;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.TestDescriptor;

/**
 * Runs one property test: reads its annotation and the configuration, loads the contract, picks the
 * seed (configuration, annotation, remembered failure, else fresh) and runs the tries. A failing
 * seed is remembered for the next run and forgotten once the property passes; {@link
 * PropertyJudgement} turns the result into the test's outcome.
 */
final class PropertyRun {
  private PropertyRun() {}

  /**
   * What a run found.
   *
   * @param result the tries' result
   * @param seedSource where the seed came from: {@code configuration mltest.property.seed}, {@code
   *     annotation}, {@code remembered failure} or {@code fresh}
   */
  record Tried(PropertyResult result, String seedSource) {}

  /**
   * Runs the property method of {@code testClass} on generated tables or rows.
   *
   * @throws PropertyDefinitionException if the annotation, the contract or the method is wrong
   */
  static Tried run(
      TestDescriptor descriptor,
      Class<?> testClass,
      Method method,
      MlTestExecutionContext context) {
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
    if (result instanceof PropertyResult.Failed failed) {
      memory.remember(key, failed.seed());
    } else {
      memory.forget(key);
    }
    return new Tried(result, seed.source());
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
