package dev.mltest.engine.report;

import dev.mltest.engine.Constants;
import dev.mltest.report.SummaryOptions;
import java.nio.file.Path;
import java.util.Locale;
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
    String link =
        text(parameters, Constants.REPORT_ALLURE_LINK)
            .orElseGet(
                () -> gitHubRunUrl(environment).orElse(Constants.REPORT_ALLURE_LINK_DEFAULT));
    SummaryOptions summary =
        new SummaryOptions(
            text(parameters, Constants.REPORT_ID).orElse(Constants.REPORT_ID_DEFAULT),
            text(parameters, Constants.REPORT_TITLE).orElse(Constants.REPORT_TITLE_DEFAULT),
            maxChars(parameters),
            link);
    String stepSummary = environment.apply("GITHUB_STEP_SUMMARY");
    return new ReportSettings(
        flag(parameters, Constants.REPORT_ENABLED, Constants.REPORT_ENABLED_DEFAULT),
        text(parameters, Constants.REPORT_DIR).map(Path::of).orElse(null),
        summary,
        stepSummary == null
                || stepSummary.isBlank()
                || !flag(
                    parameters,
                    Constants.REPORT_STEP_SUMMARY,
                    Constants.REPORT_STEP_SUMMARY_DEFAULT)
            ? null
            : Path.of(stepSummary),
        flag(parameters, Constants.REPORT_ALLURE, Constants.REPORT_ALLURE_DEFAULT),
        text(parameters, Constants.REPORT_ALLURE_RESULTS_DIR).map(Path::of).orElse(null),
        flag(parameters, Constants.REPORT_CHARTS, Constants.REPORT_CHARTS_DEFAULT));
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

  private static int maxChars(ConfigurationParameters parameters) {
    String value =
        text(parameters, Constants.REPORT_MAX_CHARS).orElse(Constants.REPORT_MAX_CHARS_DEFAULT);
    try {
      int chars = Integer.parseInt(value);
      if (chars >= 2_000) {
        return chars;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    LOG.log(
        System.Logger.Level.WARNING,
        "{0} must be a whole number of at least 2000, was ''{1}''; using {2}",
        Constants.REPORT_MAX_CHARS,
        value,
        Constants.REPORT_MAX_CHARS_DEFAULT);
    return Integer.parseInt(Constants.REPORT_MAX_CHARS_DEFAULT);
  }

  private static Optional<String> text(ConfigurationParameters parameters, String key) {
    return parameters.get(key).map(String::trim).filter(s -> !s.isEmpty());
  }

  private static boolean flag(ConfigurationParameters parameters, String key, String fallback) {
    String value = text(parameters, key).orElse(fallback).toLowerCase(Locale.ROOT);
    if (!value.equals("true") && !value.equals("false")) {
      LOG.log(
          System.Logger.Level.WARNING,
          "{0} must be true or false, was ''{1}''; using {2}",
          key,
          value,
          fallback);
      return fallback.equals("true");
    }
    return value.equals("true");
  }
}
