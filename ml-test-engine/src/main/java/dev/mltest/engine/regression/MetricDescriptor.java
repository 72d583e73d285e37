package dev.mltest.engine.regression;

import dev.mltest.engine.execution.MlTestExecutionContext;
import dev.mltest.engine.execution.MlTestNode;
import java.lang.reflect.Method;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.CompositeTestSource;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * One metric of a regression method: a test that judges the container's comparison.
 *
 * <p>Named {@code logisticRegression() › auc}, and its method is wrapped in a composite source:
 * IDEs still navigate to the method, while Surefire, which names a test with a plain method source
 * after the Java method alone, names it by this display name, so every metric of a class has its
 * own name in the XML report.
 */
final class MetricDescriptor extends MlTestNode {
  static final String SEGMENT = "metric";

  private final String metric;
  private final String methodName;
  private final @Nullable String problem;

  /**
   * @param problem why the metric name is invalid whatever the model, if it is
   */
  MetricDescriptor(
      UniqueId uniqueId,
      Class<?> testClass,
      Method method,
      String metric,
      @Nullable String problem) {
    super(
        uniqueId,
        method.getName() + "() › " + metric,
        CompositeTestSource.from(List.of(MethodSource.from(testClass, method))));
    this.metric = metric;
    this.methodName = method.getName();
    this.problem = problem;
  }

  @Override
  public Type getType() {
    return Type.TEST;
  }

  @Override
  public MlTestExecutionContext execute(
      MlTestExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
    if (problem != null) {
      throw new RegressionDefinitionException(problem);
    }
    RegressionState state =
        context
            .get(RegressionMethodDescriptor.STATE)
            .orElseThrow(
                () ->
                    new IllegalStateException(
                        "the regression method " + methodName + "() did not run"));
    new MetricJudgement(this, context).judge(metric, state);
    return context;
  }
}
