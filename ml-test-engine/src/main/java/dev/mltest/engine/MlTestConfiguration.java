package dev.mltest.engine;

import static org.apiguardian.api.API.Status.INTERNAL;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.apiguardian.api.API;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The engine's configuration, read once from the JUnit configuration parameters.
 *
 * @param suiteSuffix the suffix of suite files
 * @param dataRoot where dataset paths are also looked up, if set
 * @param sourceRoots source folders holding the suite files' source copies
 */
@API(status = INTERNAL, since = "0.1")
public record MlTestConfiguration(
    String suiteSuffix, @Nullable Path dataRoot, List<Path> sourceRoots) {

  public MlTestConfiguration {
    sourceRoots = List.copyOf(sourceRoots);
  }

  /** Reads the {@code mltest.*} parameters, applying defaults. */
  public static MlTestConfiguration from(ConfigurationParameters parameters) {
    String suffix =
        parameters.get(Constants.SUITE_SUFFIX).orElse(Constants.SUITE_SUFFIX_DEFAULT).trim();
    Path dataRoot =
        parameters
            .get(Constants.DATA_ROOT)
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .map(Path::of)
            .orElse(null);
    List<Path> sourceRoots =
        Arrays.stream(
                parameters
                    .get(Constants.SOURCE_ROOTS)
                    .orElse(Constants.SOURCE_ROOTS_DEFAULT)
                    .split(","))
            .map(String::trim)
            .filter(s -> !s.isEmpty())
            .map(Path::of)
            .toList();
    return new MlTestConfiguration(suffix, dataRoot, sourceRoots);
  }

  /** Whether a resource or file name is a suite file. */
  public boolean isSuite(String name) {
    return name.endsWith(suiteSuffix);
  }
}
