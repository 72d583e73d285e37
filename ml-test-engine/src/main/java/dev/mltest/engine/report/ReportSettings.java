package dev.mltest.engine.report;

import dev.mltest.engine.Constants;
import dev.mltest.engine.config.ConfigurationReader;
import dev.mltest.report.SummaryOptions;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The {@code mltest.report.*} settings, read once per run.
 *
 * @param enabled whether the summary and the JSON results are written
 * @param directory where they are written; null means next to the JUnit output directory
 * @param summary the summary's id, title, size limit and Allure pointer
 * @param stepSummary the file named by {@code GITHUB_STEP_SUMMARY}, if the summary goes there too
 * @param allure whether Allure results are decorated
 * @param allureResultsDirectory where {@code categories.json} goes; null means allure-java's own
 * @param charts whether drift tests attach distribution charts
 */
record ReportSettings(
    boolean enabled,
    @Nullable Path directory,
    SummaryOptions summary,
    @Nullable Path stepSummary,
    boolean allure,
    @Nullable Path allureResultsDirectory,
    boolean charts) {
  private static final System.Logger LOG = System.getLogger(ReportSettings.class.getName());

  /** Reads the settings; {@code environment} looks up environment variables. */
  static ReportSettings from(
      ConfigurationParameters parameters, UnaryOperator<String> environment) {
    ConfigurationReader reader = new ConfigurationReader(parameters);
    ReportSettings settings = read(reader, environment);
    // Discovery reported them as issues; a run without discovery (a re-run) still says so.
    reader.problems().forEach(p -> LOG.log(System.Logger.Level.WARNING, p));
    return settings;
  }

  /** The problems of the report keys' values, for discovery. */
  static List<String> problems(ConfigurationParameters parameters) {
    ConfigurationReader reader = new ConfigurationReader(parameters);
    read(reader, name -> null);
    return reader.problems();
  }

  private static ReportSettings read(
      ConfigurationReader reader, UnaryOperator<String> environment) {
    String link =
        reader
            .text(Constants.REPORT_ALLURE_LINK)
            .orElseGet(
                () -> gitHubRunUrl(environment).orElse(Constants.REPORT_ALLURE_LINK_DEFAULT));
    SummaryOptions summary =
        new SummaryOptions(
            reader.text(Constants.REPORT_ID).orElse(Constants.REPORT_ID_DEFAULT),
            reader.text(Constants.REPORT_TITLE).orElse(Constants.REPORT_TITLE_DEFAULT),
            reader
                .wholeNumber(Constants.REPORT_MAX_CHARS, 2_000)
                .map(Long::intValue)
                .orElse(Integer.parseInt(Constants.REPORT_MAX_CHARS_DEFAULT)),
            link);
    String stepSummary = environment.apply("GITHUB_STEP_SUMMARY");
    return new ReportSettings(
        reader.flag(
            Constants.REPORT_ENABLED, Boolean.parseBoolean(Constants.REPORT_ENABLED_DEFAULT)),
        reader.text(Constants.REPORT_DIR).map(Path::of).orElse(null),
        summary,
        stepSummary == null
                || stepSummary.isBlank()
                || !reader.flag(
                    Constants.REPORT_STEP_SUMMARY,
                    Boolean.parseBoolean(Constants.REPORT_STEP_SUMMARY_DEFAULT))
            ? null
            : Path.of(stepSummary),
        reader.flag(Constants.REPORT_ALLURE, Boolean.parseBoolean(Constants.REPORT_ALLURE_DEFAULT)),
        reader.text(Constants.REPORT_ALLURE_RESULTS_DIR).map(Path::of).orElse(null),
        reader.flag(
            Constants.REPORT_CHARTS, Boolean.parseBoolean(Constants.REPORT_CHARTS_DEFAULT)));
  }

  /** The run page of a GitHub Actions job, where its artifacts (the Allure report) are. */
  private static Optional<String> gitHubRunUrl(UnaryOperator<String> environment) {
    String server = environment.apply("GITHUB_SERVER_URL");
    String repository = environment.apply("GITHUB_REPOSITORY");
    String run = environment.apply("GITHUB_RUN_ID");
    if (server == null || repository == null || run == null) {
      return Optional.empty();
    }
    return Optional.of(server + "/" + repository + "/actions/runs/" + run);
  }
}
