package dev.mltest.engine.discovery;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.mltest.engine.config.MlTestConfiguration;
import java.lang.reflect.Method;
import java.util.List;
import java.util.function.Predicate;
import org.apiguardian.api.API;
import org.junit.platform.engine.ConfigurationParameters;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;

/**
 * A kind of ML test written as a Java method (a sample-training regression, a property test...).
 * The engine finds classes that declare such methods, gives each class a container node, and asks
 * the kind to build each method's node with its children.
 */
@API(status = INTERNAL, since = "0.1")
public interface MethodTestKind {

  /**
   * The problems of this kind's configuration values, each naming the key, the value and the
   * accepted values; discovery reports them as issues.
   */
  default List<String> configurationProblems(ConfigurationParameters parameters) {
    return List.of();
  }

  /** The unique-id segment type of the method node, e.g. {@code regression}. */
  String segmentType();

  /** Whether the method is a test of this kind (usually: it carries the kind's annotation). */
  boolean isTestMethod(Method method);

  /**
   * Builds the method's node and its children.
   *
   * @param id the method node's unique id
   * @param testClass the class the method is run on (may be a subclass of its declaring class)
   * @param include which children to create, by unique id: all of them, or only the ones a
   *     unique-id selection asked for
   */
  TestDescriptor createNode(
      UniqueId id,
      Class<?> testClass,
      Method method,
      MlTestConfiguration configuration,
      Predicate<UniqueId> include);
}
