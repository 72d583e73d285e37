package dev.mltest.engine.property;

import dev.mltest.engine.Constants;
import dev.mltest.engine.config.ConfigurationReader;
import java.nio.file.Path;
import java.util.List;
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
    ConfigurationReader reader = new ConfigurationReader(parameters);
    PropertyConfiguration configuration = read(reader);
    if (!reader.problems().isEmpty()) {
      throw new PropertyDefinitionException(String.join("; ", reader.problems()));
    }
    return configuration;
  }

  /** The problems of the property keys' values, for discovery. */
  static List<String> problems(ConfigurationParameters parameters) {
    ConfigurationReader reader = new ConfigurationReader(parameters);
    read(reader);
    return reader.problems();
  }

  private static PropertyConfiguration read(ConfigurationReader reader) {
    Long seed = reader.wholeNumber(Constants.PROPERTY_SEED).orElse(null);
    int tries =
        reader
            .wholeNumber(Constants.PROPERTY_TRIES)
            .map(Long::intValue)
            .orElse(Constants.PROPERTY_TRIES_DEFAULT);
    String file =
        reader.trimmed(Constants.PROPERTY_SEEDS_FILE).orElse(Constants.PROPERTY_SEEDS_FILE_DEFAULT);
    Path seedsFile = file.isEmpty() || file.equalsIgnoreCase("none") ? null : Path.of(file);
    return new PropertyConfiguration(seed, tries, seedsFile);
  }
}
