package dev.mltest.engine.regression;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.mltest.engine.RegressionTest;
import dev.mltest.engine.config.MlTestConfiguration;
import dev.mltest.engine.discovery.MethodTestKind;
import dev.mltest.regression.MetricCatalog;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;

/**
 * Sample-training regression tests: methods annotated {@link RegressionTest}, each a container
 * {@code [regression:method()]} with one test {@code [metric:name]} per metric named in the
 * annotation or found in the baseline file at discovery.
 */
@API(status = INTERNAL, since = "0.1")
public final class RegressionTestKind implements MethodTestKind {

  @Override
  public List<String> configurationProblems(ConfigurationParameters parameters) {
    return RegressionSettings.problems(parameters);
  }

  @Override
  public String segmentType() {
    return RegressionMethodDescriptor.SEGMENT;
  }

  @Override
  public boolean isTestMethod(Method method) {
    return AnnotationSupport.isAnnotated(method, RegressionTest.class);
  }

  @Override
  public TestDescriptor createNode(
      UniqueId id,
      Class<?> testClass,
      Method method,
      MlTestConfiguration configuration,
      Predicate<UniqueId> include) {
    RegressionTest annotation =
        AnnotationSupport.findAnnotation(method, RegressionTest.class).orElseThrow();
    BaselineLocation location =
        BaselineLocation.of(testClass, method, annotation, configuration.sourceRoots());
    Set<String> names = new LinkedHashSet<>();
    Arrays.stream(annotation.metrics())
        .map(String::trim)
        .filter(n -> !n.isEmpty())
        .forEach(names::add);
    names.addAll(location.metricNamesIfReadable());
    RegressionMethodDescriptor node =
        new RegressionMethodDescriptor(id, testClass, method, List.copyOf(names), location);
    for (String name : names) {
      UniqueId metricId = id.append(MetricDescriptor.SEGMENT, name);
      if (include.test(metricId)) {
        node.addChild(
            new MetricDescriptor(
                metricId, testClass, method, name, MetricCatalog.problem(name, null).orElse(null)));
      }
    }
    return node;
  }
}
