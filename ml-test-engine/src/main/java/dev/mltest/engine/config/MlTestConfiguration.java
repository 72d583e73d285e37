package dev.mltest.engine.config;

import static org.apiguardian.api.API.Status.INTERNAL;

import dev.mltest.engine.Constants;
import dev.mltest.suite.AllowedLocations;
import dev.mltest.suite.DataRootPolicy;
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
 * @param dataRootPolicy where suite files may read datasets from
 * @param backends the data backend of suites that name none, and each backend's settings
 */
@API(status = INTERNAL, since = "0.1")
public record MlTestConfiguration(
    String suiteSuffix,
    @Nullable Path dataRoot,
    List<Path> sourceRoots,
    DataRootPolicy dataRootPolicy,
    BackendChoice backends) {

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
    return new MlTestConfiguration(
        suffix,
        dataRoot,
        sourceRoots,
        dataRootPolicy(parameters, dataRoot).withLocations(locations(parameters)),
        BackendChoice.read(parameters, new ConfigurationReader(parameters)));
  }

  private static AllowedLocations locations(ConfigurationParameters parameters) {
    return AllowedLocations.parse(
        parameters.get(Constants.SPARK_ALLOWED_LOCATIONS).orElse(""),
        Constants.SPARK_ALLOWED_LOCATIONS);
  }

  /** The entries of {@link Constants#SPARK_ALLOWED_LOCATIONS} that are no valid URI prefix. */
  public static List<String> locationProblems(ConfigurationParameters parameters) {
    return locations(parameters).problems();
  }

  private static DataRootPolicy dataRootPolicy(
      ConfigurationParameters parameters, @Nullable Path dataRoot) {
    String allowed = parameters.get(Constants.DATA_ALLOWED_ROOTS).orElse("").trim();
    if (allowed.equals("*")) {
      return DataRootPolicy.unrestricted();
    }
    List<Path> roots = new java.util.ArrayList<>();
    roots.add(Path.of(""));
    if (dataRoot != null) {
      roots.add(dataRoot);
    }
    Arrays.stream(allowed.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(Path::of)
        .forEach(roots::add);
    return new DataRootPolicy(
        roots,
        true,
        "Move the file inside one of them, or allow its folder with the configuration parameter "
            + Constants.DATA_ALLOWED_ROOTS
            + "=<folder>[,<folder>...] (e.g. in junit-platform.properties).");
  }

  /** Whether a resource or file name is a suite file. */
  public boolean isSuite(String name) {
    return name.endsWith(suiteSuffix);
  }
}
