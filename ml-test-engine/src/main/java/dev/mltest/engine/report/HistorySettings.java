package dev.mltest.engine.report;

import dev.mltest.engine.Constants;
import dev.mltest.history.MetricsRepository;
import dev.mltest.lineage.CodeProvenance;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The {@code mltest.history.*} settings, read once per run.
 *
 * @param directory the folder of the DuckDB repository, or null
 * @param jdbcUrl the JDBC URL of a shared repository, or null; wins over {@code directory}
 * @param jdbcUser its user, or null
 * @param jdbcPassword its password, from the environment, or null
 * @param tags recorded with every value
 * @param record whether the run appends its values
 * @param branch the branch recorded with the values, if known
 * @param compareBranch the branch whose runs form the history, or null for all
 */
record HistorySettings(
    @Nullable Path directory,
    @Nullable String jdbcUrl,
    @Nullable String jdbcUser,
    @Nullable String jdbcPassword,
    Map<String, String> tags,
    boolean record,
    @Nullable String branch,
    @Nullable String compareBranch) {
  private static final System.Logger LOG = System.getLogger(HistorySettings.class.getName());

  static HistorySettings from(
      ConfigurationParameters parameters, UnaryOperator<String> environment) {
    String passwordVariable =
        text(parameters, Constants.HISTORY_JDBC_PASSWORD_ENV)
            .orElse(Constants.HISTORY_JDBC_PASSWORD_ENV_DEFAULT);
    return new HistorySettings(
        text(parameters, Constants.HISTORY_DIR).map(Path::of).orElse(null),
        text(parameters, Constants.HISTORY_JDBC_URL).orElse(null),
        text(parameters, Constants.HISTORY_JDBC_USER).orElse(null),
        environment.apply(passwordVariable),
        tags(text(parameters, Constants.HISTORY_TAGS).orElse("")),
        !text(parameters, Constants.HISTORY_RECORD)
            .orElse(Constants.HISTORY_RECORD_DEFAULT)
            .toLowerCase(Locale.ROOT)
            .equals("false"),
        text(parameters, Constants.HISTORY_BRANCH).orElseGet(() -> branch(environment)),
        text(parameters, Constants.HISTORY_COMPARE_BRANCH).orElse(null));
  }

  /** Whether a repository is configured. */
  boolean configured() {
    return directory != null || jdbcUrl != null;
  }

  /** Opens the configured repository; call only when {@link #configured()}. */
  MetricsRepository open() {
    return jdbcUrl != null
        ? MetricsRepository.jdbc(jdbcUrl, jdbcUser, jdbcPassword)
        : MetricsRepository.duckDb(
            Objects.requireNonNull(directory, "open() only when configured()"));
  }

  /**
   * {@code batch=2026-12-04,region=eu} as a map; a pair without {@code =} is logged and left out.
   */
  static Map<String, String> tags(String text) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (String pair : text.split(",")) {
      if (pair.isBlank()) {
        continue;
      }
      int eq = pair.indexOf('=');
      if (eq <= 0) {
        LOG.log(
            System.Logger.Level.WARNING,
            "{0}: ''{1}'' is not key=value; left out",
            Constants.HISTORY_TAGS,
            pair.strip());
        continue;
      }
      tags.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
    }
    return tags;
  }

  /**
   * The branch from the CI's environment, else git's (see {@link
   * CodeProvenance#ofWorkingDirectory}).
   */
  private static @Nullable String branch(UnaryOperator<String> environment) {
    return CodeProvenance.ofWorkingDirectory(environment).branch();
  }

  private static Optional<String> text(ConfigurationParameters parameters, String key) {
    return parameters.get(key).map(String::trim).filter(s -> !s.isEmpty());
  }
}
