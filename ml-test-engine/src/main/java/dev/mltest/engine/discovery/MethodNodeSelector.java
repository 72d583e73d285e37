package dev.mltest.engine.discovery;

import java.lang.reflect.Method;
import java.util.function.Predicate;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.UniqueId;

/**
 * Selects the node of one test method below its class node.
 *
 * @param classId the class node's unique id
 * @param testClass the class
 * @param method the method
 * @param kind the kind of test it is
 * @param include which of the method node's children to create
 */
record MethodNodeSelector(
    UniqueId classId,
    Class<?> testClass,
    Method method,
    MethodTestKind kind,
    Predicate<UniqueId> include)
    implements DiscoverySelector {

  /** The method's unique-id segment value: {@code name(paramType, ...)}. */
  static String segmentValue(Method method) {
    StringBuilder value = new StringBuilder(method.getName()).append('(');
    Class<?>[] types = method.getParameterTypes();
    for (int i = 0; i < types.length; i++) {
      value.append(i == 0 ? "" : ",").append(types[i].getName());
    }
    return value.append(')').toString();
  }
}
