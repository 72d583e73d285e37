package dev.mltest.engine.regression;

import dev.mltest.engine.Constants;
import dev.mltest.engine.config.ConfigurationReader;
import dev.mltest.regression.ToleranceMode;
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
    return read(new ConfigurationReader(parameters));
  }

  /** The problems of the regression keys' values, for discovery. */
  static List<String> problems(ConfigurationParameters parameters) {
    ConfigurationReader reader = new ConfigurationReader(parameters);
    read(reader);
    return reader.problems();
  }

  private static RegressionSettings read(ConfigurationReader reader) {
    ToleranceMode tolerance =
        ToleranceMode.parse(
                reader.choice(
                    Constants.REGRESSION_TOLERANCE,
                    Constants.REGRESSION_TOLERANCE_DEFAULT,
                    List.of("statistical", "fixed")))
            .orElse(ToleranceMode.STATISTICAL);
    String protocol =
        reader.choice(
            Constants.PROTOCOL_CHANGE,
            Constants.PROTOCOL_CHANGE_DEFAULT.trim().toLowerCase(Locale.ROOT),
            List.of("fail", "warn"));
    // A user who asked for mltest.baseline.update=yes must not get a run that updated nothing.
    boolean update =
        reader.flag(
            Constants.BASELINE_UPDATE, Boolean.parseBoolean(Constants.BASELINE_UPDATE_DEFAULT));
    boolean models =
        reader.flag(
            Constants.REGRESSION_MODEL_OUTPUT,
            Boolean.parseBoolean(Constants.REGRESSION_MODEL_OUTPUT_DEFAULT));
    boolean force =
        reader.flag(
            Constants.BASELINE_FORCE, Boolean.parseBoolean(Constants.BASELINE_FORCE_DEFAULT));
    List<String> problems = reader.problems();
    return new RegressionSettings(
        update,
        models,
        tolerance,
        protocol.equals("warn"),
        force,
        problems.isEmpty() ? null : String.join("; ", problems));
  }
}
