package dev.mltest.cli;

import dev.mltest.history.MetricQuery;
import dev.mltest.history.MetricsRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/**
 * Where the history is and which of its values a {@code history} command reads: the options that
 * {@code list}, {@code export} and {@code prune} share. The database password never comes from the
 * command line (where {@code ps} and shell histories show it), only from an environment variable,
 * as in a build ({@code mltest.history.jdbc-password-env}).
 */
final class HistoryOptions {
  /** The environment variable of the password unless {@code --jdbc-password-env} names another. */
  static final String PASSWORD_ENV = "MLTEST_HISTORY_PASSWORD";

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      description = "The history folder (mltest.history.dir) holding mltest-metrics.duckdb.")
  @Nullable Path dir;

  @Option(
      names = "--jdbc-url",
      paramLabel = "URL",
      description = "A shared history database (mltest.history.jdbc-url) instead of --dir.")
  @Nullable String jdbcUrl;

  @Option(names = "--jdbc-user", paramLabel = "USER", description = "Its user.")
  @Nullable String jdbcUser;

  @Option(
      names = "--jdbc-password-env",
      paramLabel = "VAR",
      description =
          "The environment variable holding its password (default: " + PASSWORD_ENV + ").")
  @Nullable String passwordEnv;

  @Option(names = "--suite", paramLabel = "SUITE", description = "Only this suite.")
  @Nullable String suite;

  @Option(names = "--check", paramLabel = "CHECK", description = "Only this check.")
  @Nullable String check;

  @Option(
      names = "--metric",
      paramLabel = "METRIC",
      description = "Only this metric, e.g. rowCount.")
  @Nullable String metric;

  @Option(names = "--branch", paramLabel = "BRANCH", description = "Only runs of this branch.")
  @Nullable String branch;

  @Option(
      names = "--tag",
      paramLabel = "KEY=VALUE",
      description = "Only values recorded with this tag; repeatable.")
  List<String> tags = new ArrayList<>();

  @Option(
      names = "--since",
      paramLabel = "TIME",
      description = "Only values recorded at or after 2026-12-01 (UTC) or 2026-12-01T08:00:00Z.")
  @Nullable String since;

  @Option(names = "--until", paramLabel = "TIME", description = "Only values recorded before.")
  @Nullable String until;

  /** Whether any filter narrows the history. */
  boolean filtered() {
    return !query().equals(MetricQuery.all());
  }

  /** The filters as a query; a bad tag or time is an {@link IllegalArgumentException}. */
  MetricQuery query() {
    Map<String, String> wanted = new LinkedHashMap<>();
    for (String tag : tags) {
      int eq = tag.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException(
            "--tag must be KEY=VALUE, e.g. batch=2026-12-04; was '%s'".formatted(tag));
      }
      wanted.put(tag.substring(0, eq), tag.substring(eq + 1));
    }
    Instant from = time("--since", since);
    Instant to = time("--until", until);
    if (from != null && to != null && !from.isBefore(to)) {
      throw new IllegalArgumentException(
          "--since %s is not before --until %s; nothing could match".formatted(since, until));
    }
    return MetricQuery.all()
        .suite(suite)
        .check(check)
        .metric(metric)
        .branch(branch)
        .since(from)
        .until(to)
        .tags(wanted);
  }

  /** A date is its first instant in UTC; a time needs its offset, so that no zone is guessed. */
  private static @Nullable Instant time(String option, @Nullable String text) {
    if (text == null) {
      return null;
    }
    try {
      return text.length() == 10
          ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
          : OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "%s '%s' is not a date such as 2026-12-01 or a time such as 2026-12-01T08:00:00Z"
              .formatted(option, text));
    }
  }

  /**
   * Opens the history named by {@code --dir} or {@code --jdbc-url}. A folder must already hold the
   * DuckDB file: opening creates a missing one, and reading a typo's empty history would look like
   * a history with nothing in it.
   */
  MetricsRepository open(UnaryOperator<@Nullable String> environment) {
    if (dir != null && jdbcUrl != null) {
      throw new IllegalArgumentException("give --dir or --jdbc-url, not both");
    }
    if (jdbcUrl != null) {
      String variable = passwordEnv == null ? PASSWORD_ENV : passwordEnv;
      String password = environment.apply(variable);
      if (password == null && passwordEnv != null) {
        throw new IllegalArgumentException(
            "--jdbc-password-env names %s, but that environment variable is not set"
                .formatted(variable));
      }
      return MetricsRepository.jdbc(jdbcUrl, jdbcUser, password);
    }
    if (jdbcUser != null || passwordEnv != null) {
      throw new IllegalArgumentException("--jdbc-user and --jdbc-password-env need --jdbc-url");
    }
    if (dir == null) {
      throw new IllegalArgumentException(
          "give --dir DIR (the folder of mltest.history.dir) or --jdbc-url URL");
    }
    return MetricsRepository.duckDb(existing(dir));
  }

  /** The DuckDB file the history is in, or null for a JDBC database. */
  @Nullable Path duckDbFile() {
    if (jdbcUrl != null) {
      if (!jdbcUrl.startsWith("jdbc:duckdb:")) {
        return null;
      }
      String file = jdbcUrl.substring("jdbc:duckdb:".length());
      int parameters = file.indexOf('?');
      file = parameters < 0 ? file : file.substring(0, parameters);
      return file.isEmpty() || file.startsWith(":") ? null : Path.of(file);
    }
    return dir == null ? null : dir.resolve(MetricsRepository.DUCKDB_FILE);
  }

  private static Path existing(Path dir) {
    if (Files.isRegularFile(dir)) {
      throw new IllegalArgumentException(
          dir.getFileName().toString().equals(MetricsRepository.DUCKDB_FILE)
              ? "--dir names the folder that holds %s, not the file: use --dir %s"
                  .formatted(MetricsRepository.DUCKDB_FILE, parentOf(dir))
              : "--dir '%s' is a file, not a history folder".formatted(dir));
    }
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException("history folder '%s' not found".formatted(dir));
    }
    Path file = dir.resolve(MetricsRepository.DUCKDB_FILE);
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          "no metrics history in '%s': %s is missing (a build writes it when mltest.history.dir"
                  .formatted(dir, MetricsRepository.DUCKDB_FILE)
              + " is set)");
    }
    if (!Files.isReadable(file)) {
      throw new IllegalArgumentException("cannot read '%s': permission denied".formatted(file));
    }
    return dir;
  }

  private static String parentOf(Path file) {
    Path parent = file.toAbsolutePath().getParent();
    return parent == null ? "." : parent.toString();
  }
}
