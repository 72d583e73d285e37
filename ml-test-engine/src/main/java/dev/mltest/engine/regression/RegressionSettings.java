package dev.mltest.engine.regression;

import dev.mltest.engine.Constants;
import dev.mltest.regression.ToleranceMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The configuration keys regression tests read at execution.
 *
 * @param updateBaselines whether to rewrite baselines from this run ({@link
 *     Constants#BASELINE_UPDATE})
 * @param writeModels whether to write trained models ({@link Constants#REGRESSION_MODEL_OUTPUT})
 * @param tolerance statistical or fixed ({@link Constants#REGRESSION_TOLERANCE})
 * @param warnOnProtocolChange whether a changed protocol only warns ({@link
 *     Constants#PROTOCOL_CHANGE})
 * @param force whether refused baselines are written anyway ({@link Constants#BASELINE_FORCE})
 * @param problem a configuration value that is not valid, naming key, value and accepted values
 */
record RegressionSettings(
    boolean updateBaselines,
    boolean writeModels,
    ToleranceMode tolerance,
    boolean warnOnProtocolChange,
    boolean force,
    @Nullable String problem) {

  static RegressionSettings from(ConfigurationParameters parameters) {
    List<String> problems = new ArrayList<>();
    String toleranceText =
        parameters
            .get(Constants.REGRESSION_TOLERANCE)
            .orElse(Constants.REGRESSION_TOLERANCE_DEFAULT);
    ToleranceMode tolerance = ToleranceMode.parse(toleranceText).orElse(null);
    if (tolerance == null) {
      problems.add(invalid(Constants.REGRESSION_TOLERANCE, toleranceText, "statistical, fixed"));
      tolerance = ToleranceMode.STATISTICAL;
    }
    String protocol =
        parameters
            .get(Constants.PROTOCOL_CHANGE)
            .orElse(Constants.PROTOCOL_CHANGE_DEFAULT)
            .trim()
            .toLowerCase(Locale.ROOT);
    if (!protocol.equals("fail") && !protocol.equals("warn")) {
      problems.add(invalid(Constants.PROTOCOL_CHANGE, protocol, "fail, warn"));
    }
    boolean update =
        flag(parameters, Constants.BASELINE_UPDATE, Constants.BASELINE_UPDATE_DEFAULT, problems);
    boolean models =
        flag(
            parameters,
            Constants.REGRESSION_MODEL_OUTPUT,
            Constants.REGRESSION_MODEL_OUTPUT_DEFAULT,
            problems);
    boolean force =
        flag(parameters, Constants.BASELINE_FORCE, Constants.BASELINE_FORCE_DEFAULT, problems);
    return new RegressionSettings(
        update,
        models,
        tolerance,
        protocol.equals("warn"),
        force,
        problems.isEmpty() ? null : String.join("; ", problems));
  }

  private static String invalid(String key, String value, String accepted) {
    return "configuration parameter %s has the invalid value '%s'; accepted values: %s"
        .formatted(key, value, accepted);
  }

  /**
   * A true/false key. Anything else (say {@code yes}) is a problem rather than a silent false: a
   * user who asked for {@code mltest.baseline.update=yes} must not get a run that updated nothing.
   */
  private static boolean flag(
      ConfigurationParameters parameters, String key, String fallback, List<String> problems) {
    String value = parameters.get(key).orElse(fallback).trim();
    if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
      return value.equalsIgnoreCase("true");
    }
    problems.add(invalid(key, value, "true, false"));
    return Boolean.parseBoolean(fallback);
  }
}
