package dev.mltest.engine;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The configuration keys of the ml-test engine. Set them in {@code junit-platform.properties} on
 * the test classpath, in Surefire's {@code <configurationParameters>}, with
 * {@code @ConfigurationParameter} on a {@code @Suite} class, or as JVM system properties.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class Constants {

  /** The engine id: {@value}. */
  public static final String ENGINE_ID = "ml-test";

  /**
   * The file-name suffix of suite files: {@value #SUITE_SUFFIX_DEFAULT} unless set. Classpath
   * resources and files whose names end with it are discovered as suites.
   */
  public static final String SUITE_SUFFIX = "mltest.suite.suffix";

  /** Default of {@link #SUITE_SUFFIX}: {@value}. */
  public static final String SUITE_SUFFIX_DEFAULT = ".mltest.yaml";

  /**
   * A folder that dataset paths in suite files are resolved against when the file is not found next
   * to the suite file; relative to the working directory. Unset by default.
   */
  public static final String DATA_ROOT = "mltest.data.root";

  /**
   * Comma-separated source folders, relative to the working directory, in which the engine looks
   * for the source copy of a classpath suite so that IDEs can jump to its lines: {@value
   * #SOURCE_ROOTS_DEFAULT} unless set.
   */
  public static final String SOURCE_ROOTS = "mltest.ide.source-roots";

  /** Default of {@link #SOURCE_ROOTS}: {@value}. */
  public static final String SOURCE_ROOTS_DEFAULT = "src/test/resources,src/main/resources";

  /**
   * The order in which kinds of ML tests run: a comma-separated list of {@code suites}, {@code
   * drift}, {@code regression} (and {@code property}); {@value #EXECUTION_ORDER_DEFAULT} unless
   * set. Kinds not listed run last; {@code discovery} keeps the discovery order. A test class runs
   * at the rank of the latest kind it holds, its own nodes in this order.
   */
  public static final String EXECUTION_ORDER = "mltest.execution.order";

  /** Default of {@link #EXECUTION_ORDER}: {@value}. */
  public static final String EXECUTION_ORDER_DEFAULT = "suites,drift,regression";

  /**
   * {@code true} to write each regression test's current metrics as its new baseline (atomically,
   * with the diff published as report entries and logged) instead of failing on differences:
   * {@value #BASELINE_UPDATE_DEFAULT} unless set. Never set it in CI.
   */
  public static final String BASELINE_UPDATE = "mltest.baseline.update";

  /** Default of {@link #BASELINE_UPDATE}: {@value}. */
  public static final String BASELINE_UPDATE_DEFAULT = "false";

  /**
   * {@code true} to write each regression test's trained model, with a {@code model.json} holding
   * its metrics and lineage, to the test's output directory (under {@code target/} with Maven
   * Surefire): {@value #REGRESSION_MODEL_OUTPUT_DEFAULT} unless set.
   */
  public static final String REGRESSION_MODEL_OUTPUT = "mltest.regression.model-output";

  /** Default of {@link #REGRESSION_MODEL_OUTPUT}: {@value}. */
  public static final String REGRESSION_MODEL_OUTPUT_DEFAULT = "false";

  private Constants() {}
}
