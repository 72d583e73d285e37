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
   * Comma-separated folders, relative to the working directory, in which suite files may also read
   * datasets. Suite files are untrusted input, so a dataset or drift reference must lie inside the
   * working directory (the project), the {@linkplain #DATA_ROOT data root}, the suite file's own
   * folder or one of these folders — as written and after following symbolic links — or its node
   * fails naming the allowed roots. {@code *} turns this policy off (only for suites you trust).
   * Unset by default.
   */
  public static final String DATA_ALLOWED_ROOTS = "mltest.data.allowed-roots";

  /**
   * Comma-separated Hadoop URI prefixes ({@code s3a://lake/curated/,hdfs://nn/warehouse/}) under
   * which suite files may name datasets on the Spark backend. Suite files are untrusted, so a
   * dataset URI is refused unless it lies under one of them, compared in canonical form (scheme and
   * host in lower case, no {@code ..}, {@code %}-escapes, query, fragment or glob). Unset by
   * default: no URI is allowed. {@link #DATA_ALLOWED_ROOTS}{@code =*} does not widen it.
   */
  public static final String SPARK_ALLOWED_LOCATIONS = dev.mltest.suite.AllowedLocations.SETTING;

  /**
   * The data backend that runs suites which name none with {@code backend:}: {@code duckdb}
   * (default) or another backend on the class path, such as {@code spark} from {@code
   * ml-test-spark}. Parameters {@code mltest.<backend>.*} are that backend's settings, prefix
   * removed (e.g. {@code mltest.spark.master=local[2]}).
   */
  public static final String BACKEND = "mltest.backend";

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

  /**
   * How regression tests judge a metric's change: {@code statistical} (a confidence interval from
   * the baseline's and the current evaluation rows must lie beyond the tolerance; falls back to the
   * fixed tolerance without rows) or {@code fixed} (the point change must): {@value
   * #REGRESSION_TOLERANCE_DEFAULT} unless set.
   */
  public static final String REGRESSION_TOLERANCE = "mltest.regression.tolerance";

  /** Default of {@link #REGRESSION_TOLERANCE}: {@value}. */
  public static final String REGRESSION_TOLERANCE_DEFAULT = "statistical";

  /**
   * What a changed evaluation protocol (sample fraction or size, seed, split, stratification,
   * label) does to a regression test's metrics: {@code fail} (they are not comparable; update the
   * baseline to accept the change) or {@code warn} (they pass with a warning that still says
   * whether they would have regressed): {@value #PROTOCOL_CHANGE_DEFAULT} unless set.
   */
  public static final String PROTOCOL_CHANGE = "mltest.regression.protocol-change";

  /** Default of {@link #PROTOCOL_CHANGE}: {@value}. */
  public static final String PROTOCOL_CHANGE_DEFAULT = "fail";

  /**
   * {@code true} to write a baseline that would be refused: from data that failed its data suite,
   * or useless (AUC at most 0.5, accuracy at most the majority-class rate, NaN): {@value
   * #BASELINE_FORCE_DEFAULT} unless set. Only together with {@link #BASELINE_UPDATE}.
   */
  public static final String BASELINE_FORCE = "mltest.baseline.force";

  /** Default of {@link #BASELINE_FORCE}: {@value}. */
  public static final String BASELINE_FORCE_DEFAULT = "false";

  /**
   * Whether the engine writes its reports ({@code summary.md}, {@code results.json}) at the end of
   * a run: {@value #REPORT_ENABLED_DEFAULT} unless set.
   */
  public static final String REPORT_ENABLED = "mltest.report.enabled";

  /** Default of {@link #REPORT_ENABLED}: {@value}. */
  public static final String REPORT_ENABLED_DEFAULT = "true";

  /**
   * The folder the reports are written to, relative to the working directory. Unset, it is {@code
   * mltest} in the JUnit output directory ({@code junit.platform.reporting.output.dir}): {@code
   * target/mltest} in a Maven module.
   */
  public static final String REPORT_DIR = "mltest.report.dir";

  /**
   * What makes test executions one build, whose results go into one {@code summary.md} and {@code
   * results.json}: executions with the same value merge their results, and a new value discards the
   * results of other builds from the report folder. Unset, the forked JVMs of one Surefire run are
   * one build (found from the Maven process and Surefire's run stamp), and any other execution
   * (console launcher, IDE, in-process Surefire) is a build of its own. Set it to a value that
   * changes with every build (e.g. a CI run id), never a constant: executions with the same value
   * are merged even across days.
   */
  public static final String REPORT_BUILD_ID = "mltest.report.build-id";

  /**
   * The id in the summary's hidden marker line {@code <!-- mltest-report id=... -->}, which a CI
   * job uses to update its pull-request comment in place: {@value #REPORT_ID_DEFAULT} unless set.
   */
  public static final String REPORT_ID = "mltest.report.id";

  /** Default of {@link #REPORT_ID}: {@value}. */
  public static final String REPORT_ID_DEFAULT = "mltest";

  /** The summary's headline title: {@value #REPORT_TITLE_DEFAULT} unless set. */
  public static final String REPORT_TITLE = "mltest.report.title";

  /** Default of {@link #REPORT_TITLE}: {@value}. */
  public static final String REPORT_TITLE_DEFAULT = "ML checks";

  /**
   * The longest summary written, in characters: {@value #REPORT_MAX_CHARS_DEFAULT} unless set.
   * GitHub rejects comments longer than 65,536 characters.
   */
  public static final String REPORT_MAX_CHARS = "mltest.report.max-chars";

  /** Default of {@link #REPORT_MAX_CHARS}: {@value}. */
  public static final String REPORT_MAX_CHARS_DEFAULT = "65000";

  /**
   * Where the summary says the Allure report is: a URL or a path. Unset, it is the GitHub Actions
   * run page when running there, else {@value #REPORT_ALLURE_LINK_DEFAULT}.
   */
  public static final String REPORT_ALLURE_LINK = "mltest.report.allure-link";

  /** Default of {@link #REPORT_ALLURE_LINK} outside GitHub Actions: {@value}. */
  public static final String REPORT_ALLURE_LINK_DEFAULT =
      "target/site/allure-maven-plugin/index.html";

  /**
   * Whether the summary is also appended to the file named by the {@code GITHUB_STEP_SUMMARY}
   * environment variable, when it is set: {@value #REPORT_STEP_SUMMARY_DEFAULT} unless set.
   */
  public static final String REPORT_STEP_SUMMARY = "mltest.report.step-summary";

  /** Default of {@link #REPORT_STEP_SUMMARY}: {@value}. */
  public static final String REPORT_STEP_SUMMARY_DEFAULT = "true";

  /**
   * Whether tests add labels, parameters and attachments to their Allure results when allure-java
   * is on the test classpath: {@value #REPORT_ALLURE_DEFAULT} unless set.
   */
  public static final String REPORT_ALLURE = "mltest.report.allure";

  /** Default of {@link #REPORT_ALLURE}: {@value}. */
  public static final String REPORT_ALLURE_DEFAULT = "true";

  /**
   * The Allure results folder that {@code categories.json} and {@code environment.properties} are
   * written to. Unset, it is allure-java's own {@code allure.results.directory}.
   */
  public static final String REPORT_ALLURE_RESULTS_DIR = "mltest.report.allure.results-dir";

  /**
   * Whether drift tests attach a chart of each column's reference and current distributions to
   * their Allure result: {@value #REPORT_CHARTS_DEFAULT} unless set.
   */
  public static final String REPORT_CHARTS = "mltest.report.charts";

  /** Default of {@link #REPORT_CHARTS}: {@value}. */
  public static final String REPORT_CHARTS_DEFAULT = "true";

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

  /**
   * The folder of the metrics repository, {@code mltest-metrics.duckdb} inside it (committed, or
   * kept in a CI cache), e.g. {@code -Dmltest.history.dir=metrics-history}. Relative paths are
   * resolved against the working directory. Unset by default: no history is kept.
   */
  public static final String HISTORY_DIR = "mltest.history.dir";

  /**
   * A JDBC URL of a shared metrics repository, e.g. {@code jdbc:postgresql://db:5432/metrics}; wins
   * over {@link #HISTORY_DIR}. The JDBC driver must be on the test classpath.
   */
  public static final String HISTORY_JDBC_URL = "mltest.history.jdbc-url";

  /** The user for {@link #HISTORY_JDBC_URL}; unset by default. */
  public static final String HISTORY_JDBC_USER = "mltest.history.jdbc-user";

  /**
   * The name of the environment variable holding the password for {@link #HISTORY_JDBC_URL}:
   * {@value #HISTORY_JDBC_PASSWORD_ENV_DEFAULT} unless set (passwords stay out of build files).
   */
  public static final String HISTORY_JDBC_PASSWORD_ENV = "mltest.history.jdbc-password-env";

  /** Default of {@link #HISTORY_JDBC_PASSWORD_ENV}: {@value}. */
  public static final String HISTORY_JDBC_PASSWORD_ENV_DEFAULT = "MLTEST_HISTORY_PASSWORD";

  /**
   * Tags recorded with every value of the run, as comma-separated {@code key=value} pairs, e.g.
   * {@code -Dmltest.history.tags=batch=2026-12-04,region=eu}. Unset by default.
   */
  public static final String HISTORY_TAGS = "mltest.history.tags";

  /**
   * Whether the run appends its values to the repository: {@value #HISTORY_RECORD_DEFAULT} unless
   * set. Turn it off on pull-request builds that should read the history but not add to it.
   */
  public static final String HISTORY_RECORD = "mltest.history.record";

  /** Default of {@link #HISTORY_RECORD}: {@value}. */
  public static final String HISTORY_RECORD_DEFAULT = "true";

  /**
   * The branch recorded with the run's values: from {@code GITHUB_HEAD_REF} / {@code
   * GITHUB_REF_NAME} or {@code git rev-parse --abbrev-ref HEAD} unless set.
   */
  public static final String HISTORY_BRANCH = "mltest.history.branch";

  /**
   * Judge history-aware expectations only against runs of this branch, e.g. {@code main}, so that a
   * pull request is compared with the main line and not with its own earlier pushes. Unset by
   * default: runs of every branch count.
   */
  public static final String HISTORY_COMPARE_BRANCH = "mltest.history.compare-branch";

  private Constants() {}
}
