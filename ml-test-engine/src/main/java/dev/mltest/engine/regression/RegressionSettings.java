package dev.mltest.engine.regression;

import dev.mltest.engine.Constants;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The configuration keys regression tests read at execution.
 *
 * @param updateBaselines whether to rewrite baselines from this run ({@link
 *     Constants#BASELINE_UPDATE})
 * @param writeModels whether to write trained models ({@link Constants#REGRESSION_MODEL_OUTPUT})
 */
record RegressionSettings(boolean updateBaselines, boolean writeModels) {
  static RegressionSettings from(ConfigurationParameters parameters) {
    return new RegressionSettings(
        flag(parameters, Constants.BASELINE_UPDATE, Constants.BASELINE_UPDATE_DEFAULT),
        flag(
            parameters,
            Constants.REGRESSION_MODEL_OUTPUT,
            Constants.REGRESSION_MODEL_OUTPUT_DEFAULT));
  }

  private static boolean flag(ConfigurationParameters parameters, String key, String fallback) {
    return Boolean.parseBoolean(parameters.get(key).orElse(fallback).trim());
  }
}
