package dev.mltest.engine.property;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.mltest.engine.PropertyTest;
import dev.mltest.engine.config.MlTestConfiguration;
import dev.mltest.engine.discovery.MethodTestKind;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;

/** Methods annotated {@link PropertyTest}: one test node each, below their class. */
@API(status = INTERNAL, since = "0.1")
public final class PropertyTestKind implements MethodTestKind {
  /** The unique-id segment type of a property test. */
  public static final String SEGMENT = "property";

  @Override
  public List<String> configurationProblems(ConfigurationParameters parameters) {
    return PropertyConfiguration.problems(parameters);
  }

  @Override
  public String segmentType() {
    return SEGMENT;
  }

  @Override
  public boolean isTestMethod(Method method) {
    return AnnotationSupport.isAnnotated(method, PropertyTest.class);
  }

  @Override
  public TestDescriptor createNode(
      UniqueId id,
      Class<?> testClass,
      Method method,
      MlTestConfiguration configuration,
      Predicate<UniqueId> include) {
    return new PropertyDescriptor(id, testClass, method);
  }
}
