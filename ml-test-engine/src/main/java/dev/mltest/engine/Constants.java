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
   * A seed that replays every property test of the run (a decimal long), e.g. {@code
   * -Dmltest.property.seed=-4311828217734551530}, overriding {@code @PropertyTest(seed)}. Unset by
   * default.
   */
  public static final String PROPERTY_SEED = "mltest.property.seed";

  /**
   * How many tables a property test tries when its annotation does not say: {@value
   * #PROPERTY_TRIES_DEFAULT} unless set.
   */
  public static final String PROPERTY_TRIES = "mltest.property.tries";

  /** Default of {@link #PROPERTY_TRIES}: {@value}. */
  public static final int PROPERTY_TRIES_DEFAULT = 100;

  /**
   * The file, relative to the working directory, where the seeds of failed property tests are
   * remembered and tried first on the next run until the test passes: {@value
   * #PROPERTY_SEEDS_FILE_DEFAULT} unless set; {@code none} turns remembering off.
   */
  public static final String PROPERTY_SEEDS_FILE = "mltest.property.seeds-file";

  /** Default of {@link #PROPERTY_SEEDS_FILE}: {@value}. */
  public static final String PROPERTY_SEEDS_FILE_DEFAULT =
      "target/mltest/property-seeds.properties";

  private Constants() {}
}
