package dev.mltest.engine.regression;

import dev.mltest.engine.execution.MlTestExecutionContext;
import dev.mltest.engine.execution.MlTestNode;
import java.lang.reflect.Method;
import java.util.List;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.MethodSource;

/**
 * A {@code @RegressionTest} method: a container that trains and evaluates once, in {@link #before},
 * and whose {@link MetricDescriptor} children judge one metric each.
 */
final class RegressionMethodDescriptor extends MlTestNode {
  static final String SEGMENT = "regression";

  /** What {@link #before} judged, for the metric tests. */
  static final MlTestExecutionContext.Slot<RegressionState> STATE =
      new MlTestExecutionContext.Slot<>("regression state");

  private final Class<?> testClass;
  private final Method method;
  private final List<String> metricNames;
  private final BaselineLocation location;

  RegressionMethodDescriptor(
      UniqueId uniqueId,
      Class<?> testClass,
      Method method,
      List<String> metricNames,
      BaselineLocation location) {
    super(uniqueId, method.getName() + "()", MethodSource.from(testClass, method));
    this.testClass = testClass;
    this.method = method;
    this.metricNames = List.copyOf(metricNames);
    this.location = location;
  }

  /**
   * A container of metric tests; a test itself when it has no metrics yet (none declared, no
   * baseline), so that it is not pruned as empty and fails with how to create the baseline.
   */
  @Override
  public Type getType() {
    return metricNames.isEmpty() ? Type.TEST : Type.CONTAINER;
  }

  Class<?> testClass() {
    return testClass;
  }

  Method method() {
    return method;
  }

  /** Every metric of the method, selected or not: all are computed and written on update. */
  List<String> metricNames() {
    return metricNames;
  }

  BaselineLocation location() {
    return location;
  }

  /** The baseline's {@code test} value, e.g. {@code com.acme.ChurnTest#logistic()}. */
  String testId() {
    return testClass.getName() + "#" + method.getName() + "()";
  }

  @Override
  public MlTestExecutionContext before(MlTestExecutionContext context) {
    RegressionState judged = new RegressionRun(this, context).run();
    context
        .recorder()
        .modelTable(
            this,
            context.listener(),
            testClass.getSimpleName() + "." + method.getName() + "()",
            MetricJudgement.table(judged));
    return context.with(STATE, judged);
  }
}
