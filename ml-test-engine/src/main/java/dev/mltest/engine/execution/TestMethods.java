package dev.mltest.engine.execution;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.lang.reflect.Method;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.platform.commons.support.ReflectionSupport;

/** Creates test-class instances and invokes test methods, for the method-based kinds of ML test. */
@API(status = INTERNAL, since = "0.1")
public final class TestMethods {
  private TestMethods() {}

  /**
   * A new instance of the test class through its no-argument constructor (which may be private or
   * package-private, as Jupiter allows).
   */
  public static Object newInstance(Class<?> testClass) {
    return ReflectionSupport.newInstance(testClass);
  }

  /**
   * Invokes a test method; an exception it throws propagates unchanged (an {@link AssertionError}
   * stays an assertion failure).
   */
  public static @Nullable Object invoke(
      Method method, @Nullable Object instance, @Nullable Object... arguments) {
    return ReflectionSupport.invokeMethod(method, instance, arguments);
  }
}
