package dev.mltest.engine.property;

import dev.mltest.engine.Constants;
import java.nio.file.Path;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The {@code mltest.property.*} configuration parameters.
 *
 * @param seed the seed that replays every property test, if set
 * @param tries the tries of tests whose annotation does not set them
 * @param seedsFile where failed seeds are remembered, or null when remembering is off
 */
record PropertyConfiguration(@Nullable Long seed, int tries, @Nullable Path seedsFile) {

  /**
   * Reads the parameters.
   *
   * @throws PropertyDefinitionException for a value that is not a number
   */
  static PropertyConfiguration from(ConfigurationParameters parameters) {
    Long seed =
        parameters
            .get(Constants.PROPERTY_SEED)
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .map(s -> number(Constants.PROPERTY_SEED, s))
            .orElse(null);
    int tries =
        parameters
            .get(Constants.PROPERTY_TRIES)
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .map(s -> (int) (long) number(Constants.PROPERTY_TRIES, s))
            .orElse(Constants.PROPERTY_TRIES_DEFAULT);
    String file =
        parameters
            .get(Constants.PROPERTY_SEEDS_FILE)
            .map(String::trim)
            .orElse(Constants.PROPERTY_SEEDS_FILE_DEFAULT);
    Path seedsFile = file.isEmpty() || file.equalsIgnoreCase("none") ? null : Path.of(file);
    return new PropertyConfiguration(seed, tries, seedsFile);
  }

  private static long number(String key, String value) {
    try {
      return Long.parseLong(value);
    } catch (NumberFormatException e) {
      throw new PropertyDefinitionException(
          "configuration parameter %s must be a whole number, found '%s'".formatted(key, value));
    }
  }
}
