package dev.mltest.engine.regression;

import dev.mltest.engine.execution.MlTestExecutionContext;
import java.lang.reflect.Method;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.CompositeTestSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * One metric of a regression method: a test that judges the container's comparison.
 *
 * <p>Named {@code logisticRegression() › auc}, and its method is wrapped in a composite source:
 * IDEs still navigate to the method, while Surefire, which names a test with a plain method source
 * after the Java method alone, names it by this display name, so every metric of a class has its
 * own name in the XML report.
 */
final class MetricDescriptor extends AbstractTestDescriptor
    implements Node<MlTestExecutionContext> {
  static final String SEGMENT = "metric";

  private final String metric;
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
    RegressionMethodDescriptor parent = (RegressionMethodDescriptor) getParent().orElseThrow();
    RegressionState state = parent.state();
    if (state == null) {
      throw new IllegalStateException(
          "the regression method " + parent.getDisplayName() + " did not run");
    }
    new MetricJudgement(this, context).judge(metric, state);
    return context;
  }

  @Override
  public boolean isGlobalReadLockRequired() {
    return false;
  }

  @Override
  public void nodeFinished(
      MlTestExecutionContext context, TestDescriptor descriptor, TestExecutionResult result) {
    context.recorder().finished(descriptor, result);
  }
}
