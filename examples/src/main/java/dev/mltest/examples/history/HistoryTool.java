package dev.mltest.examples.history;

import dev.mltest.history.MetricPoint;
import dev.mltest.history.MetricQuery;
import dev.mltest.history.MetricsRepository;
import dev.mltest.report.HistoryExport;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lists, exports and prunes the metrics history, until the {@code mltest} command line has a {@code
 * history} command. Run it with Maven from the project root:
 *
 * <pre>
 * mvn -q -pl examples exec:java -Dexec.args="list --dir examples/target/metrics-history"
 * mvn -q -pl examples exec:java -Dexec.args="export --dir metrics --format csv --output history.csv"
 * mvn -q -pl examples exec:java -Dexec.args="prune --dir metrics --older-than 90"
 * mvn -q -pl examples exec:java -Dexec.args="prune --dir metrics --keep-runs 60"
 * </pre>
 *
 * <p>Filters for all three: {@code --suite}, {@code --check}, {@code --metric}, {@code --branch},
 * {@code --tag key=value} (repeatable), {@code --since} and {@code --until} (ISO dates or
 * instants). {@code --jdbc-url URL [--user NAME]} reads a shared database instead of {@code --dir};
 * the password comes from the {@code MLTEST_HISTORY_PASSWORD} environment variable.
 */
public final class HistoryTool {
  private final PrintStream out;

  HistoryTool(PrintStream out) {
    this.out = out;
  }

  public static void main(String[] args) {
    try {
      new HistoryTool(System.out).run(args);
    } catch (IllegalArgumentException | IOException e) {
      System.err.println("history: " + e.getMessage());
      System.err.println(
          "usage: (list | export [--format csv|json] [--output FILE]"
              + " | prune (--older-than DAYS | --keep-runs N | filters))"
              + " (--dir FOLDER | --jdbc-url URL [--user NAME]) [--suite S] [--check C]"
              + " [--metric M] [--branch B] [--tag K=V]... [--since DATE] [--until DATE]");
      System.exit(2);
    }
  }

  void run(String[] args) throws IOException {
    if (args.length == 0) {
      throw new IllegalArgumentException("name a command: list, export or prune");
    }
    String command = args[0];
    Map<String, List<String>> options = options(args);
    MetricQuery query = query(options);
    try (MetricsRepository repository = repository(options)) {
      switch (command) {
        case "list" -> out.print(HistoryExport.listing(repository.read(query)));
        case "export" -> export(repository.read(query), options);
        case "prune" -> prune(repository, query, options);
        default ->
            throw new IllegalArgumentException(
                "unknown command '%s'; use list, export or prune".formatted(command));
      }
    }
  }

  private void export(List<MetricPoint> points, Map<String, List<String>> options)
      throws IOException {
    String format = single(options, "format", "csv");
    String text =
        switch (format) {
          case "csv" -> HistoryExport.csv(points);
          case "json" -> HistoryExport.json(points);
          default ->
              throw new IllegalArgumentException(
                  "--format must be csv or json, was '%s'".formatted(format));
        };
    String output = single(options, "output", null);
    if (output == null) {
      out.print(text);
    } else {
      Files.writeString(Path.of(output), text);
      out.printf("%d points written to %s%n", points.size(), output);
    }
  }

  private void prune(
      MetricsRepository repository, MetricQuery query, Map<String, List<String>> options) {
    String olderThan = single(options, "older-than", null);
    String keepRuns = single(options, "keep-runs", null);
    int deleted;
    if (keepRuns != null) {
      deleted = repository.pruneRuns(Integer.parseInt(keepRuns));
    } else if (olderThan != null) {
      Instant cutoff = Instant.now().minus(Duration.ofDays(Long.parseLong(olderThan)));
      deleted = repository.prune(query.until(cutoff));
    } else if (query.equals(MetricQuery.all())) {
      throw new IllegalArgumentException(
          "prune needs --older-than DAYS, --keep-runs N or a filter; it never deletes everything"
              + " by default");
    } else {
      deleted = repository.prune(query);
    }
    out.printf("%d points deleted from %s%n", deleted, repository.location());
  }

  private static MetricsRepository repository(Map<String, List<String>> options) {
    String url = single(options, "jdbc-url", null);
    if (url != null) {
      return MetricsRepository.jdbc(
          url, single(options, "user", null), System.getenv("MLTEST_HISTORY_PASSWORD"));
    }
    String dir = single(options, "dir", null);
    if (dir == null) {
      throw new IllegalArgumentException("give --dir FOLDER or --jdbc-url URL");
    }
    if (!Files.isRegularFile(Path.of(dir).resolve(MetricsRepository.DUCKDB_FILE))) {
      throw new IllegalArgumentException(
          "no metrics repository in %s (%s is missing)"
              .formatted(dir, MetricsRepository.DUCKDB_FILE));
    }
    return MetricsRepository.duckDb(Path.of(dir));
  }

  private static MetricQuery query(Map<String, List<String>> options) {
    Map<String, String> tags = new LinkedHashMap<>();
    for (String tag : options.getOrDefault("tag", List.of())) {
      int eq = tag.indexOf('=');
      if (eq <= 0) {
        throw new IllegalArgumentException("--tag must be key=value, was '%s'".formatted(tag));
      }
      tags.put(tag.substring(0, eq), tag.substring(eq + 1));
    }
    return MetricQuery.all()
        .suite(single(options, "suite", null))
        .check(single(options, "check", null))
        .metric(single(options, "metric", null))
        .branch(single(options, "branch", null))
        .since(time(single(options, "since", null)))
        .until(time(single(options, "until", null)))
        .tags(tags);
  }

  private static Instant time(String text) {
    if (text == null) {
      return null;
    }
    return text.length() == 10
        ? LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC).toInstant()
        : Instant.parse(text);
  }

  private static Map<String, List<String>> options(String[] args) {
    Map<String, List<String>> options = new LinkedHashMap<>();
    for (int i = 1; i < args.length; i++) {
      if (!args[i].startsWith("--") || i + 1 == args.length) {
        throw new IllegalArgumentException(
            "expected --option value, found '%s'".formatted(args[i]));
      }
      options.computeIfAbsent(args[i].substring(2), k -> new ArrayList<>()).add(args[++i]);
    }
    return options;
  }

  private static String single(Map<String, List<String>> options, String name, String fallback) {
    List<String> values = options.get(name);
    return values == null ? fallback : values.get(values.size() - 1);
  }
}
