package dev.mltest.engine;

import static org.apiguardian.api.API.Status.STABLE;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.apiguardian.api.API;
import org.junit.platform.commons.annotation.Testable;

/**
 * Marks the one class per test module that runs the module's suite files. Maven Surefire and IDEs
 * hand engines the test classes they find; the ml-test engine turns a class with this annotation
 * into every suite file in its package and below (or in {@link #packages()}).
 *
 * <pre>{@code
 * @MlTestSuites
 * class DataQualityTest {}
 * }</pre>
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Testable
@API(status = STABLE, since = "0.1")
public @interface MlTestSuites {

  /** Packages to scan for suite files instead of the annotated class's own package. */
  String[] packages() default {};
}
