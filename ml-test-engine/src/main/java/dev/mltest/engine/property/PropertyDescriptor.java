package dev.mltest.engine.property;

import dev.mltest.engine.execution.MlTestExecutionContext;
import dev.mltest.engine.execution.MlTestNode;
import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.MethodSource;

/** One property test: a single test node that runs all tries and reports the outcome. */
final class PropertyDescriptor extends MlTestNode {
  private final Class<?> testClass;
  private final Method method;

  PropertyDescriptor(UniqueId uniqueId, Class<?> testClass, Method method) {
    super(uniqueId, displayName(method), MethodSource.from(testClass, method));
    this.testClass = testClass;
    this.method = method;
  }

  private static String displayName(Method method) {
    return method.getName()
        + Arrays.stream(method.getParameterTypes())
            .map(Class::getSimpleName)
            .collect(Collectors.joining(", ", "(", ")"));
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }

  @Override
  public MlTestExecutionContext execute(
      MlTestExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
    new PropertyJudgement(this, context).judge(PropertyRun.run(this, testClass, method, context));
    return context;
  }
}
