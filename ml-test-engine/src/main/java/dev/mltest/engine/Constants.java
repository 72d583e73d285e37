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

  private Constants() {}
}
