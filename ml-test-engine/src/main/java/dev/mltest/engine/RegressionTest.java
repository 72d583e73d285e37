package dev.mltest.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.platform.commons.annotation.Testable;

/**
 * Marks a sample-training regression test: a method that returns a {@link
 * dev.mltest.regression.TrainingSpec} (or its builder). The ml-test engine trains and evaluates
 * once per method, then compares each metric with the committed baseline, one test per metric.
 *
 * <pre>{@code
 * class ChurnModelTest {
 *   @RegressionTest(metrics = {"accuracy", "macroF1", "auc"})
 *   TrainingSpec logisticRegression() {
 *     return TrainingSpec.classification(new LogisticRegressionTrainer())
 *         .suiteData("com/acme/churn.mltest.yaml")
 *         .label("churned")
 *         .sampleFraction(0.05)
 *         .stratified()
 *         .seed(42)
 *         .metric(MetricSpec.of("accuracy").absTol(0.02))
 *         .build();
 *   }
 * }
 * }</pre>
 *
 * <p>The baseline is the classpath resource {@code <package>/<Class>.<method>.baseline.json}, kept
 * in the first of {@code mltest.ide.source-roots} ({@code src/test/resources} by default); create
 * or update it with {@code -Dmltest.baseline.update=true}.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Testable
@API(status = EXPERIMENTAL, since = "0.1")
public @interface RegressionTest {

  /**
   * The metrics to compare, each its own test; metrics in the baseline file are added. Names from
   * {@link dev.mltest.regression.MetricCatalog}, e.g. {@code accuracy}, {@code macroF1}, {@code
   * auc}, {@code logLoss}, {@code brierScore}, {@code f1[<label>]}, {@code rmse}, {@code mae},
   * {@code r2}.
   */
  String[] metrics() default {};

  /**
   * The baseline's resource name, relative to the test class's package (or absolute with a leading
   * {@code /}); by default {@code <Class>.<method>.baseline.json}.
   */
  String baseline() default "";
}
